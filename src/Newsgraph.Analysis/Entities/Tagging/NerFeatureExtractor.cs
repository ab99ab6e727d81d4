using Newsgraph.Analysis.Learning;
using Newsgraph.Analysis.Lexicons;

namespace Newsgraph.Analysis.Entities.Tagging;

/// <summary>
/// The tagger's features: the word, its lower case, shape, affixes, a ±2 context window, distributional
/// clusters (learned here, and from pre-trained embeddings), lexicon (gazetteer) marks, document-level case evidence, previous tags, and — in the second
/// pass — the first pass's tags and how the same word was tagged elsewhere in the document.
/// </summary>
public sealed class NerFeatureExtractor(WordClusters clusters, WordClusters embeddings, PhraseLexicon lexicon)
{
    private static readonly ulong Boundary = FeatureHash.Of("<s>");
    private static readonly ulong[] TagValues = Enumerable.Range(0, BilouScheme.TagCount + 1).Select(t => (ulong)t + 1).ToArray();

    public WordClusters Clusters => clusters;
    public WordClusters Embeddings => embeddings;
    public PhraseLexicon Lexicon => lexicon;

    /// <summary>Prepares the sentences of one document, with its document-level case evidence.</summary>
    public List<SentenceView> Prepare(IReadOnlyList<string[]> original)
    {
        var sentences = original.Select(Normalise).ToList();
        var caseEvidence = DocumentCaseEvidence(sentences);
        var contexts = OccurrenceContexts(sentences);
        var views = new List<SentenceView>(sentences.Count);
        for (int n = 0; n < sentences.Count; n++)
        {
            var words = sentences[n];
            var docCase = new byte[words.Length];
            for (int i = 0; i < words.Length; i++)
                docCase[i] = caseEvidence.TryGetValue(words[i].ToLowerInvariant(), out var b) ? b : (byte)0;
            views.Add(new SentenceView
            {
                Words = words,
                Lower = words.Select(w => FeatureHash.OfLower(w)).ToArray(),
                Shape = words.Select(w => FeatureHash.Of(WordShape.Collapsed(w))).ToArray(),
                Clusters = words.Select(clusters.Lookup).ToArray(),
                Embeddings = words.Select(embeddings.Lookup).ToArray(),
                LexiconMarks = lexicon.Mark(words),
                AllCaps = words.Count(w => w.Any(char.IsLetter)) > 1 && words.Where(w => w.Any(char.IsLetter)).All(WordShape.IsAllCaps),
                DocumentCase = docCase,
                OtherContexts = words.Select((w, i) => OthersOf(contexts, w, n, i)).ToArray(),
            });
        }
        return views;
    }

    private const int MaxOtherContexts = 8;

    /// <summary>For each capitalised word form, where it occurs and the lower-case words around it.</summary>
    private static Dictionary<string, List<(int Sentence, int Index, ulong Before, ulong After)>> OccurrenceContexts(IReadOnlyList<string[]> sentences)
    {
        var map = new Dictionary<string, List<(int, int, ulong, ulong)>>(StringComparer.Ordinal);
        for (int n = 0; n < sentences.Count; n++)
        {
            var words = sentences[n];
            for (int i = 0; i < words.Length; i++)
            {
                if (words[i].Length < 2 || !char.IsUpper(words[i][0])) continue;
                if (!map.TryGetValue(words[i], out var list)) map[words[i]] = list = [];
                if (list.Count >= MaxOtherContexts + 1) continue;
                ulong before = i > 0 ? FeatureHash.OfLower(words[i - 1]) : Boundary, after = i + 1 < words.Length ? FeatureHash.OfLower(words[i + 1]) : Boundary;
                list.Add((n, i, before, after));
            }
        }
        return map;
    }

    private static List<(ulong, ulong)>? OthersOf(Dictionary<string, List<(int Sentence, int Index, ulong Before, ulong After)>> contexts, string word, int sentence, int index)
    {
        if (!contexts.TryGetValue(word, out var list) || list.Count < 2) return null;
        return list.Where(o => o.Sentence != sentence || o.Index != index).Take(MaxOtherContexts).Select(o => (o.Before, o.After)).ToList();
    }

