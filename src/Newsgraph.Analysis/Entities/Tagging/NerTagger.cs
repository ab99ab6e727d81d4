using Newsgraph.Analysis.Learning;

namespace Newsgraph.Analysis.Entities.Tagging;

/// <summary>An entity span over a sentence's tokens, with its CoNLL class index.</summary>
public readonly record struct TaggedSpan(int Sentence, int Start, int End, int Class);

/// <summary>
/// Two-pass tagger. The first pass tags each sentence from local evidence; the second sees the first
/// pass's tags and how the same words were tagged elsewhere in the document — "Clinton" in a headline
/// is a person if the body calls him "Bill Clinton" — which resolves much of what one sentence cannot.
/// </summary>
public sealed class NerTagger(NerFeatureExtractor features, PerceptronModel firstPass, PerceptronModel secondPass)
{
    /// <summary>Beam width of both passes (1: greedy).</summary>
    public int BeamWidth { get; init; } = BeamDecoder.DefaultWidth;

    public NerFeatureExtractor Features => features;
    public PerceptronModel FirstPassModel => firstPass;
    public PerceptronModel SecondPassModel => secondPass;

    /// <summary>Tags one document given as tokenised sentences.</summary>
    public List<TaggedSpan> Tag(IReadOnlyList<string[]> sentences)
    {
        var views = features.Prepare(sentences);
        var first = views.Select(v => BeamDecoder.Tag(v, features, firstPass, BeamWidth)).ToList();
        AddFirstPass(views, first);
        var spans = new List<TaggedSpan>();
        for (int s = 0; s < views.Count; s++)
            foreach (var (start, end, cls) in BilouScheme.Decode(BeamDecoder.Tag(views[s], features, secondPass, BeamWidth)))
                spans.Add(new TaggedSpan(s, start, end, cls));
        return spans;
    }

    /// <summary>Gives each sentence its first-pass tags and, per capitalised token, how often its word form
    /// was tagged as each class elsewhere in the document.</summary>
    public static void AddFirstPass(IReadOnlyList<SentenceView> views, IReadOnlyList<int[]> firstTags)
    {
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        for (int s = 0; s < views.Count; s++)
            for (int i = 0; i < views[s].Length; i++)
            {
                int cls = BilouScheme.ClassOfTag(firstTags[s][i]);
                if (cls < 0) continue;
                var key = views[s].Words[i].ToLowerInvariant();
                if (!counts.TryGetValue(key, out var c)) counts[key] = c = new int[BilouScheme.Classes.Length];
                c[cls]++;
            }
        for (int s = 0; s < views.Count; s++)
        {
            var view = views[s];
            view.FirstPass = firstTags[s];
            var aggregate = new int[view.Length][];
            for (int i = 0; i < view.Length; i++)
            {
                var w = view.Words[i];
                if (w.Length == 0 || !char.IsUpper(w[0]) || !counts.TryGetValue(w.ToLowerInvariant(), out var c)) continue;
                var others = (int[])c.Clone();
                int own = BilouScheme.ClassOfTag(firstTags[s][i]);
                if (own >= 0) others[own]--;
                if (others.Any(x => x > 0)) aggregate[i] = others;
            }
            view.Aggregate = aggregate;
        }
    }
}
