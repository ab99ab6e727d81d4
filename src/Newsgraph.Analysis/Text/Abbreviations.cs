using Newsgraph.Analysis.Lexicons;

namespace Newsgraph.Analysis.Text;

/// <summary>
/// Abbreviations that keep their period in news English. Titles before names never end a sentence;
/// the others may ("… made in the U.S. The next day …").
/// </summary>
internal static class Abbreviations
{
    /// <summary>Titles and forms that are always followed by more of the same sentence.</summary>
    public static readonly HashSet<string> NeverFinal = ResourceLoader.WordSet("abbreviations-never-final", StringComparer.Ordinal);

    /// <summary>Abbreviations that can close a sentence as well as sit inside one.</summary>
    public static readonly HashSet<string> MaybeFinal = ResourceLoader.WordSet("abbreviations-maybe-final", StringComparer.Ordinal);

    /// <summary>
    /// Abbreviations that headlines and datelines also write in capitals ("ST. LOUIS", "GEN. SMITH"); only
    /// those whose capital form is not also an English word ("NO.", "MISS.", "ILL." end sentences).
    /// </summary>
    private static readonly HashSet<string> InCapitals = ResourceLoader.WordSet("abbreviations-in-capitals", StringComparer.Ordinal);

    public static bool IsKnown(string withoutPeriod) =>
        NeverFinal.Contains(withoutPeriod) || MaybeFinal.Contains(withoutPeriod) || InCapitals.Contains(withoutPeriod);

    /// <summary>Whether an abbreviation (without its period) never closes a sentence.</summary>
    public static bool IsNeverFinal(string withoutPeriod) =>
        NeverFinal.Contains(withoutPeriod) || InCapitals.Contains(withoutPeriod);
}
