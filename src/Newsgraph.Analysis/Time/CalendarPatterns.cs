using System.Globalization;
using System.Text.RegularExpressions;
using Newsgraph.Core.Model;

namespace Newsgraph.Analysis.Time;

/// <summary>Named points of the calendar: "Jan. 10, 2020", "10 January", "2020-01-10", "1990", "the 1990s",
/// "Thursday", "Friday morning", "Thanksgiving", "last fall".</summary>
internal static partial class CalendarPatterns
{
    [GeneratedRegex(@"^([0-9]{4})-([0-9]{2})-([0-9]{2})$")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^([0-9]{1,2})/([0-9]{1,2})/([0-9]{2}|[0-9]{4})$")]
    private static partial Regex SlashDate();

    [GeneratedRegex(@"^([0-9]{1,2})(st|nd|rd|th)?$")]
    private static partial Regex DayNumber();

    [GeneratedRegex(@"^(1[0-9]|20)[0-9][0-9]$")]
    private static partial Regex YearNumber();

    [GeneratedRegex(@"^(?:(mid|early|late)-)?(1[0-9]|20)([0-9])0'?s$")]
    private static partial Regex DecadeNumber();

    /// <summary>"2020-01-10", "1/10/2020".</summary>
    public static TimeCandidate? NumericDate(TokenView v, int i)
    {
        var m = IsoDate().Match(v[i]);
        if (m.Success && Valid(Int(m, 1), Int(m, 2), Int(m, 3)))
            return new TimeCandidate(i, i + 1, TimeType.DATE, new CalendarMeaning(Int(m, 1), Int(m, 2), Int(m, 3)));
        m = SlashDate().Match(v[i]);
        if (!m.Success) return null;
        int year = Int(m, 3) < 100 ? 1900 + Int(m, 3) + (Int(m, 3) < 50 ? 100 : 0) : Int(m, 3);
        return Valid(year, Int(m, 1), Int(m, 2))
            ? new TimeCandidate(i, i + 1, TimeType.DATE, new CalendarMeaning(year, Int(m, 1), Int(m, 2)))
            : null;
    }

    /// <summary>Month-based dates with an optional leading weekday: "Monday, Oct. 26", "Jan. 10, 2020",
    /// "January 1998", "June last year", "10 January 2020", "mid-November".</summary>
    public static TimeCandidate? MonthDate(TokenView v, int i)
    {
        if (TimeLexicon.Weekdays.ContainsKey(v[i]) && v[i + 1] == "," && MonthDate(v, i + 2) is { } after
            && after.Meaning is CalendarMeaning { Day: not null })
            return after with { First = i };
        if (DayBeforeMonth(v, i) is { } dayFirst) return dayFirst;
        if (v[i] is "last" or "this" or "next" && IsMonthAt(v, i + 1, out int named) && DayAt(v, i + 2) is null)
            return new TimeCandidate(i, i + 2, TimeType.DATE, new CalendarMeaning(null, named, null, Direction: v[i] switch { "last" => -1, "next" => 1, _ => 0 }));
        if (!IsMonthAt(v, i, out int month)) return HyphenMonth(v, i);
        int end = i + 1;
        int? day = null, year = null, shift = null;
        if (DayAt(v, end) is { } d) { day = d; end++; }
        int yearAt = v[end] == "," && day is not null ? end + 1 : v[end] == "of" && day is null ? end + 1 : end;
        if (YearAt(v, yearAt) is { } y) { year = y; end = yearAt + 1; }
        else if (v[end] is "this" or "last" or "next" && v[end + 1] == "year")
        {
            shift = v[end] switch { "last" => -1, "next" => 1, _ => 0 };
            end += 2;
        }
        if (day is not null && !Valid(year ?? 2000, month, day.Value)) return null;
        if (day is null && year is null && shift is null && !StandsAsMonth(v, i)) return null;
        return new TimeCandidate(i, end, TimeType.DATE, new CalendarMeaning(year, month, day, shift));
    }

    private static TimeCandidate? DayBeforeMonth(TokenView v, int i)
    {
        if (DayAt(v, i) is not { } day) return null;
        int m = v[i + 1] == "of" ? i + 2 : i + 1;
        if (!IsMonthAt(v, m, out int month) || !Valid(2000, month, day)) return null;
        int end = m + 1;
        int? year = YearAt(v, end);
        if (year is not null) end++;
        return new TimeCandidate(i, end, TimeType.DATE, new CalendarMeaning(year, month, day));
    }

    /// <summary>"mid-November", "late-November", "early-1990".</summary>
    private static TimeCandidate? HyphenMonth(TokenView v, int i)
    {
        var w = v[i];
        int dash = w.IndexOf('-');
        if (dash < 0 || !TimeLexicon.PeriodPositions.Contains(w[..dash])) return null;
        var rest = w[(dash + 1)..];
        if (TimeLexicon.Months.TryGetValue(rest, out int month))
        {
            int? year = YearAt(v, i + 1);
            return new TimeCandidate(i, year is null ? i + 1 : i + 2, TimeType.DATE, new CalendarMeaning(year, month, null));
        }
        if (YearNumber().IsMatch(rest))
            return new TimeCandidate(i, i + 1, TimeType.DATE, new LiteralMeaning(rest));
        return null;
    }

    /// <summary>A month name; capitalised unless it is an abbreviation with its period.</summary>
    private static bool IsMonthAt(TokenView v, int i, out int month) =>
        TimeLexicon.Months.TryGetValue(v[i], out month) && (v.IsCapitalised(i) || v[i].EndsWith('.'));

    /// <summary>Whether a bare month name is the month and not the verb/modal/name ("may", "March", "June").</summary>
    private static bool StandsAsMonth(TokenView v, int i)
    {
        // "may", "march", "june", "august" and unpunctuated abbreviations ("Jan") are often other words or names
        bool ambiguous = v[i] is "may" or "march" or "june" or "august" || v[i].Length <= 4 && !v[i].EndsWith('.');
        if (!ambiguous) return true;
        return v[i - 1] is "in" or "since" or "until" or "by" or "of" or "early" or "late" or "mid" or "last" or "next"
            or "this" or "through" or "before" or "after" or "during" or "from" or "to" or "between" or "and" or "that";
    }

    private static int? DayAt(TokenView v, int i)
    {
        var m = DayNumber().Match(v[i]);
        if (!m.Success) return null;
        int d = Int(m, 1);
        return d is >= 1 and <= 31 ? d : null;
    }

    public static int? YearAt(TokenView v, int i) =>
        YearNumber().IsMatch(v[i]) ? int.Parse(v[i], CultureInfo.InvariantCulture) : null;

    /// <summary>A year on its own: "1990", "fiscal 1989", "fiscal year 1990"; not "$1990" nor "1990 people".</summary>
    public static TimeCandidate? Year(TokenView v, int i)
    {
        int at = v[i] == "fiscal" ? (v[i + 1] == "year" ? i + 2 : i + 1) : i;
        if (YearAt(v, at) is not { } year) return null;
        if (v[i - 1] is "$" or "#" or "no." or "number" or "flight" or "route" || v[at + 1] is "%" or "percent"
            || v.Touches(i) && v[i - 1] is not ("-" or "(")) return null;
        if (at == i && !PlausibleYear(v, i, year)) return null;
        return new TimeCandidate(i, at + 1, TimeType.DATE, new LiteralMeaning(year.ToString("D4", CultureInfo.InvariantCulture)));
    }

    /// <summary>Spoken years: "nineteen ninety-six", "the year two thousand".</summary>
    public static TimeCandidate? SpokenYear(TokenView v, int i)
    {
        if (v[i] == "the" && v[i + 1] == "year" && v[i + 2] == "two" && v[i + 3] == "thousand")
            return new TimeCandidate(i, i + 4, TimeType.DATE, new LiteralMeaning("2000"));
        if (v[i] is not ("nineteen" or "eighteen") || !CountReader.TryWordNumber(v[i + 1], out int rest) || rest is < 10 or > 99) return null;
        int century = v[i] == "nineteen" ? 1900 : 1800;
        return new TimeCandidate(i, i + 2, TimeType.DATE, new LiteralMeaning((century + rest).ToString(CultureInfo.InvariantCulture)));
    }

    // A bare four-digit number is a year when it sits where years sit, not where counts do.
    private static bool PlausibleYear(TokenView v, int i, int year)
    {
        if (year < 1800) return v[i - 1] is "in" or "since" or "of";
        string next = v[i + 1];
        return !(next.Length > 2 && char.IsLower(v.Raw(i + 1)[0]) && next.EndsWith('s') && v[i - 1] is not ("the" or "in" or "of" or "since"));
    }

    /// <summary>"1990s" (199X); "the 1990s", "the mid-1990s", "the late 1970s" name the decade itself (199).</summary>
    public static TimeCandidate? Decade(TokenView v, int i)
    {
        bool the = v[i] == "the";
        int at = the ? i + 1 : i;
        if (the && TimeLexicon.PeriodPositions.Contains(v[at]) && DecadeNumber().IsMatch(v[at + 1])) at++;
        var m = DecadeNumber().Match(v[at]);
        if (!m.Success) return null;
        string value = m.Groups[2].Value + m.Groups[3].Value + (the ? "" : "X");
        return new TimeCandidate(i, at + 1, TimeType.DATE, new LiteralMeaning(value));
    }

    /// <summary>"Thursday", "Friday morning", "last Friday", "next Tuesday night".</summary>
    public static TimeCandidate? Weekday(TokenView v, int i)
    {
        int direction = v[i] switch { "last" or "past" => -1, "next" or "coming" => 1, "this" => 0, _ => 2 };
        int at = direction == 2 ? i : i + 1;
        if (direction == 2) direction = 0;
        if (!TimeLexicon.Weekdays.TryGetValue(v[at], out int weekday) || !v.IsCapitalised(at)) return null;
        TimeMeaning meaning = new WeekdayMeaning(weekday, direction);
        int end = at + 1;
        if (TimeLexicon.PartsOfDay.TryGetValue(v[end], out var part))
        {
            meaning = meaning with { Suffix = "T" + part };
            end++;
        }
        return new TimeCandidate(i, end, TimeType.DATE, meaning);
    }

    /// <summary>Holidays with fixed or computable dates.</summary>
    public static TimeCandidate? Holiday(TokenView v, int i)
    {
        string w = v[i];
        if (!v.IsCapitalised(i)) return null;
        if (w == "thanksgiving")
            return new TimeCandidate(i, v[i + 1] == "day" ? i + 2 : i + 1, TimeType.DATE, new ThanksgivingMeaning());
        if (w == "christmas")
        {
            int day = v[i + 1] == "eve" ? 24 : 25;
            return new TimeCandidate(i, v[i + 1] is "eve" or "day" ? i + 2 : i + 1, TimeType.DATE, new CalendarMeaning(null, 12, day));
        }
        if (w == "new" && v[i + 1] == "year" && v[i + 2] == "'s" && v[i + 3] is "day" or "eve")
            return new TimeCandidate(i, i + 4, TimeType.DATE, v[i + 3] == "day" ? new CalendarMeaning(null, 1, 1) : new CalendarMeaning(null, 12, 31));
        if (w == "independence" && v[i + 1] == "day")
            return new TimeCandidate(i, i + 2, TimeType.DATE, new CalendarMeaning(null, 7, 4));
        if (w == "halloween")
            return new TimeCandidate(i, i + 1, TimeType.DATE, new CalendarMeaning(null, 10, 31));
        return null;
    }

    /// <summary>"last fall", "this summer", "the summer", "spring 1990", "early next spring".</summary>
    public static TimeCandidate? Season(TokenView v, int i)
    {
        int direction = v[i] switch { "last" or "past" => -1, "next" or "coming" => 1, "this" or "the" => 0, _ => 2 };
        int at = direction == 2 ? i : i + 1;
        if (!TimeLexicon.Seasons.TryGetValue(v[at], out var season)) return null;
        if (direction == 2)
        {
            // a bare season word is a season only with a year ("fall 1989") or after "in"/"this"-like words
            if (YearAt(v, at + 1) is { } y) return new TimeCandidate(i, at + 2, TimeType.DATE, new SeasonMeaning(season, y, 0));
            if (YearAt(v, at + 2) is { } y2 && v[at + 1] == "of") return new TimeCandidate(i, at + 3, TimeType.DATE, new SeasonMeaning(season, y2, 0));
            return null;
        }
        if (v[i] == "the" && season == "FA") return null; // "the fall of ..." is usually an event
        bool takesThe = v[i] == "the";
        return new TimeCandidate(i, at + 1, TimeType.DATE, new SeasonMeaning(season, null, direction == 2 ? 0 : direction), takesThe);
    }

    private static int Int(Match m, int group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    private static bool Valid(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && year is >= 1 and <= 9999 && day <= DateTime.DaysInMonth(year, month);
}
