using System.Globalization;
using System.Text.RegularExpressions;

namespace Newsgraph.Analysis.Time;

/// <summary>Reads the calendar start of a TIMEX3 value ("2020-01-10", "2020-W02", "1989-Q3", "1998-FA"),
/// for ordering a timeline; references, durations and sets have none.</summary>
public static partial class TimexDate
{
    [GeneratedRegex(@"^([0-9]{4})(?:-(?:([0-9]{2})(?:-([0-9]{2}))?|W([0-9]{2})|Q([0-9])|H([0-9])|(SP|SU|FA|WI)))?(?:T.*)?$")]
    private static partial Regex Value();

    public static DateOnly? Start(string value)
    {
        var m = Value().Match(value);
        if (!m.Success) return null;
        int year = Int(m, 1);
        if (year < 1) return null;
        if (m.Groups[4].Success) return DateOnly.FromDateTime(ISOWeek.ToDateTime(year, Math.Clamp(Int(m, 4), 1, ISOWeek.GetWeeksInYear(year)), DayOfWeek.Monday));
        if (m.Groups[5].Success) return new DateOnly(year, 3 * Int(m, 5) - 2, 1);
        if (m.Groups[6].Success) return new DateOnly(year, 6 * Int(m, 6) - 5, 1);
        if (m.Groups[7].Success) return new DateOnly(year, m.Groups[7].Value switch { "SP" => 3, "SU" => 6, "FA" => 9, _ => 12 }, 1);
        int month = m.Groups[2].Success ? Int(m, 2) : 1;
        int day = m.Groups[3].Success ? Int(m, 3) : 1;
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }

    /// <summary>The day a value names ("2020-01-10", "2020-01-10T06:00"), or null when it names a longer period.</summary>
    public static DateOnly? Day(string value) =>
        value.Length >= 10 && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private static int Int(Match m, int group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);
}
