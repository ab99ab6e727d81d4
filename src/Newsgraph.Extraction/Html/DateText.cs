using System.Globalization;
using System.Text.RegularExpressions;
using Newsgraph.Core.Model;

namespace Newsgraph.Extraction.Html;

/// <summary>
/// Reads the date forms pages put in metadata and bylines: ISO 8601 (with or without zone, with a
/// space instead of "T"), compact 20200111, RFC 1123, "January 11, 2020", "11 Jan 2020", 11.01.2020,
/// and dates in URLs (/2020/01/11/, /20200111/). A date without a day is not turned into the 1st of the month.
/// </summary>
internal static partial class DateText
{
    // Digit classes are [0-9], not \d: \d also matches other scripts' digits, which the numeric parsers reject.
    [GeneratedRegex(@"^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:[T ]([0-9]{1,2}):([0-9]{2})(?::([0-9]{2}))?(?:[.,][0-9]+)?\s*(Z|[+-][0-9]{2}:?[0-9]{2}|UTC|GMT)?)?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex IsoPattern();

    [GeneratedRegex(@"^([0-9]{4})([0-9]{2})([0-9]{2})(?:T?([0-9]{2})([0-9]{2})([0-9]{2})?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex CompactPattern();

    [GeneratedRegex(@"\b([0-9]{1,2})\.\s?([0-9]{1,2})\.\s?([0-9]{4})\b", RegexOptions.CultureInvariant)]
    private static partial Regex DottedPattern();

    // /2020/01/11/, /2020-01-11-slug, or a compact /20200111/ segment; never a month alone.
    [GeneratedRegex(@"/((?:19|20)[0-9]{2})(?:[/-](0[1-9]|1[0-2])[/-]|(0[1-9]|1[0-2]))(0[1-9]|[12][0-9]|3[01])(?:/|[-_.]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex UrlPattern();

    [GeneratedRegex(@"\b(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+([0-9]{1,2})(?:st|nd|rd|th)?,?\s+([0-9]{4})\b|\b([0-9]{1,2})(?:st|nd|rd|th)?\s+(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?,?\s+([0-9]{4})\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    internal static partial Regex EnglishPattern();

    /// <summary>A machine-readable date value (metadata attribute).</summary>
    public static PublicationDate? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var s = value.Trim();
        if (s.Length > 100) return null;
        var iso = IsoPattern().Match(s);
        if (iso.Success) return FromIso(iso);
        var compact = CompactPattern().Match(s);
        if (compact.Success) return FromParts(compact.Groups[1].Value, compact.Groups[2].Value, compact.Groups[3].Value, compact.Groups[4].Value, compact.Groups[5].Value, compact.Groups[6].Value, null);
        if (long.TryParse(s, out var epoch) && epoch > 600_000_000 && epoch < 4_000_000_000_000)
            return FromEpoch(epoch);
        return FindInText(s);
    }

    /// <summary>A date written in prose or a byline ("Updated 11 Jan 2020, 10:00").</summary>
    public static PublicationDate? FindInText(string text)
    {
        if (text.Length > 300) text = text[..300];
        var english = EnglishPattern().Match(text);
        if (english.Success)
        {
            bool monthFirst = english.Groups[1].Success;
            var month = monthFirst ? english.Groups[1].Value : english.Groups[5].Value;
            var day = monthFirst ? english.Groups[2].Value : english.Groups[4].Value;
            var year = monthFirst ? english.Groups[3].Value : english.Groups[6].Value;
            return FromParts(year, MonthNumber(month).ToString(CultureInfo.InvariantCulture), day, "", "", "", null);
        }
        var dotted = DottedPattern().Match(text);
        return dotted.Success ? FromParts(dotted.Groups[3].Value, dotted.Groups[2].Value, dotted.Groups[1].Value, "", "", "", null) : null;
    }

    /// <summary>The day a URL's path gives (/2020/01/11/ or /2020-01-11-).</summary>
    public static PublicationDate? FromUrl(string? url)
    {
        if (url is null) return null;
        var m = UrlPattern().Match(url);
        if (!m.Success) return null;
        var month = m.Groups[2].Success ? m.Groups[2].Value : m.Groups[3].Value;
        return FromParts(m.Groups[1].Value, month, m.Groups[4].Value, "", "", "", null);
    }

    private static PublicationDate? FromIso(Match m)
    {
        var zone = m.Groups[7].Value;
        TimeSpan? offset = null;
        if (zone.Length > 0)
        {
            if (zone is "Z" or "z" || zone.Equals("UTC", StringComparison.OrdinalIgnoreCase) || zone.Equals("GMT", StringComparison.OrdinalIgnoreCase))
                offset = TimeSpan.Zero;
            else
            {
                var digits = zone.Replace(":", "", StringComparison.Ordinal);
                int hours = int.Parse(digits.AsSpan(1, 2), CultureInfo.InvariantCulture);
                int minutes = int.Parse(digits.AsSpan(3, 2), CultureInfo.InvariantCulture);
                if (hours <= 14 && minutes < 60) offset = new TimeSpan(hours, minutes, 0) * (digits[0] == '-' ? -1 : 1);
            }
        }
        return FromParts(m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value, m.Groups[4].Value, m.Groups[5].Value, m.Groups[6].Value, offset);
    }

    internal static PublicationDate? FromParts(string year, string month, string day, string hour, string minute, string second, TimeSpan? offset)
    {
        if (!int.TryParse(year, out var y) || !int.TryParse(month, out var mo) || !int.TryParse(day, out var d)) return null;
        if (y < 1990 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > DateTime.DaysInMonth(y, mo)) return null;
        var date = new DateOnly(y, mo, d);
        if (!int.TryParse(hour, out var h) || !int.TryParse(minute, out var mi) || h > 23 || mi > 59) return new PublicationDate(date);
        int.TryParse(second, out var sec);
        return new PublicationDate(date, new TimeOnly(h, mi, Math.Min(sec, 59)), offset);
    }

    private static PublicationDate? FromEpoch(long epoch)
    {
        var dto = epoch > 100_000_000_000 ? DateTimeOffset.FromUnixTimeMilliseconds(epoch) : DateTimeOffset.FromUnixTimeSeconds(epoch);
        return new PublicationDate(DateOnly.FromDateTime(dto.UtcDateTime), TimeOnly.FromDateTime(dto.UtcDateTime), TimeSpan.Zero);
    }

    private static int MonthNumber(string name) => char.ToLowerInvariant(name[0]) switch
    {
        'j' when name.Length > 1 && char.ToLowerInvariant(name[1]) == 'a' => 1,
        'f' => 2,
        'm' when name.Length > 2 && char.ToLowerInvariant(name[2]) == 'r' => 3,
        'a' when char.ToLowerInvariant(name[1]) == 'p' => 4,
        'm' => 5,
        'j' when name.Length > 2 && char.ToLowerInvariant(name[2]) == 'n' => 6,
        'j' => 7,
        'a' => 8,
        's' => 9,
        'o' => 10,
        'n' => 11,
        _ => 12,
    };
}
