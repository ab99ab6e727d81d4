using Newsgraph.Analysis.Learning;
using Newsgraph.Analysis.Lexicons;

namespace Newsgraph.Analysis.Quotes;

/// <summary>
/// Decides whether an attribution the patterns found reports speech, thought or belief at all, or only
/// matches a cue word used otherwise ("Obama spoke at a memorial service", "a poll shows a lead"): an
/// averaged perceptron trained on PolNeAR train (`newsgraph train quotes`; card in
/// Resources/quotes/MODEL_CARD.md). Only the reported content is dropped; the attribution still credits
/// the quotations around it.
/// </summary>
internal sealed class ReportedSpeechModel(ITagScorer scorer)
{
    /// <summary>The built-in model, embedded from Resources/quotes.</summary>
    public const string ResourcePath = "quotes/reported-speech.bin";

    /// <summary>Tags: the attribution is not reported speech (0) or is (1).</summary>
    public const int TagCount = 2;

    public static ReportedSpeechModel BuiltIn { get; } = Load();

    public bool IsReported(QuoteText qt, Attribution a)
    {
        var features = new List<ulong>(24);
        ReportedSpeechFeatures.Extract(qt, a, features);
        Span<float> scores = stackalloc float[scorer.TagCount];
        scorer.Score(features, scores);
        return scores[1] >= scores[0];
    }

    private static ReportedSpeechModel Load()
    {
        using var stream = ResourceLoader.Open(ResourcePath)
            ?? throw new InvalidOperationException($"built-in resource {ResourcePath} is missing; run `newsgraph train quotes`");
        return new ReportedSpeechModel(PerceptronModel.Read(stream));
    }
}

/// <summary>
/// Features of one attribution for <see cref="ReportedSpeechModel"/>: the cue word and how it stands to its
/// content and source, the words on either side of the cue, how the content opens and ends, its length, and
/// whether it holds a quotation.
/// </summary>
internal static class ReportedSpeechFeatures
{
    public static void Extract(QuoteText qt, Attribution a, List<ulong> features)
    {
        features.Clear();
        ulong cue = FeatureHash.Of(qt.Lower[a.CueFirst]), placement = (ulong)a.Placement;
        ulong first = FeatureHash.Of(qt.Lower[a.ContentFirst]), last = FeatureHash.Of(qt.Lower[a.ContentEnd - 1]);
        ulong firstShape = FeatureHash.Of(ContentBoundaryFeatures.Shape(qt, a.ContentFirst)), source = FeatureHash.Of(SourceShape(qt, a));
        ulong length = (ulong)LengthBucket(a.ContentEnd - a.ContentFirst);
        ulong before = FeatureHash.Of(a.CueFirst > a.Unit.First ? qt.Lower[a.CueFirst - 1] : "<unit>");
        ulong after = FeatureHash.Of(a.CueEnd < a.Unit.End ? qt.Lower[a.CueEnd] : "</unit>");
        bool quoted = false;
        for (int k = a.ContentFirst; k < a.ContentEnd && !quoted; k++) quoted = qt.InsideQuote[k];
        ulong holdsQuote = quoted ? 1UL : 0UL;
        ReadOnlySpan<(int Template, ulong Value)> single = [(1, 1), (2, cue), (3, placement), (5, first), (11, before), (13, after), (17, last)];
        foreach (var (template, value) in single) features.Add(FeatureHash.Feature(template, value));
        ReadOnlySpan<(int Template, ulong A, ulong B)> pairs =
        [
            (4, cue, placement), (6, cue, first), (7, firstShape, placement), (8, cue, firstShape), (9, length, placement), (10, cue, length),
            (12, cue, before), (14, cue, after), (15, source, placement), (16, cue, source), (18, holdsQuote, placement), (19, cue, holdsQuote),
        ];
        foreach (var (template, x, y) in pairs) features.Add(FeatureHash.Feature(template, x, y));
    }

    private static int LengthBucket(int tokens) => tokens switch { <= 3 => tokens, <= 5 => 4, <= 8 => 5, <= 12 => 6, <= 20 => 7, _ => 8 };

    /// <summary>The source's kind: none, a pronoun, a capitalised name, or a lower-case nominal.</summary>
    private static string SourceShape(QuoteText qt, Attribution a) =>
        !a.HasSource ? "none" : WordClasses.IsPronoun(qt.Lower[a.SourceFirst]) ? "pron" : NamesSomeone(qt, a) ? "Cap" : "low";

    private static bool NamesSomeone(QuoteText qt, Attribution a)
    {
        for (int k = a.SourceFirst; k < a.SourceEnd; k++)
            if (qt.IsCapitalized(k)) return true;
        return false;
    }
}
