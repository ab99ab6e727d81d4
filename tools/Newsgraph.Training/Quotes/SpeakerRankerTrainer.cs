using Newsgraph.Analysis.Entities;
using Newsgraph.Analysis.Learning;
using Newsgraph.Analysis.Quotes;
using Newsgraph.Analysis.Text;
using Newsgraph.Core.Model;
using Newsgraph.Training.Learning;

namespace Newsgraph.Training.Quotes;

/// <summary>
/// Trains the speaker ranker: every direct quote the shipped quote stage finds on an annotated article (tokens
/// and entities as at run time) that lies in an annotated content with a source is a decision among its
/// candidate speakers; the candidates overlapping the annotated source are right, and the best-scoring of them
/// must win (averaged perceptron, deterministic for a given seed).
/// </summary>
public static class SpeakerRankerTrainer
{
    /// <summary>One decision and which candidate the rules chose (-1 when none).</summary>
    private sealed record Example(RankingDecision Decision, int Rule);

    public static PerceptronModel Train(IEnumerable<AnnotatedArticle> articles, int epochs, int seed, Action<string> log)
    {
        var (examples, uncovered) = Examples(articles);
        log($"{examples.Count} quotes with the annotated source among their candidates, {uncovered} without");
        return RankingPerceptron.Train(examples.Select(e => e.Decision).ToList(), 1, epochs, seed,
            (epoch, wrong) => log($"epoch {epoch}: {examples.Count} speaker decisions, {wrong:P1} wrong"));
    }

    /// <summary>Quotes whose speaker the model gets right, those the rules get right, out of those with the
    /// annotated source among the candidates, and those without.</summary>
    public static (int Model, int Rules, int Covered, int Uncovered) Evaluate(ITagScorer model, IEnumerable<AnnotatedArticle> articles)
    {
        var (examples, uncovered) = Examples(articles);
        int right = examples.Count(e => e.Decision.Right.Contains(RankingPerceptron.Best(model, e.Decision.Candidates, 0)));
        return (right, examples.Count(e => e.Decision.Right.Contains(e.Rule)), examples.Count, uncovered);
    }

    private static (List<Example> Examples, int Uncovered) Examples(IEnumerable<AnnotatedArticle> articles)
    {
        var list = new List<Example>();
        int uncovered = 0;
        var tokenizer = new TokenizerStage();
        var entities = new EntityStage();
        var stage = new QuoteStage();
        foreach (var article in articles)
        {
            var document = new ArticleDocument { Source = article.Name, Text = article.Text };
            tokenizer.Process(document);
            entities.Process(document);
            var (qt, quotes, context) = stage.Assemble(document);
            foreach (var (quote, from, previous) in SpeakerRanker.Decisions(quotes))
            {
                if (context.DashCredit(quote, from)) continue;
                // a mixed quote is scored on the quotations inside it: the first names the annotated attribution
                var inner = quote.Kind == QuoteKind.Direct ? null : qt.Quoted.FirstOrDefault(q => !q.Single && q.OpenMark >= quote.Content.Start && q.CloseMark < quote.Content.End);
                var (start, end) = inner is null ? (quote.Content.Start, quote.Content.End) : (inner.Start, inner.End);
                var gold = article.Attributions.FirstOrDefault(a => a.Content.Any(s => s.Start - 1 <= start && end <= s.End + 1));
                if (gold is null || gold.Source.Count == 0) continue;
                var candidates = context.Candidates(quote, from);
                var right = new HashSet<int>();
                for (int c = 0; c < candidates.Count; c++)
                    if (Overlaps(article.Text, candidates[c].Speaker.At, gold.Source)) right.Add(c);
                if (right.Count == 0) { uncovered++; continue; }
                var features = candidates.Select(c =>
                {
                    var f = new List<ulong>();
                    context.Features(quote, from, previous, c, f);
                    return f;
                }).ToList();
                int rule = candidates.FindIndex(c => c.Source is not null && c.Source == from);
                list.Add(new Example(new RankingDecision(features, 0, right), rule));
            }
        }
        return (list, uncovered);
    }

    private static bool Overlaps(string text, AnchoredText at, IReadOnlyList<TextSpan> spans)
    {
        foreach (var s in spans)
            for (int c = Math.Max(at.Start, s.Start); c < Math.Min(at.End, s.End); c++)
                if (!char.IsWhiteSpace(text[c])) return true;
        return false;
    }
}
