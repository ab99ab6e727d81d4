using Newsgraph.Core.Model;

namespace Newsgraph.Analysis.Time;

/// <summary>Dates named relative to an anchor: "yesterday", "last week", "this month", "two years ago",
/// "a year earlier", "the next day", "later in the day".</summary>
internal static class RelativePatterns
{
    /// <summary>"today", "yesterday morning", "tonight", "this morning", "last night", "the day before yesterday".</summary>
    public static TimeCandidate? Deictic(TokenView v, int i)
    {
        if (v[i] == "the" && v[i + 1] == "day" && (v[i + 2], v[i + 3]) is ("before", "yesterday") or ("after", "tomorrow"))
            return new TimeCandidate(i, i + 4, TimeType.DATE, new ShiftMeaning(TimeUnit.Day, v[i + 3] == "yesterday" ? -2 : 2));
        if ((v[i], v[i + 1]) is ("this", "morning" or "afternoon" or "evening") or ("last", "night"))
        {
            var shift = new ShiftMeaning(TimeUnit.Day, v[i] == "last" ? -1 : 0) { Suffix = "T" + TimeLexicon.PartsOfDay[v[i + 1]] };
            return new TimeCandidate(i, i + 2, TimeType.TIME, shift);
        }
        int? offset = v[i] switch { "today" or "tonight" => 0, "yesterday" => -1, "tomorrow" => 1, _ => null };
        if (offset is null) return null;
        TimeMeaning meaning = new ShiftMeaning(TimeUnit.Day, offset.Value);
        if (v[i] != "tonight" && TimeLexicon.PartsOfDay.TryGetValue(v[i + 1], out var part))
            return new TimeCandidate(i, i + 2, TimeType.TIME, meaning with { Suffix = "T" + part });
        return new TimeCandidate(i, i + 1, TimeType.DATE, meaning);
    }

    /// <summary>"last week", "this year", "next month", "the past year", "the current fiscal year",
    /// "this weekend", "last quarter"; "the following year" counts from the narrative's date.</summary>
    public static TimeCandidate? UnitRelative(TokenView v, int i)
    {
        bool the = v[i] == "the";
        int at = the ? i + 1 : i;
        int? offset = v[at] switch
        {
            "last" or "past" or "previous" or "prior" => -1,
            "this" or "current" or "present" => the && v[at] == "this" ? null : 0,
            "next" or "coming" or "following" => 1,
            _ => null,
        };
        if (offset is null) return null;
        int unitAt = v[at + 1] == "fiscal" ? at + 2 : at + 1;
        if (!TimeLexicon.TryUnit(v[unitAt], out var unit, out bool plural) || plural || unit < TimeUnit.Weekend) return null;
        bool fromReference = the && v[at] is "following" or "previous" or "prior";
        if (v[at] == "past" && !the) return null; // "past decade" is a duration, read elsewhere
        return new TimeCandidate(i, unitAt + 1, TimeType.DATE, new ShiftMeaning(unit, offset.Value, fromReference));
    }

    /// <summary>"the weekend": the last one before the article (or this one when it is written on one).</summary>
    public static TimeCandidate? Weekend(TokenView v, int i) =>
        v[i] == "the" && v[i + 1] == "weekend" ? new TimeCandidate(i, i + 2, TimeType.DATE, new ShiftMeaning(TimeUnit.Weekend, -1)) : null;

    /// <summary>Days told from the narrative's last date: "that day", "the same day", "the next day",
    /// "the day before", "later in the day", "earlier that day", "that night", "the next morning".</summary>
    public static TimeCandidate? Reference(TokenView v, int i)
    {
        int at = i;
        bool inThe = false;
        if (v[at] is "later" or "earlier" && v[at + 1] is "in" or "that" or "the")
        {
            at++;
            if (v[at] == "in") { at++; inThe = true; }
        }
        int? offset = (v[at], v[at + 1]) switch
        {
            ("that", _) or ("the", "same") => 0,
            ("the", "next" or "following") => 1,
            ("the", "previous" or "prior") => -1,
            ("the", _) when inThe || IsUnit(v[at + 1], TimeUnit.Day) && v[at + 2] is "before" or "after" => 0,
            _ => null,
        };
        if (offset is null) return null;
        int unitAt = v[at] == "that" ? at + 1 : (v[at + 1] is "same" or "next" or "following" or "previous" or "prior" ? at + 2 : at + 1);
        string word = v[unitAt];
        if (TimeLexicon.PartsOfDay.TryGetValue(word, out var part))
            return new TimeCandidate(i, unitAt + 1, TimeType.TIME, new ShiftMeaning(TimeUnit.Day, offset.Value, true) { Suffix = "T" + part });
        if (!TimeLexicon.TryUnit(word, out var unit, out bool plural) || plural || unit < TimeUnit.Day) return null;
        int end = unitAt + 1;
        if (v[at] == "the" && offset == 0 && v[end] is "before" or "after" && !inThe)
        {
            offset = v[end] == "before" ? -1 : 1;
            end++;
        }
        return new TimeCandidate(i, end, TimeType.DATE, new ShiftMeaning(unit, offset.Value, true));
    }

