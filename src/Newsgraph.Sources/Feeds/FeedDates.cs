using System.Globalization;
using System.Text.RegularExpressions;

namespace Newsgraph.Sources.Feeds;

/// <summary>Dates as feeds and sitemaps write them: RFC 822 (RSS, with named zones such as EST), W3C/ISO 8601
/// (Atom, JSON Feed, sitemaps, with or without a time), and the sloppy variants of both.</summary>
public static partial class FeedDates
{
    private static readonly Dictionary<string, int> ZoneHours = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GMT"] = 0, ["UT"] = 0, ["UTC"] = 0, ["Z"] = 0,
        ["EST"] = -5, ["EDT"] = -4, ["CST"] = -6, ["CDT"] = -5, ["MST"] = -7, ["MDT"] = -6, ["PST"] = -8, ["PDT"] = -7,
    };

    private static readonly string[] Rfc822Formats =
        ["d MMM yyyy HH:mm:ss zzz", "d MMM yyyy HH:mm zzz", "d MMM yy HH:mm:ss zzz", "d MMM yy HH:mm zzz", "d MMM yyyy HH:mm:ss", "d MMM yyyy"];

    public static DateTimeOffset? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        text = text.Trim();
        if (IsoStart().IsMatch(text))
            return DateTimeOffset.TryParse(text.Length == 4 ? text + "-01-01" : text, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var iso) ? iso : null;
        // RFC 822: drop the day name, turn a named or "+0200" zone into "+02:00".
        var body = DayName().Replace(text, "");
        var zone = TrailingZone().Match(body);
        if (zone.Success)
        {
            var name = zone.Groups[1].Value;
            string offset = ZoneHours.TryGetValue(name, out int hours) ? $"{(hours < 0 ? "-" : "+")}{Math.Abs(hours):00}:00"
                : name.Length == 5 && name[0] is '+' or '-' ? $"{name[..3]}:{name[3..]}" : "+00:00";
            body = body[..zone.Index].TrimEnd() + " " + offset;
        }
        return DateTimeOffset.TryParseExact(body, Rfc822Formats, CultureInfo.InvariantCulture,
                   DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date)
            ? date
            : DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var loose)
                ? loose : null;
    }

    [GeneratedRegex(@"^\d{4}(-|$)")]
    private static partial Regex IsoStart();

    [GeneratedRegex(@"^\s*[A-Za-z]{3,9},?\s*")]
    private static partial Regex DayName();

    [GeneratedRegex(@"\s([A-Za-z]{1,4}|[+-]\d{4})$")]
    private static partial Regex TrailingZone();
}
