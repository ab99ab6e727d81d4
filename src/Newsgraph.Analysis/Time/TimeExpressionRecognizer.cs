using Newsgraph.Core.Model;

namespace Newsgraph.Analysis.Time;

/// <summary>
/// Finds time expressions in tokens, left to right, taking the longest reading at each position, with the
/// words TimeML puts inside an expression: approximators before counts ("nearly two years"), positions in a
/// period ("early December", "late yesterday", "earlier this month"), and "the end of" ("the end of 1990").
/// </summary>
internal static class TimeExpressionRecognizer
{
    private static readonly Func<TokenView, int, TimeCandidate?>[] Patterns =
    [
        CalendarPatterns.NumericDate, CalendarPatterns.MonthDate, CalendarPatterns.Year, CalendarPatterns.Decade,
        CalendarPatterns.Weekday, CalendarPatterns.Holiday, CalendarPatterns.Season,
        ClockPatterns.Clock,
        RelativePatterns.Deictic, RelativePatterns.UnitRelative, RelativePatterns.Weekend, RelativePatterns.Reference,
        RelativePatterns.Quarter,
        DurationPatterns.Counted, DurationPatterns.Compound, DurationPatterns.BarePlural,
        CalendarPatterns.SpokenYear, FuzzyPatterns.TheYear, FuzzyPatterns.Reference, FuzzyPatterns.YearEnd, FuzzyPatterns.Century, FuzzyPatterns.Set,
    ];

    public static List<TimeCandidate> Recognize(TokenView v)
    {
        var found = new List<TimeCandidate>();
        for (int i = 0; i < v.Count;)
        {
            var best = WithPrefixes(v, i);
            if (best is null) { i++; continue; }
            found.Add(best);
            i = best.End;
        }
        return found;
    }

    /// <summary>The longest expression starting at i, prefixes included.</summary>
    private static TimeCandidate? WithPrefixes(TokenView v, int i)
    {
        var core = Longest(v, i);
        var prefixed = Approximated(v, i) ?? Positioned(v, i) ?? EndOf(v, i);
        return prefixed is not null && (core is null || prefixed.End >= core.End) ? prefixed : core;
    }

    private static TimeCandidate? Longest(TokenView v, int i)
    {
        TimeCandidate? best = null;
        foreach (var pattern in Patterns)
            if (pattern(v, i) is { } c && (best is null || c.End > best.End)) best = c;
        return best;
    }

    /// <summary>"nearly two years", "more than four decades ago", "at least 72 hours", "around 7:15 p.m.".</summary>
    private static TimeCandidate? Approximated(TokenView v, int i)
    {
        int length = TimeLexicon.ApproximatorPairs.Contains((v[i], v[i + 1])) ? 2 : TimeLexicon.Approximators.Contains(v[i]) ? 1 : 0;
        if (length == 0) return null;
        var core = Longest(v, i + length) ?? Approximated(v, i + length);
        bool counted = core is not null && (core.Type is TimeType.DURATION or TimeType.TIME || core.Meaning is ShiftMeaning { FromReference: false, Offset: not 0 } || v[i + length] == "the");
        if (core is null || !counted || v[i] == "some" && v[i + 1] == "time") return null;
        return core with { First = i };
    }

    /// <summary>"early December", "late yesterday", "mid-afternoon", "earlier this month", "late last week".</summary>
    private static TimeCandidate? Positioned(TokenView v, int i)
    {
        bool position = TimeLexicon.PeriodPositions.Contains(v[i]) || v[i] is "earlier" or "later" && v[i + 1] is "this" or "last" or "next";
        if (!position) return null;
        if (v[i] == "mid" && v[i + 1] is "afternoon" or "morning" or "day")
            return new TimeCandidate(i, i + 2, TimeType.TIME, new ShiftMeaning(TimeUnit.Day, 0, true) { Suffix = v[i + 1] == "day" ? "T12:00" : "T" + TimeLexicon.PartsOfDay[v[i + 1]] });
        var core = Longest(v, i + 1);
        if (core is null || core.Type is TimeType.DURATION or TimeType.SET) return null;
        return core with { First = i };
    }

    /// <summary>"the end of 1990", "the beginning of next year", "the middle of the week".</summary>
    private static TimeCandidate? EndOf(TokenView v, int i)
    {
        if (v[i] != "the" || v[i + 1] is not ("end" or "beginning" or "start" or "middle" or "turn") || v[i + 2] != "of") return null;
        int at = v[i + 3] == "the" && v[i + 4] is "year" or "month" or "week" or "day" or "quarter" ? i + 4 : i + 3;
        if (at == i + 4)
        {
            TimeLexicon.TryUnit(v[at], out var unit, out _);
            return new TimeCandidate(i, at + 1, TimeType.DATE, new ShiftMeaning(unit, 0, true));
        }
        var core = Longest(v, at);
        return core is null || core.Type is TimeType.DURATION or TimeType.SET ? null : core with { First = i };
    }
}
