using System.Globalization;

namespace Newsgraph.Core.Model;

/// <summary>
/// A publication date as precise as the page states it: a calendar day, optionally with a time of day
/// and a UTC offset. Pages often give only the day, and a made-up midnight would be a false claim.
/// </summary>
public sealed record PublicationDate(DateOnly Date, TimeOnly? Time = null, TimeSpan? Offset = null)
{
    public string ToIso()
    {
        var date = Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (Time is null) return date;
        var time = Time.Value.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
        if (Offset is null) return $"{date}T{time}";
        var off = Offset.Value;
        return off == TimeSpan.Zero
            ? $"{date}T{time}Z"
            : $"{date}T{time}{(off < TimeSpan.Zero ? "-" : "+")}{off.Duration():hh\\:mm}";
    }

    public override string ToString() => ToIso();

    /// <summary>A full date-time with its offset (as feeds and sitemaps give them).</summary>
    public static PublicationDate FromDateTimeOffset(DateTimeOffset value) =>
        new(DateOnly.FromDateTime(value.DateTime), TimeOnly.FromDateTime(value.DateTime), value.Offset);

    /// <summary>Parses ISO 8601 dates and date-times ("2020-01-11", "2020-01-11T08:30:00+02:00").</summary>
    public static bool TryParse(string? value, out PublicationDate? result)
    {
        result = null;
        if (string.IsNullOrWhiteSpace(value)) return false;
        var s = value.Trim();
        if (DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            result = new PublicationDate(day);
            return true;
        }
        if (DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var dto))
        {
            var hasOffset = s.EndsWith('Z') || s.EndsWith('z') || System.Text.RegularExpressions.Regex.IsMatch(s, @"[+-]\d\d:?\d\d$");
            var hasTime = s.Contains('T') || s.Contains(':');
            result = new PublicationDate(
                DateOnly.FromDateTime(dto.DateTime),
                hasTime ? TimeOnly.FromDateTime(dto.DateTime) : null,
                hasTime && hasOffset ? dto.Offset : null);
            return true;
        }
        return false;
    }
}
