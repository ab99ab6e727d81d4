using Newsgraph.Analysis.Lexicons;
using Newsgraph.Core.Model;

namespace Newsgraph.Analysis.Time;

/// <summary>Counted units: durations ("three years", "the past two months", "a 16-hour flight") and the
/// dates they make with "ago", "earlier", "later", "from now" ("two years ago", "a year earlier").</summary>
internal static class DurationPatterns
{
    /// <summary>Words between "the" and the count that TimeML keeps: "the past two weeks", "the first nine months".</summary>
    private static readonly HashSet<string> CountModifiers = ResourceLoader.WordSet("count-modifiers", StringComparer.Ordinal);

    public static TimeCandidate? Counted(TokenView v, int i)
    {
        int at = i;
        bool the = v[at] is "the" or "its" or "their" or "his" or "her";
        if (the) at++;
        bool modified = CountModifiers.Contains(v[at]);
        if (modified) at++;
        if (!the && modified && v[i] is not ("past" or "last" or "next" or "coming" or "first")) return null;
        int countLength = CountReader.Read(v, at, out int? count);
        if (countLength == 0) return the || modified ? VaguePlural(v, i, at) : null;
        int unitAt = at + countLength;
        bool half = count is not null && IsHalf(v, unitAt);
        if (half) unitAt += 3;
        if (v[unitAt] is "more" or "additional" or "full" or "straight" or "consecutive" or "long") unitAt++;
        if (!TimeLexicon.TryUnit(v[unitAt], out var unit, out bool plural) || v[unitAt + 1] is "old" or "-old") return null;
        if (count is 1 && plural || count > 1 && !plural && v[at + countLength] is "a" or "an") return null;
        if (v[at] is "a" or "an" && (the || modified)) return null;
        int end = unitAt + 1;
        if (count is not null && !half && (v[end], v[end + 1], v[end + 2]) is ("and", "a", "half"))
        {
            half = true;
            end += 3;
        }
        if (half) return new TimeCandidate(i, end, TimeType.DURATION, new LiteralMeaning(TimeUnits.DurationAndHalf(unit, count!.Value)), the || modified);
        if (v[end] == "or" && (v[end + 1] is "so" or "more" || CountReader.Read(v, end + 1, out _) > 0 && v[end + 2] is not ("a" or "an")))
            end += TimeLexicon.TryUnit(v[end + 2], out _, out _) ? 3 : 2;
        if (!the && !modified) return Anchored(v, i, end, unit, count) ?? Duration(v, i, end, unit, count);
        return new TimeCandidate(i, end, TimeType.DURATION, new LiteralMeaning(TimeUnits.Duration(unit, count)), true);
    }

    // "2 1/2": the tokenizer gives "1" "/" "2" written together
    private static bool IsHalf(TokenView v, int i) => v[i] == "1" && v[i + 1] == "/" && v[i + 2] == "2" && v.Touches(i + 1) && v.Touches(i + 2);

    /// <summary>"two years ago", "a year earlier", "three days later", "two weeks from now".</summary>
    private static TimeCandidate? Anchored(TokenView v, int i, int end, TimeUnit unit, int? count)
    {
        int sign = v[end] switch { "ago" or "earlier" or "before" => -1, "later" or "after" => 1, "from" when v[end + 1] == "now" => 1, _ => 0 };
        if (sign == 0 || v[end] is "before" or "after" && v[end + 1] is not ("," or "." or "")) return null;
        int stop = v[end] == "from" ? end + 2 : end + 1;
        if (count is null) return new TimeCandidate(i, stop, TimeType.DATE, new LiteralMeaning(sign < 0 ? "PAST_REF" : "FUTURE_REF"));
        bool fromReference = v[end] is "earlier" or "later" or "before" or "after";
        if (unit == TimeUnit.Decade) (unit, count) = (TimeUnit.Year, count * 10);
        var meaning = new ShiftMeaning(unit, sign * count.Value, fromReference) { Comparison = unit == TimeUnit.Year };
        return new TimeCandidate(i, stop, unit < TimeUnit.Day ? TimeType.TIME : TimeType.DATE, meaning);
    }

    /// <summary>A duration, or a set when "a year" follows an amount ("$5 million a year").</summary>
    private static TimeCandidate? Duration(TokenView v, int i, int end, TimeUnit unit, int? count)
    {
        if (v[i] is "a" or "an" && IsAmount(v, i - 1) || v[i] == "per")
            return new TimeCandidate(i, end, TimeType.SET, new LiteralMeaning(TimeUnits.Set(unit)));
        if (v[i] is "a" or "an" && v[i - 1] is "in" or "of" && count == 1) return null; // "in a day's work", "of a week's"
        return new TimeCandidate(i, end, TimeType.DURATION, new LiteralMeaning(TimeUnits.Duration(unit, count)));
    }

    private static bool IsAmount(TokenView v, int i) =>
        v[i] is "million" or "billion" or "trillion" or "thousand" or "%" or "percent" or "times" or "once" or "twice" or "cents" or "dollars"
        || v.IsDigits(i) || v[i].Length > 0 && char.IsAsciiDigit(v[i][0]);

    /// <summary>"the past few years" is read by the count; "the coming years", "the past months": PXY, PXM.</summary>
    private static TimeCandidate? VaguePlural(TokenView v, int i, int at)
    {
        if (!TimeLexicon.TryUnit(v[at], out var unit, out bool plural) || !plural) return null;
        if (at == i + 1 && v[i] == "the") return null; // "the years" alone is too often not a time
        return new TimeCandidate(i, at + 1, TimeType.DURATION, new LiteralMeaning(TimeUnits.Duration(unit, null)), true);
    }

    /// <summary>"two-year", "16-hour", "30-day", "day-long", "decades-long": durations in one token.</summary>
    public static TimeCandidate? Compound(TokenView v, int i)
    {
        if (!CountReader.TryCompound(v[i], out int? count, out var unit)) return null;
        return new TimeCandidate(i, i + 1, TimeType.DURATION, new LiteralMeaning(TimeUnits.Duration(unit, count)));
    }

    /// <summary>"for years", "for months", "for decades": a duration of unknown length (the unit only).</summary>
    public static TimeCandidate? BarePlural(TokenView v, int i)
    {
        if (v[i - 1] is not ("for" or "in" or "within" or "over") || !TimeLexicon.TryUnit(v[i], out var unit, out bool plural) || !plural) return null;
        if (v[i + 1] is "of" or "'" or "before" or "after" or "that" or "since" || unit is TimeUnit.Quarter) return null;
        return new TimeCandidate(i, i + 1, TimeType.DURATION, new LiteralMeaning(TimeUnits.Duration(unit, null)));
    }
}