    /// <summary>Maps typographic quotes to the ASCII ones of the training data, and writes a Title Case
    /// sentence (a headline: "Talks Resume After Ceasefire") in capitals, the headline style the model
    /// learned, where capitalisation says nothing about names either.</summary>
    private static string[] Normalise(string[] words)
    {
        var result = new string[words.Length];
        int capitalisedFunctionWords = 0, lowerWords = 0;
        for (int i = 0; i < words.Length; i++)
        {
            var w = words[i];
            result[i] = w switch { "\u201c" or "\u201d" or "\u201e" or "\u00ab" or "\u00bb" => "\"", "\u2018" or "\u2019" => "'", _ => w.Replace('\u2019', '\'') };
            if (w.Length > 0 && char.IsLower(w[0])) lowerWords++;
            if (i > 0 && TitleCaseMarkers.Contains(w)) capitalisedFunctionWords++;
        }
        if (capitalisedFunctionWords == 0 || lowerWords > 0) return result;
        for (int i = 0; i < result.Length; i++) result[i] = result[i].ToUpperInvariant();
        return result;
    }

    private static readonly HashSet<string> TitleCaseMarkers = ResourceLoader.WordSet("title-case-markers", StringComparer.Ordinal);

    /// <summary>Case evidence from ordinary (not all-capital) sentences: which words appear in lower case and
    /// which capitalised in mid-sentence. Headlines and sentence starts hide case; the body reveals it.</summary>
    private static Dictionary<string, byte> DocumentCaseEvidence(IReadOnlyList<string[]> sentences)
    {
        var evidence = new Dictionary<string, byte>(StringComparer.Ordinal);
        foreach (var words in sentences)
        {
            if (words.Length > 1 && words.Where(w => w.Any(char.IsLetter)).All(WordShape.IsAllCaps)) continue;
            for (int i = 0; i < words.Length; i++)
            {
                var w = words[i];
                if (w.Length == 0 || !char.IsLetter(w[0])) continue;
                byte bit = char.IsLower(w[0]) ? (byte)1 : i > 0 && !WordShape.IsAllCaps(w) ? (byte)2 : (byte)0;
                if (bit == 0) continue;
                var key = w.ToLowerInvariant();
                evidence[key] = (byte)(evidence.GetValueOrDefault(key) | bit);
            }
        }
        return evidence;
    }

    /// <summary>Features of token i that do not depend on the tags being chosen.</summary>
    public void Static(SentenceView s, int i, List<ulong> f)
    {
        string w = s.Words[i];
        f.Add(FeatureHash.Feature(1, 0));
        f.Add(FeatureHash.Feature(2, FeatureHash.Of(w)));
        f.Add(FeatureHash.Feature(3, s.Lower[i]));
        f.Add(FeatureHash.Feature(4, s.Shape[i]));
        for (int k = 1; k <= 4 && k <= w.Length; k++)
        {
            f.Add(FeatureHash.Feature(5 + k, FeatureHash.OfLower(w.AsSpan(0, k))));
            f.Add(FeatureHash.Feature(10 + k, FeatureHash.OfLower(w.AsSpan(w.Length - k))));
        }
        ulong lm1 = LowerAt(s, i - 1), lp1 = LowerAt(s, i + 1);
        f.Add(FeatureHash.Feature(15, lm1));
        f.Add(FeatureHash.Feature(16, lp1));
        f.Add(FeatureHash.Feature(17, LowerAt(s, i - 2)));
        f.Add(FeatureHash.Feature(18, LowerAt(s, i + 2)));
        ulong sm1 = ShapeAt(s, i - 1), sp1 = ShapeAt(s, i + 1);
        f.Add(FeatureHash.Feature(19, sm1));
        f.Add(FeatureHash.Feature(20, sp1));
        f.Add(FeatureHash.Feature(21, sm1, s.Shape[i]));
        f.Add(FeatureHash.Feature(22, s.Shape[i], sp1));
        f.Add(FeatureHash.Feature(23, lm1, s.Lower[i]));
        f.Add(FeatureHash.Feature(24, s.Lower[i], lp1));
        f.Add(FeatureHash.Feature(25, (i == 0 ? 1UL : 0UL) | (s.AllCaps ? 2UL : 0UL), s.Shape[i]));
        AddClusters(s, i, 0, 30, f);
        AddClusters(s, i - 1, 0, 34, f);
        AddClusters(s, i + 1, 0, 38, f);
        AddClusters(s, i - 2, 2, 42, f);
        AddClusters(s, i + 2, 2, 44, f);
        AddClusters(s.Embeddings, i, 0, 80, f);
        AddClusters(s.Embeddings, i - 1, 0, 84, f);
        AddClusters(s.Embeddings, i + 1, 0, 88, f);
        AddClusters(s.Embeddings, i - 2, 1, 92, f);
        AddClusters(s.Embeddings, i + 2, 1, 95, f);
        if (s.Embeddings[i] is { } meaning) f.Add(FeatureHash.Feature(98, (ulong)meaning[0], s.Shape[i]));
        f.Add(FeatureHash.Feature(26, WordAt(s, i - 1)));
        f.Add(FeatureHash.Feature(27, WordAt(s, i + 1)));
        if (s.Clusters[i] is { } own) f.Add(FeatureHash.Feature(28, (ulong)own[0], s.Shape[i]));
        if (w.Length > 5)
        {
            f.Add(FeatureHash.Feature(14, FeatureHash.OfLower(w.AsSpan(w.Length - 5))));
            f.Add(FeatureHash.Feature(9, FeatureHash.OfLower(w.AsSpan(0, 5))));
        }
        AddLexicon(s, i, 50, f);
        AddLexicon(s, i - 1, 51, f);
        AddLexicon(s, i + 1, 52, f);
        if (char.IsUpper(w.Length > 0 ? w[0] : 'a') && (i == 0 || s.AllCaps || WordShape.IsAllCaps(w)))
            f.Add(FeatureHash.Feature(55, s.DocumentCase[i], s.AllCaps ? 1UL : 0));
        if (s.OtherContexts[i] is { } others)
            foreach (var (before, after) in others)
            {
                f.Add(FeatureHash.Feature(56, before));
                f.Add(FeatureHash.Feature(57, after));
            }
        if (s.FirstPass is { } p1) AddSecondPass(s, p1, i, f);
    }

