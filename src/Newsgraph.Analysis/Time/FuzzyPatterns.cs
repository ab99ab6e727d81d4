using Newsgraph.Core.Model;

namespace Newsgraph.Analysis.Time;

/// <summary>Reference words ("now", "recently", "the future"), year ends, centuries, and sets ("every
/// Monday", "daily", "each year").</summary>
internal static class FuzzyPatterns
{
    public static TimeCandidate? Reference(TokenView v, int i)
    {
        string w = v[i];
        if (w == "the" && v[i + 1] is "future" or "past" or "present" && !Continues(v, i + 2))
            return Literal(i, i + 2, v[i + 1] switch { "future" => "FUTURE_REF", "past" => "PAST_REF", _ => "PRESENT_REF" });
        // "the near future", "the short term", "the near term", "the long run": times still to come
        if (w == "the" && (v[i + 1], v[i + 2]) is ("near", "future" or "term") or ("short" or "long", "term" or "run"))
            return Literal(i, i + 3, "FUTURE_REF");
        if ((w, v[i + 1]) is ("these", "days") or ("at", "present"))
            return Literal(i, i + 2, "PRESENT_REF");
        if (w == "recent" && TimeLexicon.TryUnit(v[i + 1], out var unit, out bool plural) && plural && unit >= TimeUnit.Day)
            return unit >= TimeUnit.Year
                ? Literal(i, i + 2, "PAST_REF")
                : new TimeCandidate(i, i + 2, TimeType.DURATION, new LiteralMeaning(TimeUnits.Duration(unit, null)));
        if (w == "more" && v[i + 1] == "recently") return Literal(i, i + 2, "PAST_REF");
        if (w == "the" && v[i + 1] == "coming" && TimeLexicon.TryUnit(v[i + 2], out var u, out bool pl) && pl)
            return new TimeCandidate(i, i + 3, TimeType.DURATION, new LiteralMeaning(TimeUnits.Duration(u, null)));
        if (!TimeLexicon.FuzzyWords.TryGetValue(w, out var value)) return null;
        if (w == "current" && v[i + 1] is "account" or "accounts" or "affairs" or "events" or "," or "." or "and" or "of") return null;
        return Literal(i, i + 1, value);
    }

    // "the past decade", "the future of X" keep going; only a closed "the past" is PAST_REF.
    private static bool Continues(TokenView v, int i) => v[i] is "of" || TimeLexicon.TryUnit(v[i], out _, out _) || CountReader.Read(v, i, out _) > 0;

    /// <summary>"year-end", "year end", "year's end", "the end of the year" is read as a prefix elsewhere.</summary>
    public static TimeCandidate? YearEnd(TokenView v, int i)
    {
        if (v[i] == "year-end") return Date(i, i + 1, new ShiftMeaning(TimeUnit.Year, 0));
        if (v[i] == "year" && v[i + 1] == "end") return Date(i, i + 2, new ShiftMeaning(TimeUnit.Year, 0));
        if (v[i] == "year" && v[i + 1] == "'s" && v[i + 2] == "end") return Date(i, i + 3, new ShiftMeaning(TimeUnit.Year, 0));
        return null;
    }

    /// <summary>"for the year", "in the fiscal year ended June 30" (a year-long period: P1Y), "for the full year".</summary>
    public static TimeCandidate? TheYear(TokenView v, int i)
    {
        if (v[i] != "the" || v[i - 1] is not ("for" or "in" or "of" or "throughout" or "during")) return null;
        int at = v[i + 1] is "fiscal" or "full" or "whole" or "entire" ? i + 2 : i + 1;
        if (v[at] != "year" || v[at + 1] is "'s" or "before" or "after" or "earlier" or "ago" or "that" or "when" or "in") return null;
        if (v[at + 1] is "ended" or "ending" or "ends" or "through" or "to")
            return new TimeCandidate(i, at + 1, TimeType.DURATION, new LiteralMeaning("P1Y"));
        return Date(i, at + 1, new ShiftMeaning(TimeUnit.Year, 0));
    }

    /// <summary>"this century", "the 20th century".</summary>
    public static TimeCandidate? Century(TokenView v, int i)
    {
        if (v[i] == "this" && v[i + 1] == "century") return Date(i, i + 2, new ShiftMeaning(TimeUnit.Century, 0));
        int at = v[i] == "the" ? i + 1 : i;
        var w = v[at];
        if (w.Length is 4 or 3 && w[^2..] is "th" or "st" or "nd" or "rd" && int.TryParse(w[..^2], out int n) && n is > 0 and <= 21 && v[at + 1] == "century")
            return Date(at, at + 2, new LiteralMeaning((n - 1).ToString("D2", System.Globalization.CultureInfo.InvariantCulture)));
        return null;
    }

    /// <summary>"every day", "each Monday", "every other week", "daily", "annually".</summary>
    public static TimeCandidate? Set(TokenView v, int i)
    {
        if (TimeLexicon.Frequencies.TryGetValue(v[i], out var freq))
            return new TimeCandidate(i, i + 1, TimeType.SET, new LiteralMeaning(TimeUnits.Set(freq)));
        if (v[i] is not ("every" or "each")) return null;
        int at = v[i + 1] == "other" ? i + 2 : i + 1;
        string value;
        if (TimeLexicon.Weekdays.TryGetValue(v[at], out int weekday)) value = $"XXXX-WXX-{weekday}";
        else if (TimeLexicon.PartsOfDay.TryGetValue(v[at], out var part)) value = $"XXXX-XX-XXT{part}";
        else if (TimeLexicon.TryUnit(v[at], out var unit, out bool plural) && !plural) value = TimeUnits.Duration(unit, at == i + 2 ? 2 : 1);
        else return null;
        return new TimeCandidate(i, at + 1, TimeType.SET, new LiteralMeaning(value));
    }

    private static TimeCandidate Literal(int first, int end, string value) => Date(first, end, new LiteralMeaning(value));

    private static TimeCandidate Date(int first, int end, TimeMeaning meaning) => new(first, end, TimeType.DATE, meaning);
}
