using System.Text.RegularExpressions;

namespace Newsgraph.Extraction.Html;

/// <summary>
/// Last clean-up of the written paragraphs: headings and "label:" lines whose section was removed as
/// chrome (a "Related articles" heading over a dropped link list) and lines that are only a date.
/// </summary>
internal static partial class ParagraphFilter
{
    private const int MaxLabelLength = 60;

    [GeneratedRegex(@"^[\p{P}\s]*(?:\d{1,4}[./\-\s]+){1,2}\d{1,4}[\p{P}\s]*(?:\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?|uhr|h)?)?[\p{P}\s]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumericDate();

    /// <summary>Lines at the very top that repeat the title or only give a date are not body text.</summary>
    public static List<string> WithoutTitleAndDateLines(List<string> paragraphs, string? title)
    {
        var normalizedTitle = title is null ? null : Normalize(title);
        for (int checkedParagraphs = 0; paragraphs.Count > 0 && checkedParagraphs < 3; checkedParagraphs++)
        {
            var lines = paragraphs[0].Split('\n');
            int skip = 0;
            while (skip < lines.Length && IsTitleOrDateLine(lines[skip], normalizedTitle)) skip++;
            if (skip == 0) break;
            if (skip == lines.Length) { paragraphs.RemoveAt(0); continue; }
            paragraphs[0] = string.Join('\n', lines[skip..]);
            break;
        }
        return paragraphs;
    }

    private static bool IsTitleOrDateLine(string line, string? normalizedTitle) =>
        (normalizedTitle is not null && Normalize(line) == normalizedTitle)
        || (line.Length <= 50 && DateText.FindInText(line) is not null);

    private static string Normalize(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    public static List<string> Apply(List<string> paragraphs, List<bool> isHeading)
    {
        var kept = new List<string>(paragraphs.Count);
        for (int i = 0; i < paragraphs.Count; i++)
        {
            var p = paragraphs[i];
            if (p.Length <= 40 && char.IsAsciiDigit(p[^1]) && NumericDate().IsMatch(p)) continue;
            if ((IsShortHeading(p, isHeading[i]) || IsLabel(p)) && !HasBodyAfter(paragraphs, isHeading, i)) continue;
            kept.Add(p);
        }
        TrimFragments(kept);
        return kept;
    }

    /// <summary>
    /// Short unpunctuated fragments at the end of the body are tags, image buttons, sign-offs or
    /// rating widgets rather than article text.
    /// </summary>
    private static void TrimFragments(List<string> paragraphs)
    {
        for (int n = 0; n < MaxTrimmed && paragraphs.Count > 1 && IsFragment(paragraphs[^1]); n++) paragraphs.RemoveAt(paragraphs.Count - 1);
    }

    private const int MaxTrimmed = 3;
    private const int MaxFragmentLength = 40;

    private static bool IsFragment(string p) =>
        p.Length < MaxFragmentLength && (!char.IsPunctuation(p[^1]) || p[0] is '(' or '-');

    /// <summary>A short line that introduces what follows ("Contact:", "Read also:").</summary>
    private static bool IsLabel(string p) => p.Length <= MaxLabelLength && p[^1] == ':';

    /// <summary>Longer "headings" are paragraphs set in heading markup (standfirsts, bold intros).</summary>
    private const int MaxHeadingLength = 100;

    private static bool IsShortHeading(string p, bool isHeading) => isHeading && p.Length <= MaxHeadingLength;

    /// <summary>
    /// Some text paragraph follows before the next heading or label, or the end. A heading may be
    /// followed by a label that introduces its section ("To do this:" then a list).
    /// </summary>
    private static bool HasBodyAfter(List<string> paragraphs, List<bool> isHeading, int index)
    {
        int next = index + 1;
        if (isHeading[index])
            while (next < paragraphs.Count && !isHeading[next] && IsLabel(paragraphs[next])) next++;
        return next < paragraphs.Count && !isHeading[next] && !IsLabel(paragraphs[next]);
    }
}
