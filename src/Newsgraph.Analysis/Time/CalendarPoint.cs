using System.Globalization;

namespace Newsgraph.Analysis.Time;

/// <summary>A resolved point in the calendar at a granularity, written the way TIMEX3 writes it.</summary>
internal readonly record struct CalendarPoint(DateOnly Date, TimeUnit Granularity)
{
    public string ToTimex()
    {
        var inv = CultureInfo.InvariantCulture;
        int y = Date.Year;
        return Granularity switch
        {
            TimeUnit.Day or TimeUnit.Hour or TimeUnit.Minute or TimeUnit.Second => Date.ToString("yyyy-MM-dd", inv),
            TimeUnit.Week => $"{ISOWeek.GetYear(Date.ToDateTime(TimeOnly.MinValue)):D4}-W{ISOWeek.GetWeekOfYear(Date.ToDateTime(TimeOnly.MinValue)):D2}",
            TimeUnit.Weekend => $"{ISOWeek.GetYear(Date.ToDateTime(TimeOnly.MinValue)):D4}-W{ISOWeek.GetWeekOfYear(Date.ToDateTime(TimeOnly.MinValue)):D2}-WE",
            TimeUnit.Month => Date.ToString("yyyy-MM", inv),
            TimeUnit.Quarter => $"{y:D4}-Q{(Date.Month - 1) / 3 + 1}",
            TimeUnit.Half => $"{y:D4}-H{(Date.Month - 1) / 6 + 1}",
            TimeUnit.Decade => $"{y / 10:D3}X",
            TimeUnit.Century => $"{y / 100:D2}",
            _ => y.ToString("D4", inv),
        };
    }

    /// <summary>Moves by whole units; a weekend moves by weeks, a decade by ten years.</summary>
    public CalendarPoint Shift(int units) => new(Granularity switch
    {
        TimeUnit.Day => Date.AddDays(units),
        TimeUnit.Week or TimeUnit.Weekend => Date.AddDays(7 * units),
        TimeUnit.Month => Date.AddMonths(units),
        TimeUnit.Quarter => Date.AddMonths(3 * units),
        TimeUnit.Half => Date.AddMonths(6 * units),
        TimeUnit.Year => Date.AddYears(units),
        TimeUnit.Decade => Date.AddYears(10 * units),
        TimeUnit.Century => Date.AddYears(100 * units),
        _ => Date.AddDays(units),
    }, Granularity);

    public CalendarPoint As(TimeUnit granularity) => this with { Granularity = granularity };
}
