using Lingua;

namespace Newsgraph.Extraction;

/// <summary>ISO 639-1 language of a text, by Lingua's n-gram models (shipped in its package).</summary>
public static class LanguageIdentifier
{
    // Built on first use: loading all models costs time and memory that `extract --verbatim` on
    // English-only batches rarely needs.
    private static readonly Lazy<LanguageDetector> Detector = new(() =>
        LanguageDetectorBuilder.FromAllLanguages().WithLowAccuracyMode().Build());

    /// <summary>The language code, or null when the text is too short or mixed to tell.</summary>
    public static string? Identify(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        // A few thousand characters decide the language; more only costs time.
        var sample = text.Length > 4000 ? text[..4000] : text;
        var language = Detector.Value.DetectLanguageOf(sample);
        if (language == Language.Unknown) return null;
        var code = language.IsoCode6391();
        return code == IsoCode6391.None ? null : code.ToString().ToLowerInvariant();
    }
}
