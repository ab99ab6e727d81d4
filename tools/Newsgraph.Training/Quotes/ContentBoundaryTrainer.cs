using Newsgraph.Analysis.Learning;
using Newsgraph.Analysis.Quotes;
using Newsgraph.Analysis.Text;
using Newsgraph.Core.Model;
using Newsgraph.Training.Learning;

namespace Newsgraph.Training.Quotes;

/// <summary>
/// Trains the content-boundary ranker on annotated attributions: for each attribution whose cue
/// precedes its content, the candidate starts after the cue word are ranked and the annotated start must
/// win; then, from the annotated start, the candidate ends (averaged perceptron, deterministic for a
/// given seed).
/// </summary>
public static class ContentBoundaryTrainer
{
    public static PerceptronModel Train(IEnumerable<AnnotatedArticle> articles, int epochs, int seed, Action<string> log)
    {
        var examples = articles.SelectMany(Examples).ToList();
        return RankingPerceptron.Train(examples, ContentBoundaryModel.EdgeCount, epochs, seed,
            (epoch, wrong) => log($"epoch {epoch}: {examples.Count} content edges, {wrong:P1} wrong"));
    }

    /// <summary>Annotated content starts and ends (from the annotated start) the model places exactly.</summary>
    public static ((int Right, int Total) Starts, (int Right, int Total) Ends) Evaluate(ITagScorer model, IEnumerable<AnnotatedArticle> articles)
    {
        var right = new int[ContentBoundaryModel.EdgeCount];
        var total = new int[ContentBoundaryModel.EdgeCount];
        foreach (var example in articles.SelectMany(Examples))
        {
            total[example.Tag]++;
            if (example.Right.Contains(RankingPerceptron.Best(model, example.Candidates, example.Tag))) right[example.Tag]++;
        }
        return ((right[0], total[0]), (right[1], total[1]));
    }

    private static IEnumerable<RankingDecision> Examples(AnnotatedArticle article)
    {
        var document = new ArticleDocument { Source = article.Name, Text = article.Text };
        new TokenizerStage().Process(document);
        var qt = QuoteText.Of(document);
        foreach (var attribution in article.Attributions)
        {
            if (CueWordBefore(qt, attribution) is not int cue) continue;
            var unit = qt.UnitOf(cue);
            int first = FirstTokenEndingAfter(qt, attribution.Content[0].Start);
            var starts = ContentBoundaryFeatures.StartCandidates(qt, unit, cue + 1);
            if (starts.Contains(first))
                yield return Labelled(starts, first, ContentEdge.Start, (j, features) => ContentBoundaryFeatures.StartFeatures(qt, cue, cue + 1, j, features));
            if (attribution.Content.Count > 1 || first >= unit.End) continue;
            var ends = ContentBoundaryFeatures.EndCandidates(qt, unit, first);
            if (LastWordEnd(qt, first, attribution.Content[0].End) is int end && ends.Contains(end))
                yield return Labelled(ends, end, ContentEdge.End, (k, features) => ContentBoundaryFeatures.EndFeatures(qt, unit, cue, first, k, features));
        }
    }

    private static RankingDecision Labelled(List<int> candidates, int gold, ContentEdge edge, Action<int, List<ulong>> featuresOf) =>
        new(candidates.Select(c =>
        {
            var features = new List<ulong>();
            featuresOf(c, features);
            return features;
        }).ToList(), (int)edge, new HashSet<int> { candidates.IndexOf(gold) });

    /// <summary>One past the last word token that ends by <paramref name="end"/>: trailing punctuation and
    /// quotation marks do not count (the scorer ignores them).</summary>
    private static int? LastWordEnd(QuoteText qt, int first, int end)
    {
        int last = qt.TokenAtOrAfter(end) - 1;
        while (last >= first && !qt.IsWord(last)) last--;
        return last >= first ? last + 1 : null;
    }

    /// <summary>The cue word the finder would take for this attribution — the first lexicon cue inside the
    /// annotated cue span, outside quotation marks — when it stands before the content.</summary>
    private static int? CueWordBefore(QuoteText qt, AnnotatedAttribution attribution)
    {
        if (attribution.Cue.Count == 0 || attribution.Cue[0].Start >= attribution.Content[0].Start) return null;
        for (int k = FirstTokenEndingAfter(qt, attribution.Cue[0].Start); k < qt.Tokens.Count && qt.Tokens[k].Start < attribution.Content[0].Start; k++)
        {
            if (!attribution.Cue.Any(s => s.Start <= qt.Tokens[k].Start && qt.Tokens[k].End <= s.End)) continue;
            if (!qt.InsideQuote[k] && qt.Lower[k] != "according" && CueLexicon.Default.IsCue(qt.Lower[k])) return k;
        }
        return null;
    }

    private static int FirstTokenEndingAfter(QuoteText qt, int offset)
    {
        int k = qt.TokenAtOrAfter(offset);
        return k > 0 && qt.Tokens[k - 1].End > offset ? k - 1 : k;
    }
}
