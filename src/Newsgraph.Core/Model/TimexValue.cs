using System.Globalization;
using System.Text.RegularExpressions;

namespace Newsgraph.Core.Model;

/// <summary>
/// A TIMEX3 value ("2020-01-10", "2020-W02", "1989-Q3", "P6D", "PRESENT_REF"), parsed once: the calendar
/// day or period start it names, for ordering a timeline. References, durations and sets have none.
/// </summary>
public readonly partial record struct TimexValue
{
    public TimexValue(string text)
    {
        Text = text;
        Start = CalendarStart(text);
        Day = text.Length >= 10 && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : null;
    }

    /// <summary>The value as TIMEX3 writes it.</summary>
    public string Text { get; }

    /// <summary>The first day of the period the value names ("2020-W02" → Monday 6 January 2020).</summary>
    public DateOnly? Start { get; }

    /// <summary>The day the value names ("2020-01-10", "2020-01-10T06:00"); null for a longer period.</summary>
    public DateOnly? Day { get; }

    public override string ToString() => Text;

    [GeneratedRegex(@"^([0-9]{4})(?:-(?:([0-9]{2})(?:-([0-9]{2}))?|W([0-9]{2})|Q([0-9])|H([0-9])|(SP|SU|FA|WI)))?(?:T.*)?$")]
    private static partial Regex CalendarValue();

    private static DateOnly? CalendarStart(string value)
    {
        var m = CalendarValue().Match(value);
        if (!m.Success) return null;
        int year = Int(m, 1);
        if (year < 1) return null;
        if (m.Groups[4].Success) return DateOnly.FromDateTime(ISOWeek.ToDateTime(year, Math.Clamp(Int(m, 4), 1, ISOWeek.GetWeeksInYear(year)), DayOfWeek.Monday));
        if (m.Groups[5].Success) return new DateOnly(year, 3 * Math.Clamp(Int(m, 5), 1, 4) - 2, 1);
        if (m.Groups[6].Success) return new DateOnly(year, 6 * Math.Clamp(Int(m, 6), 1, 2) - 5, 1);
        if (m.Groups[7].Success) return new DateOnly(year, m.Groups[7].Value switch { "SP" => 3, "SU" => 6, "FA" => 9, _ => 12 }, 1);
        int month = m.Groups[2].Success ? Int(m, 2) : 1;
        int day = m.Groups[3].Success ? Int(m, 3) : 1;
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }

    private static int Int(Match m, int group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);
}
