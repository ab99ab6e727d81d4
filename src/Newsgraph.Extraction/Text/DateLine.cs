using System.Globalization;
using System.Text.RegularExpressions;
using Newsgraph.Core.Model;
using Newsgraph.Extraction.Html;

namespace Newsgraph.Extraction.Text;

/// <summary>
/// The date stamp a page prints by its headline ("December 15th, 2008, 7:35 am", "Published: 09th June
/// 2013", "POSTED: 05/02/07, 9:00 PM PDT", "Last updated at 13:59 15/09/2013"): a short line that is a date
/// and nothing else but a time, a weekday, a time zone and a label. In a capture it is the article's
/// publication date; a date inside a sentence of the body is not taken.
/// </summary>
public static partial class DateLine
{
    // A date stamp is short; a line longer than this is text that mentions a date.
    private const int MaxLength = 90;
    // Words other than labels, weekdays, times and zones a date stamp may carry ("End of Watch", a city).
    private const int MaxOtherWords = 2;
    // How far above the article's first line the stamp may stand (headline, standfirst, byline between).
    private const int LookBack = 6;

    /// <summary>The date a line states when the line is a date stamp, else null.</summary>
    public static PublicationDate? Parse(string line)
    {
        if (line.Length > MaxLength || !DigitPattern().IsMatch(line)) return null;
        if (Find(line) is not var (date, start, length)) return null;
        return OtherWords(line.Remove(start, length)) <= MaxOtherWords ? date : null;
    }

    // The words left when the times, numbers, labels, weekdays and zones are taken out.
    private static int OtherWords(string text) =>
        WordPattern().Matches(TimePattern().Replace(text, " ")).Count(m => !Labels.Contains(m.Value.ToLowerInvariant()));

    /// <summary>
    /// The capture's date stamp near the article's start: the first stamp from a few lines above the
    /// article's first line down to its second paragraph, one that says "published" or "posted" (or no
    /// label) before one that says "updated". Null when there is none.
    /// </summary>
    public static (int Index, PublicationDate Date)? Find(IReadOnlyList<CaptureLine> lines, IReadOnlyList<int> articleLines)
    {
        if (articleLines.Count == 0) return null;
        int paragraphs = 0, end = articleLines[^1];
        foreach (var i in articleLines)
            if (lines[i].Initial == LineClass.Good && ++paragraphs == 2) { end = i; break; }
        (int, PublicationDate)? updated = null;
        for (int i = Math.Max(0, articleLines[0] - LookBack); i <= end; i++)
        {
            if (Parse(lines[i].Text) is not { } date) continue;
            if (!UpdatedLabel().IsMatch(lines[i].Text)) return (i, date);
            updated ??= (i, date);
        }
        return updated;
    }

    /// <summary>The first date in the text with its span: English month names, ISO, dotted or slashed numbers.</summary>
    private static (PublicationDate Date, int Start, int Length)? Find(string text)
    {
        var english = DateText.EnglishPattern().Match(text);
        if (english.Success && DateText.FindInText(english.Value) is { } written) return (written, english.Index, english.Length);
        var iso = IsoPattern().Match(text);
        if (iso.Success && Make(iso.Groups[1].Value, iso.Groups[3].Value, iso.Groups[4].Value) is { } isoDate) return (isoDate, iso.Index, iso.Length);
        var numeric = NumericPattern().Match(text);
        if (!numeric.Success) return null;
        var (first, second, year) = (numeric.Groups[1].Value, numeric.Groups[3].Value, numeric.Groups[4].Value);
        if (year.Length == 2) year = (int.Parse(year, CultureInfo.InvariantCulture) < 70 ? "20" : "19") + year;
        // Dotted dates are day first; slashed ones month first (as in the US) unless the first number cannot be a month.
        bool dayFirst = numeric.Groups[2].Value == "." || int.Parse(first, CultureInfo.InvariantCulture) > 12;
        var date = dayFirst ? Make(year, second, first) : Make(year, first, second);
        return date is null ? null : (date, numeric.Index, numeric.Length);
    }

    private static PublicationDate? Make(string year, string month, string day) => DateText.FromParts(year, month, day, "", "", "", null);

    // Label, weekday, time and zone words that stand around a date stamp.
    private static readonly HashSet<string> Labels =
    [
        "published", "posted", "updated", "last", "first", "on", "at", "date", "created", "modified", "am", "pm", "a", "p", "m",
        "hrs", "local", "time", "gmt", "utc", "et", "est", "edt", "ct", "cst", "cdt", "mt", "mst", "mdt", "pt", "pst", "pdt",
        "bst", "cet", "cest", "ist", "aest", "aedt", "sast", "wib", "jst", "hkt", "sgt", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    ];

    [GeneratedRegex(@"[0-9]")]
    private static partial Regex DigitPattern();

    [GeneratedRegex(@"\bupdated\b", RegexOptions.IgnoreCase)]
    private static partial Regex UpdatedLabel();

    // Year first: 2013-09-26, 2012/08/08, 2012. 08. 08.
    [GeneratedRegex(@"(?<![0-9])((?:19|20)[0-9]{2})\s?([-/.])\s?([0-9]{1,2})\s?\2\s?([0-9]{1,2})(?![0-9])")]
    private static partial Regex IsoPattern();

    // 05/02/07, 15 / 09 / 2013, 11.01.2020 (captures of some pages space out the separators).
    [GeneratedRegex(@"(?<![0-9])([0-9]{1,2})\s?([/.])\s?([0-9]{1,2})\s?\2\s?([0-9]{4}|[0-9]{2})(?![0-9])")]
    private static partial Regex NumericPattern();

    // 7:35, 09:56, 13h45, with the space some captures put after the colon, and a zone offset (GMT+05:00).
    [GeneratedRegex(@"[+-]?[0-9]{1,2}\s?[:h]\s?[0-9]{2}(?:\s?:\s?[0-9]{2})?|\b[0-9]{1,2}\s?[ap]\.?\s?m\b|[0-9]+", RegexOptions.IgnoreCase)]
    private static partial Regex TimePattern();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex WordPattern();
}
