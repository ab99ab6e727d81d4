using Newsgraph.Analysis.Entities.Gazetteers;
using Newsgraph.Analysis.Entities.Tagging;

namespace Newsgraph.Analysis.Quotes;

/// <summary>
/// Places the edges of reported contents with a ranking perceptron trained on PolNeAR train
/// (`newsgraph train quotes`; card in Resources/quotes/MODEL_CARD.md): every candidate position is
/// scored and the best one wins.
/// </summary>
internal sealed class ContentBoundaryModel(ITagScorer scorer)
{
    /// <summary>The built-in model, embedded from Resources/quotes.</summary>
    public const string ResourcePath = "quotes/content-boundaries.bin";

    public static ContentBoundaryModel BuiltIn { get; } = Load();

    /// <summary>Number of edges the model scores (one tag per <see cref="ContentEdge"/>).</summary>
    public const int EdgeCount = 1;

    /// <summary>First token of the content of the preposed cue [cue, cueEnd).</summary>
    public int ChooseStart(QuoteText qt, (int First, int End) unit, int cue, int cueEnd)
    {
        var candidates = ContentBoundaryFeatures.StartCandidates(qt, unit, cueEnd);
        if (candidates.Count == 0) return cueEnd;
        var features = new List<ulong>(16);
        Span<float> scores = stackalloc float[scorer.TagCount];
        int best = candidates[0];
        float bestScore = float.NegativeInfinity;
        foreach (int j in candidates)
        {
            ContentBoundaryFeatures.StartFeatures(qt, cue, cueEnd, j, features);
            scorer.Score(features, scores);
            if (scores[(int)ContentEdge.Start] > bestScore) (best, bestScore) = (j, scores[(int)ContentEdge.Start]);
        }
        return best;
    }

    private static ContentBoundaryModel Load()
    {
        using var stream = EmbeddedResources.Open(ResourcePath)
            ?? throw new InvalidOperationException($"built-in resource {ResourcePath} is missing; run `newsgraph train quotes`");
        return new ContentBoundaryModel(PerceptronModel.Read(stream));
    }
}
