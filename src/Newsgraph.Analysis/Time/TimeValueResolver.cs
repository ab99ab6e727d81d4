using System.Globalization;

namespace Newsgraph.Analysis.Time;

/// <summary>
/// Turns meanings into TIMEX3 values, in text order. Deictic expressions count from the article's date
/// (DCT); narrative ones ("later in the day", "a year earlier") from the date the text mentioned last,
/// which this resolver tracks. Without a DCT an unknown year stays unknown (XXXX-01-09): none is invented.
/// </summary>
internal sealed class TimeValueResolver(DateOnly? dct)
{
    private CalendarPoint? _reference;

    /// <summary>The date the narrative mentioned last, if any.</summary>
    public CalendarPoint? Reference => _reference;

    public string Resolve(TimeMeaning meaning, Tense tense)
    {
        var point = Point(meaning, tense);
        if (point is null) return Unanchored(meaning);
        if (!IsComparison(meaning)) _reference = point;
        var value = point.Value.ToTimex();
        return meaning.Suffix is { } suffix && point.Value.Granularity <= TimeUnit.Day ? value + suffix : value;
    }

    /// <summary>The day a meaning names, if it names one, without moving the narrative there.</summary>
    public DateOnly? DayOf(TimeMeaning meaning, Tense tense) =>
        Point(meaning, tense) is { Granularity: TimeUnit.Day } point ? point.Date : null;

    private static bool IsComparison(TimeMeaning meaning) =>
        meaning is ShiftMeaning { Comparison: true } or ReportedQuarterMeaning { YearsBack: > 0 } or PartOfYearMeaning { YearShift: < 0 };

    private CalendarPoint? Point(TimeMeaning meaning, Tense tense) => meaning switch
    {
        LiteralMeaning lit => LiteralYear(lit.Value),
        CalendarMeaning cal => Calendar(cal, tense),
        WeekdayMeaning wd => dct is { } d ? new CalendarPoint(Weekday(d, wd, tense), TimeUnit.Day) : null,
        ShiftMeaning shift => Shift(shift),
        PartOfYearMeaning part => PartOfYear(part, tense),
        ReportedQuarterMeaning reported => ReportedQuarter(reported),
        SeasonMeaning => null,
        ThanksgivingMeaning => dct is { } d ? new CalendarPoint(Thanksgiving(InferYear(d, 11, 24, tense)), TimeUnit.Day) : null,
        _ => null,
    };

    /// <summary>A value that does not move the narrative's date: durations, sets, references, seasons.</summary>
    private string Unanchored(TimeMeaning meaning) => meaning switch
    {
        LiteralMeaning lit => lit.Value,
        SeasonMeaning season => $"{SeasonYear(season)}-{season.Season}",
        CalendarMeaning cal => cal.Day is { } day ? $"XXXX-{cal.Month:D2}-{day:D2}" : $"XXXX-{cal.Month:D2}",
        WeekdayMeaning wd => $"XXXX-WXX-{wd.Weekday}{wd.Suffix}",
        PartOfYearMeaning part => $"XXXX-{(part.Unit == TimeUnit.Half ? "H" : "Q")}{part.Index}",
        ThanksgivingMeaning => "XXXX-11-XX",
        ShiftMeaning s => s.Unit <= TimeUnit.Day ? "XXXX-XX-XX" + s.Suffix : s.Offset < 0 ? "PAST_REF" : s.Offset > 0 ? "FUTURE_REF" : "PRESENT_REF",
        _ => "XXXX",
    };