    private static bool IsUnit(string word, TimeUnit wanted) => TimeLexicon.TryUnit(word, out var unit, out bool plural) && !plural && unit == wanted;

    /// <summary>"the third quarter", "third-quarter", "the fiscal first quarter", "this year's second quarter",
    /// "the first half of 1990", "the latest quarter", "the year-ago quarter", "year-earlier".</summary>
    public static TimeCandidate? Quarter(TokenView v, int i)
    {
        int at = i, yearShift = 0;
        if (v[at] is "this" or "last" or "next" && v[at + 1] == "year" && v[at + 2] == "'s")
        {
            yearShift = v[at] switch { "last" => -1, "next" => 1, _ => 0 };
            at += 3;
        }
        else if (v[at] is "the" or "its" or "their") at++;
        int? namedYear = CalendarPatterns.YearAt(v, at);
        if (namedYear is not null || v[at] is "year-ago" or "year-earlier") at++;
        if (v[at] == "fiscal") at++;
        if (OrdinalQuarter(v, at, out var unit, out int index, out int end))
        {
            int? year = namedYear;
            if (v[at - 1] is "year-ago" or "year-earlier") yearShift = -1;
            if (v[end] == "of" && CalendarPatterns.YearAt(v, end + 1) is { } y) { year = y; end += 2; }
            else if (v[end] == "of" && v[end + 1] == "next" && v[end + 2] == "year") { yearShift = 1; end += 3; }
            return new TimeCandidate(i, end, TimeType.DATE, new PartOfYearMeaning(unit, index, year, yearShift));
        }
        if (namedYear is { } ny && v[at] is "quarter" or "period")
            return new TimeCandidate(i, at + 1, TimeType.DATE, new LiteralMeaning(ny.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        bool prefixed = namedYear is not null || v[at - 1] is "year-ago" or "year-earlier";
        return ReportedQuarter(v, i, prefixed ? at - 1 : at, yearShift);
    }

    private static TimeCandidate? ReportedQuarter(TokenView v, int i, int at, int yearShift)
    {
        if (v[i] is "year-earlier" or "year-ago")
            return new TimeCandidate(i, i + 1, TimeType.DATE, new ShiftMeaning(TimeUnit.Year, -1, true) { Comparison = true });
        if (at == i && yearShift == 0) return null;
        int yearsBack = yearShift < 0 ? 1 : 0;
        if (v[at] is "year-earlier" or "year-ago" or "comparable" or "corresponding") { yearsBack = 1; at++; }
        else if (v[at] is "latest" or "recent" or "most" or "current" or "same")
            at += v[at] == "most" && v[at + 1] == "recent" ? 2 : 1;
        bool period = v[at] == "period" && at > i + 1;
        if (v[at] != "quarter" && !period) return null;
        int end = at + 1;
        if (v[end] == "last" && v[end + 1] == "year") { yearsBack = 1; end += 2; }
        else if (v[end] == "a" && v[end + 1] == "year" && v[end + 2] is "ago" or "earlier") { yearsBack = 1; end += 3; }
        return new TimeCandidate(i, end, TimeType.DATE, new ReportedQuarterMeaning(yearsBack));
    }

    /// <summary>"third quarter", "third-quarter", "fiscal-first quarter", "first half", "second-half".</summary>
    private static bool OrdinalQuarter(TokenView v, int at, out TimeUnit unit, out int index, out int end)
    {
        unit = TimeUnit.Quarter;
        end = at;
        string w = v[at].StartsWith("fiscal-", StringComparison.Ordinal) ? v[at][7..] : v[at];
        string? ordinal = null, noun = null;
        int dash = w.IndexOf('-');
        if (dash > 0) { ordinal = w[..dash]; noun = w[(dash + 1)..]; end = at + 1; }
        else { ordinal = w; noun = v[at + 1]; end = at + 2; }
        bool last = ordinal == "last" && v[at - 1] == "the";
        if (!TimeLexicon.Ordinals.TryGetValue(ordinal, out index) && !last) return false;
        if (noun == "quarter" && index <= 4) { unit = TimeUnit.Quarter; index = last ? 4 : index; return true; }
        if (noun == "half" && index <= 2) { unit = TimeUnit.Half; index = last ? 2 : index; return true; }
        return false;
    }
}
