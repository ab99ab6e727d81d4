using Newsgraph.Analysis.Learning;

namespace Newsgraph.Training.Learning;

/// <summary>One ranking decision: the features of every candidate, the tag whose weights score them, and which
/// candidates are right.</summary>
public sealed record RankingDecision(List<List<ulong>> Candidates, int Tag, IReadOnlySet<int> Right);

/// <summary>
/// Trains an averaged perceptron to rank candidates: when the best-scoring candidate of a decision is not a right
/// one, the best-scoring right one goes up and the predicted one down. Deterministic for a given seed.
/// </summary>
public static class RankingPerceptron
{
    public static PerceptronModel Train(IReadOnlyList<RankingDecision> decisions, int tagCount, int epochs, int seed, Action<int, double> logEpoch)
    {
        var trainer = new PerceptronTrainer(tagCount);
        var order = Enumerable.Range(0, decisions.Count).ToArray();
        var random = new Random(seed);
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            int errors = 0;
            foreach (int d in order)
            {
                var decision = decisions[d];
                int predicted = Best(trainer, decision.Candidates, decision.Tag);
                trainer.Step();
                if (decision.Right.Contains(predicted)) continue;
                errors++;
                trainer.Update(decision.Candidates[Best(trainer, decision.Candidates, decision.Tag, decision.Right)], decision.Tag, 1f);
                trainer.Update(decision.Candidates[predicted], decision.Tag, -1f);
            }
            logEpoch(epoch, (double)errors / Math.Max(1, decisions.Count));
        }
        return trainer.Average();
    }

    /// <summary>The best-scoring candidate under <paramref name="tag"/>, among <paramref name="among"/> when given.</summary>
    public static int Best(ITagScorer scorer, List<List<ulong>> candidates, int tag, IReadOnlySet<int>? among = null)
    {
        Span<float> scores = stackalloc float[scorer.TagCount];
        int best = -1;
        float bestScore = float.NegativeInfinity;
        for (int c = 0; c < candidates.Count; c++)
        {
            if (among is not null && !among.Contains(c)) continue;
            scorer.Score(candidates[c], scores);
            if (scores[tag] > bestScore) (best, bestScore) = (c, scores[tag]);
        }
        return best;
    }
}
