using Newsgraph.Analysis.Entities;
using Newsgraph.Analysis.Learning;
using Newsgraph.Analysis.Quotes;
using Newsgraph.Analysis.Text;
using Newsgraph.Core.Model;
using Newsgraph.Training.Learning;

namespace Newsgraph.Training.Quotes;

/// <summary>
/// Trains the reported-speech filter: every attribution the finder reports on an annotated article (tokens and
/// entities as at run time, content boundaries by the given model) is an example, reported speech when its
/// content shares a character with an annotated content, and the perceptron learns to tell the two apart
/// (averaged, deterministic for a given seed).
/// </summary>
public static class ReportedSpeechTrainer
{
    private sealed record Example(List<ulong> Features, int Tag);

    public static PerceptronModel Train(IEnumerable<AnnotatedArticle> articles, ITagScorer boundaries, int epochs, int seed, Action<string> log)
    {
        var examples = Examples(articles, boundaries).ToList();
        var trainer = new PerceptronTrainer(ReportedSpeechModel.TagCount);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new Random(seed);
        Span<float> scores = stackalloc float[ReportedSpeechModel.TagCount];
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            int errors = 0;
            foreach (int e in order)
            {
                var example = examples[e];
                trainer.Score(example.Features, scores);
                int predicted = scores[1] >= scores[0] ? 1 : 0;
                trainer.Step();
                if (predicted == example.Tag) continue;
                errors++;
                trainer.Update(example.Features, example.Tag, 1f);
                trainer.Update(example.Features, predicted, -1f);
            }
            log($"epoch {epoch}: {examples.Count} attributions ({examples.Count(x => x.Tag == 1)} reported speech), {(double)errors / Math.Max(1, examples.Count):P1} wrong");
        }
        return trainer.Average();
    }

    /// <summary>How many attributions the model keeps and drops rightly, and how many of each wrongly.</summary>
    public static (int KeptRight, int KeptWrong, int DroppedRight, int DroppedWrong) Evaluate(ITagScorer model, ITagScorer boundaries, IEnumerable<AnnotatedArticle> articles)
    {
        int keptRight = 0, keptWrong = 0, droppedRight = 0, droppedWrong = 0;
        Span<float> scores = stackalloc float[ReportedSpeechModel.TagCount];
        foreach (var example in Examples(articles, boundaries))
        {
            model.Score(example.Features, scores);
            bool kept = scores[1] >= scores[0];
            if (kept) { if (example.Tag == 1) keptRight++; else keptWrong++; }
            else if (example.Tag == 0) droppedRight++;
            else droppedWrong++;
        }
        return (keptRight, keptWrong, droppedRight, droppedWrong);
    }

    private static IEnumerable<Example> Examples(IEnumerable<AnnotatedArticle> articles, ITagScorer boundaries)
    {
        var finder = new AttributionFinder(CueLexicon.Default, new ContentBoundaryModel(boundaries));
        var tokenizer = new TokenizerStage();
        var entities = new EntityStage();
        foreach (var article in articles)
        {
            var document = new ArticleDocument { Source = article.Name, Text = article.Text };
            tokenizer.Process(document);
            entities.Process(document);
            var qt = QuoteText.Of(document);
            var annotated = new bool[article.Text.Length];
            foreach (var span in article.Attributions.SelectMany(a => a.Content))
                for (int c = span.Start; c < Math.Min(span.End, annotated.Length); c++) annotated[c] = true;
            foreach (var a in finder.Find(qt, QuoteStage.SpeakerNames(document)))
            {
                if (!QuoteAssembler.IsReportable(qt, a)) continue;
                var features = new List<ulong>();
                ReportedSpeechFeatures.Extract(qt, a, features);
                bool reported = false;
                for (int c = qt.Tokens[a.ContentFirst].Start; c < qt.Tokens[a.ContentEnd - 1].End && !reported; c++)
                    reported = annotated[c] && !char.IsWhiteSpace(article.Text[c]);
                yield return new Example(features, reported ? 1 : 0);
            }
        }
    }
}