    // A year, said on its own, becomes the narrative's date ("In 1990, … a year later").
    private static CalendarPoint? LiteralYear(string value) =>
        value.Length == 4 && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int y) && y > 0
            ? new CalendarPoint(new DateOnly(y, 1, 1), TimeUnit.Year)
            : null;

    private CalendarPoint? Calendar(CalendarMeaning cal, Tense tense)
    {
        // without a DCT, a date the text gave in full ("April 21, 2022") tells the year of "April 1"
        var anchor = dct ?? (_reference is { Granularity: <= TimeUnit.Month } r ? r.Date : null);
        int? year = cal.Year ?? (anchor is { } d ? (cal.YearShift is { } shift ? d.Year + shift : cal.Direction is { } dir ? NamedMonthYear(d, cal.Month, dir) : InferYear(d, cal.Month, cal.Day ?? 1, tense)) : null);
        if (year is null) return null;
        int day = Math.Min(cal.Day ?? 1, DateTime.DaysInMonth(year.Value, cal.Month));
        return new CalendarPoint(new DateOnly(year.Value, cal.Month, day), cal.Day is null ? TimeUnit.Month : TimeUnit.Day);
    }

    /// <summary>The year of a month named without one: in a past clause not after the DCT's month, in a
    /// future clause not before it, otherwise the nearest.</summary>
    private static int InferYear(DateOnly dct, int month, int day, Tense tense)
    {
        // news often announces, in the past tense, what comes in the next weeks: only a month well ahead is last year's
        if (tense == Tense.Past && month - dct.Month > 2) return dct.Year - 1;
        if (tense == Tense.Future && dct.Month - month > 2) return dct.Year + 1;
        // with no tense, news mostly reports the past: the window reaches further back than ahead
        if (tense == Tense.Unknown && month - dct.Month > 4) return dct.Year - 1;
        if (tense == Tense.Unknown && dct.Month - month > 8) return dct.Year + 1;
        return dct.Year;
    }

    /// <summary>"last April" is the latest April before the DCT's month, "next April" the first after it.</summary>
    private static int NamedMonthYear(DateOnly dct, int month, int direction) => direction switch
    {
        < 0 => month < dct.Month ? dct.Year : dct.Year - 1,
        > 0 => month > dct.Month ? dct.Year : dct.Year + 1,
        _ => dct.Year,
    };

    /// <summary>A weekday in a past clause is the last one (the DCT's own day included), in a future clause
    /// the next one; "last"/"next" exclude the DCT's day.</summary>
    private static DateOnly Weekday(DateOnly dct, WeekdayMeaning wd, Tense tense)
    {
        int today = ((int)dct.DayOfWeek + 6) % 7 + 1;
        int back = (today - wd.Weekday + 7) % 7, ahead = (wd.Weekday - today + 7) % 7;
        return wd.Direction switch
        {
            < 0 => dct.AddDays(-(back == 0 ? 7 : back)),
            > 0 => dct.AddDays(ahead == 0 ? 7 : ahead),
            _ => tense == Tense.Future ? dct.AddDays(ahead) : dct.AddDays(-back),
        };
    }

    private CalendarPoint? Shift(ShiftMeaning shift)
    {
        CalendarPoint? anchor = dct is { } d ? new CalendarPoint(d, TimeUnit.Day) : null;
        // "a year ago/earlier" after a quarter is that quarter a year before (results compared year on year);
        // otherwise a comparison counts from the article's date, a narrative year ("the following year") from the last one named
        if (shift.Comparison && _reference is { Granularity: TimeUnit.Quarter } q) return q.Shift(4 * shift.Offset);
        if (shift.FromReference && (shift.Unit < TimeUnit.Year || shift.Unit == TimeUnit.Year && !shift.Comparison) && _reference is { } r && r.Granularity <= shift.Unit) anchor = r;
        if (anchor is null) return null;
        if (shift.Unit == TimeUnit.Weekend) return dct is { } day ? LastWeekend(day, shift.Offset) : null;
        var unit = shift.Unit < TimeUnit.Day ? TimeUnit.Day : shift.Unit;
        return anchor.Value.As(unit).Shift(unit < TimeUnit.Day ? 0 : shift.Offset);
    }

    // "the weekend" / "last weekend": the Saturday on or before the DCT; "this"/"next" move on from it.
    private static CalendarPoint LastWeekend(DateOnly dct, int offset)
    {
        int sinceSaturday = ((int)dct.DayOfWeek + 1) % 7;
        var last = dct.AddDays(-sinceSaturday);
        bool moveOn = offset > 0 || offset == 0 && sinceSaturday > 1;
        return new CalendarPoint(moveOn ? last.AddDays(7) : last, TimeUnit.Weekend);
    }

    private CalendarPoint? PartOfYear(PartOfYearMeaning part, Tense tense)
    {
        int firstMonth = part.Unit == TimeUnit.Half ? 6 * (part.Index - 1) + 1 : 3 * (part.Index - 1) + 1;
        int? year = part.Year ?? (dct is { } d ? d.Year + part.YearShift - (tense == Tense.Past && part.YearShift == 0 && firstMonth > d.Month ? 1 : 0) : null);
        return year is null ? null : new CalendarPoint(new DateOnly(year.Value, firstMonth, 1), part.Unit);
    }

    private CalendarPoint? ReportedQuarter(ReportedQuarterMeaning reported)
    {
        if (_reference is { Granularity: TimeUnit.Quarter } q) return q.Shift(-4 * reported.YearsBack);
        if (dct is not { } d) return null;
        return new CalendarPoint(d, TimeUnit.Quarter).Shift(-1 - 4 * reported.YearsBack);
    }

    private string SeasonYear(SeasonMeaning season)
    {
        if (season.Year is { } y) return y.ToString("D4", CultureInfo.InvariantCulture);
        if (dct is not { } d) return "XXXX";
        int start = season.Season switch { "SP" => 3, "SU" => 6, "FA" => 9, _ => 12 };
        int year = season.Direction switch
        {
            < 0 => start < d.Month - 2 ? d.Year : d.Year - 1,
            > 0 => start > d.Month ? d.Year : d.Year + 1,
            _ => d.Year,
        };
        return year.ToString("D4", CultureInfo.InvariantCulture);
    }

    private static DateOnly Thanksgiving(int year)
    {
        var first = new DateOnly(year, 11, 1);
        int toThursday = ((int)DayOfWeek.Thursday - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(toThursday + 21);
    }
}
