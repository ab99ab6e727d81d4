using Newsgraph.Analysis.Entities.Tagging;
using Newsgraph.Analysis.Learning;

namespace Newsgraph.Training.Entities;

/// <summary>
/// Left-to-right tagging: each token takes the best-scoring tag that may follow the previous one, and
/// the previous two tags become features of the next decision.
/// </summary>
public static class GreedyDecoder
{
    /// <summary>Tags one sentence; <paramref name="onDecision"/> sees each token's features and chosen tag
    /// (training uses it to update weights).</summary>
    public static int[] Tag(SentenceView s, NerFeatureExtractor features, ITagScorer scorer,
        Action<int, List<ulong>, int>? onDecision = null)
    {
        var tags = new int[s.Length];
        var list = new List<ulong>(96);
        Span<float> scores = stackalloc float[scorer.TagCount];
        int prev = -1, prev2 = -1;
        for (int i = 0; i < s.Length; i++)
        {
            list.Clear();
            features.Static(s, i, list);
            NerFeatureExtractor.Dynamic(s, i, prev, prev2, list);
            scorer.Score(list, scores);
            int best = Best(scores, prev, i == s.Length - 1);
            onDecision?.Invoke(i, list, best);
            tags[i] = best;
            prev2 = prev;
            prev = best;
        }
        return tags;
    }

    private static int Best(ReadOnlySpan<float> scores, int prev, bool last)
    {
        int best = BilouScheme.Outside;
        float bestScore = float.NegativeInfinity;
        for (int t = 0; t < scores.Length; t++)
        {
            if (!BilouScheme.CanFollow(prev, t) || (last && !BilouScheme.CanEnd(t))) continue;
            if (scores[t] > bestScore) { bestScore = scores[t]; best = t; }
        }
        return best;
    }
}
