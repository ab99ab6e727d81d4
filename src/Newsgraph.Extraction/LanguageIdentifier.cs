using Lingua;

namespace Newsgraph.Extraction;

/// <summary>ISO 639-1 language of a text, by Lingua's n-gram models (shipped in its package).</summary>
public static class LanguageIdentifier
{
    // Built on first use; models load lazily per language. Low-accuracy mode (trigram models only): high
    // accuracy loads the larger n-gram models of every candidate language, 1.7 GB on a batch of short
    // English texts, for the same answers on our evaluation pages (docs/performance.md).
    private static readonly Lazy<LanguageDetector> Detector = new(() =>
        LanguageDetectorBuilder.FromAllLanguages().WithLowAccuracyMode().Build());

    /// <summary>How much text is looked at: a paragraph or two decides; more only costs time.</summary>
    private const int SampleLength = 1000;

    /// <summary>The language code, or null when the text is too short or mixed to tell.</summary>
    public static string? Identify(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var sample = text.Length > SampleLength ? text[..SampleLength] : text;
        var language = Detector.Value.DetectLanguageOf(sample);
        if (language == Language.Unknown) return null;
        var code = language.IsoCode6391();
        return code == IsoCode6391.None ? null : code.ToString().ToLowerInvariant();
    }
}
