namespace Newsgraph.Analysis.Time;

/// <summary>
/// What a recognised time expression says before it is anchored: "Thursday" is a weekday to place
/// against the article's date and the tense of its clause; "P3Y" needs no anchor at all.
/// <see cref="Suffix"/> carries a part of the day ("TMO") or a clock time ("T09:00") added to a day.
/// </summary>
internal abstract record TimeMeaning
{
    public string? Suffix { get; init; }
}

/// <summary>A value that needs no anchor: durations, sets, PRESENT_REF, a year, a decade.</summary>
internal sealed record LiteralMeaning(string Value) : TimeMeaning;

/// <summary>A calendar month or day; a missing year comes from the anchor (+ <paramref name="YearShift"/>)
/// and the clause's tense, or from <paramref name="Direction"/> ("last April" −1, "this April" 0, "next April" +1).</summary>
internal sealed record CalendarMeaning(int? Year, int Month, int? Day, int? YearShift = null, int? Direction = null) : TimeMeaning;

/// <summary>A named weekday; <paramref name="Direction"/> −1 last, +1 next, 0 from the tense.</summary>
internal sealed record WeekdayMeaning(int Weekday, int Direction) : TimeMeaning;

/// <summary>
/// The period <paramref name="Offset"/> units away from the anchor, at the unit's granularity:
/// "yesterday" (Day, −1), "this week" (Week, 0), "two years ago" (Year, −2). The anchor is the article's
/// date, or with <paramref name="FromReference"/> the date the narrative last mentioned ("later in the day").
/// </summary>
internal sealed record ShiftMeaning(TimeUnit Unit, int Offset, bool FromReference = false) : TimeMeaning
{
    /// <summary>A comparison ("a year earlier", "year-ago"): it names a time without moving the narrative there.</summary>
    public bool Comparison { get; init; }
}

/// <summary>A quarter or half of a year; the year from the anchor when not given.</summary>
internal sealed record PartOfYearMeaning(TimeUnit Unit, int Index, int? Year, int YearShift = 0) : TimeMeaning;

/// <summary>"The quarter", "the latest quarter", "the year-ago quarter": the quarter the report is about,
/// <paramref name="YearsBack"/> years earlier.</summary>
internal sealed record ReportedQuarterMeaning(int YearsBack) : TimeMeaning;

/// <summary>A season ("last fall"): <paramref name="Direction"/> −1 last, 0 this/unspecified, +1 next.</summary>
internal sealed record SeasonMeaning(string Season, int? Year, int Direction) : TimeMeaning;

/// <summary>Thanksgiving: the fourth Thursday of November, a date that moves with the year.</summary>
internal sealed record ThanksgivingMeaning : TimeMeaning;
