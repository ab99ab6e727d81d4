using System.Globalization;
using System.Text.RegularExpressions;
using Newsgraph.Core.Model;

namespace Newsgraph.Analysis.Quotes;

/// <summary>
/// Dates the moment a quote was given from its own sentence: "on January 10", "Jan. 10, 2020", "on Monday",
/// "yesterday", resolved against the article's publication date (a weekday or "yesterday" is the latest such
/// day not after it; a month-day without a year takes the publication year). Only what a quote's sentence
/// needs; the full time layer is a separate stage.
/// </summary>
internal static partial class QuoteDateResolver
{
    private static readonly string[] Months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    private static readonly string[] Weekdays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

    [GeneratedRegex(@"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December)\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?")]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"\b(?:on\s+)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b|\b(yesterday|today)\b")]
    private static partial Regex RelativeDay();

    public static bool IsWeekday(string lower) => Array.IndexOf(Weekdays, lower) >= 0;

    public static bool IsMonth(string lower) =>
        Array.FindIndex(Months, m => m == lower || lower.Length >= 3 && m.StartsWith(lower.TrimEnd('.'), StringComparison.Ordinal)) >= 0
        && lower.TrimEnd('.').Length >= 3;

    /// <summary>The TIMEX3 date stated in <paramref name="sentence"/>, else the publication day, else null.</summary>
    public static string? Resolve(string sentence, PublicationDate? published)
    {
        var anchor = published?.Date;
        var md = MonthDay().Match(sentence);
        if (md.Success && TryMonthDay(md, anchor, out var value)) return value;
        var rel = RelativeDay().Match(sentence);
        if (rel.Success && anchor is { } day) return Relative(rel, day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return anchor?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    private static bool TryMonthDay(Match m, DateOnly? anchor, out string value)
    {
        value = "";
        var name = m.Groups[1].Value.ToLowerInvariant();
        int month = Array.FindIndex(Months, x => x.StartsWith(name, StringComparison.Ordinal)) + 1;
        int day = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
        if (month == 0 || day is < 1 or > 31) return false;
        string? year = m.Groups[3].Success ? m.Groups[3].Value : anchor?.Year.ToString(CultureInfo.InvariantCulture);
        value = year is null
            ? $"XXXX-{month:00}-{day:00}"
            : $"{year}-{month:00}-{day:00}";
        return true;
    }

    private static DateOnly Relative(Match m, DateOnly anchor)
    {
        if (m.Groups[2].Success) return m.Groups[2].Value == "yesterday" ? anchor.AddDays(-1) : anchor;
        var wanted = (DayOfWeek)Array.IndexOf(Weekdays, m.Groups[1].Value.ToLowerInvariant());
        int back = ((int)anchor.DayOfWeek - (int)wanted + 7) % 7;
        return anchor.AddDays(-back);
    }
}
