using Newsgraph.Analysis.Entities.Tagging;
using Newsgraph.Analysis.Text;
using Newsgraph.Core.Model;

namespace Newsgraph.Analysis.Quotes.Learning;

/// <summary>
/// Trains the content-boundary ranker on annotated attributions: for each attribution whose cue
/// precedes its content, the candidates after the cue word are ranked and the annotated content start
/// must win (averaged perceptron, deterministic for a given seed).
/// </summary>
public static class ContentBoundaryTrainer
{
    /// <summary>One decision: the features of every candidate and which candidate is right.</summary>
    private sealed record Example(List<List<ulong>> Candidates, int Gold);

    public static PerceptronModel Train(IEnumerable<AnnotatedArticle> articles, int epochs, int seed, Action<string> log)
    {
        var examples = articles.SelectMany(StartExamples).ToList();
        var trainer = new PerceptronTrainer(ContentBoundaryModel.EdgeCount);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new Random(seed);
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            int errors = 0;
            foreach (int e in order)
            {
                var example = examples[e];
                int predicted = Best(trainer, example.Candidates);
                trainer.Step();
                if (predicted == example.Gold) continue;
                errors++;
                trainer.Update(example.Candidates[example.Gold], (int)ContentEdge.Start, 1f);
                trainer.Update(example.Candidates[predicted], (int)ContentEdge.Start, -1f);
            }
            log($"epoch {epoch}: {examples.Count} content starts, {(double)errors / Math.Max(1, examples.Count):P1} wrong");
        }
        return trainer.Average();
    }

    /// <summary>Share of annotated content starts the model places exactly.</summary>
    public static (int Right, int Total) Evaluate(ITagScorer model, IEnumerable<AnnotatedArticle> articles)
    {
        int right = 0, total = 0;
        foreach (var example in articles.SelectMany(StartExamples))
        {
            total++;
            if (Best(model, example.Candidates) == example.Gold) right++;
        }
        return (right, total);
    }

    private static int Best(ITagScorer scorer, List<List<ulong>> candidates)
    {
        Span<float> scores = stackalloc float[scorer.TagCount];
        int best = 0;
        float bestScore = float.NegativeInfinity;
        for (int c = 0; c < candidates.Count; c++)
        {
            scorer.Score(candidates[c], scores);
            if (scores[(int)ContentEdge.Start] > bestScore) (best, bestScore) = (c, scores[(int)ContentEdge.Start]);
        }
        return best;
    }

    private static IEnumerable<Example> StartExamples(AnnotatedArticle article)
    {
        var document = new ArticleDocument { Source = article.Name, Text = article.Text };
        new TokenizerStage().Process(document);
        var qt = QuoteText.Of(document);
        foreach (var attribution in article.Attributions)
        {
            if (CueWordBefore(qt, attribution) is not int cue) continue;
            int gold = FirstTokenEndingAfter(qt, attribution.Content[0].Start);
            var candidates = ContentBoundaryFeatures.StartCandidates(qt, qt.UnitOf(cue), cue + 1);
            int index = candidates.IndexOf(gold);
            if (index < 0) continue;
            yield return new Example(candidates.Select(j =>
            {
                var features = new List<ulong>();
                ContentBoundaryFeatures.StartFeatures(qt, cue, cue + 1, j, features);
                return features;
            }).ToList(), index);
        }
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
