using Newsgraph.Analysis.Learning;
using Newsgraph.Analysis.Lexicons;

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
    public const int EdgeCount = 2;

    /// <summary>First token of the content of the preposed cue [cue, cueEnd).</summary>
    public int ChooseStart(QuoteText qt, (int First, int End) unit, int cue, int cueEnd) =>
        Best(ContentBoundaryFeatures.StartCandidates(qt, unit, cueEnd), ContentEdge.Start, cueEnd,
            (j, features) => ContentBoundaryFeatures.StartFeatures(qt, cue, cueEnd, j, features));

    /// <summary>End (exclusive) of the content that the cue at <paramref name="cue"/> opens at
    /// <paramref name="first"/>, taking in the punctuation and closing mark of a quotation it ends in.</summary>
    public int ChooseEnd(QuoteText qt, (int First, int End) unit, int cue, int first)
    {
        int end = Best(ContentBoundaryFeatures.EndCandidates(qt, unit, first), ContentEdge.End, first,
            (k, features) => ContentBoundaryFeatures.EndFeatures(qt, unit, cue, first, k, features));
        while (end < unit.End && qt.InsideQuote[end] && qt.InsideQuote[end - 1] && !qt.IsWord(end)) end++;
        return end;
    }

    private int Best(List<int> candidates, ContentEdge edge, int fallback, Action<int, List<ulong>> featuresOf)
    {
        var features = new List<ulong>(16);
        Span<float> scores = stackalloc float[scorer.TagCount];
        int best = fallback;
        float bestScore = float.NegativeInfinity;
        foreach (int candidate in candidates)
        {
            featuresOf(candidate, features);
            scorer.Score(features, scores);
            if (scores[(int)edge] > bestScore) (best, bestScore) = (candidate, scores[(int)edge]);
        }
        return best;
    }

    private static ContentBoundaryModel Load()
    {
        using var stream = ResourceLoader.Open(ResourcePath)
            ?? throw new InvalidOperationException($"built-in resource {ResourcePath} is missing; run `newsgraph train quotes`");
        return new ContentBoundaryModel(PerceptronModel.Read(stream));
    }
}