    /// <summary>Features that depend on the two previous tags (-1 before the sentence).</summary>
    public static void Dynamic(SentenceView s, int i, int prev, int prev2, List<ulong> f)
    {
        ulong p1 = TagValues[prev + 1], p2 = TagValues[prev2 + 1];
        f.Add(FeatureHash.Feature(60, p1));
        f.Add(FeatureHash.Feature(61, p1, p2));
        f.Add(FeatureHash.Feature(62, p1, s.Lower[i]));
        f.Add(FeatureHash.Feature(63, p1, s.Shape[i]));
    }

    private static void AddSecondPass(SentenceView s, int[] p1, int i, List<ulong> f)
    {
        ulong at(int k) => k < 0 || k >= s.Length ? 0 : TagValues[p1[k] + 1];
        f.Add(FeatureHash.Feature(70, at(i)));
        f.Add(FeatureHash.Feature(71, at(i - 1)));
        f.Add(FeatureHash.Feature(72, at(i + 1)));
        f.Add(FeatureHash.Feature(73, at(i), s.Shape[i]));
        f.Add(FeatureHash.Feature(77, at(i - 1), at(i + 1)));
        f.Add(FeatureHash.Feature(78, at(i), s.Lower[i]));
        if (s.Aggregate?[i] is not { } counts) return;
        int total = 0, best = -1;
        for (int c = 0; c < counts.Length; c++)
        {
            total += counts[c];
            if (counts[c] > 0) f.Add(FeatureHash.Feature(74, (ulong)c));
            if (counts[c] > 0 && (best < 0 || counts[c] > counts[best])) best = c;
        }
        if (best < 0) return;
        f.Add(FeatureHash.Feature(75, (ulong)best, 2 * (ulong)counts[best] > (ulong)total ? 1UL : 0));
        f.Add(FeatureHash.Feature(76, (ulong)best, at(i)));
    }

    private static ulong LowerAt(SentenceView s, int k) => k < 0 || k >= s.Length ? Boundary : s.Lower[k];
    private static ulong WordAt(SentenceView s, int k) => k < 0 || k >= s.Length ? Boundary : FeatureHash.Of(s.Words[k]);
    private static ulong ShapeAt(SentenceView s, int k) => k < 0 || k >= s.Length ? Boundary : s.Shape[k];

    private static void AddClusters(SentenceView s, int k, int fromLevel, int template, List<ulong> f) =>
        AddClusters(s.Clusters, k, fromLevel, template, f);

    private static void AddClusters(int[]?[] table, int k, int fromLevel, int template, List<ulong> f)
    {
        if (k < 0 || k >= table.Length || table[k] is not { } ids) return;
        for (int level = fromLevel; level < ids.Length; level++)
            f.Add(FeatureHash.Feature(template + level, (ulong)ids[level]));
    }

    private static void AddLexicon(SentenceView s, int k, int template, List<ulong> f)
    {
        if (k < 0 || k >= s.Length) return;
        ulong marks = s.LexiconMarks[k];
        while (marks != 0)
        {
            int bit = System.Numerics.BitOperations.TrailingZeroCount(marks);
            f.Add(FeatureHash.Feature(template, (ulong)bit));
            marks &= marks - 1;
        }
    }
}
