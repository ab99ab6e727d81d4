using System.Globalization;

namespace Newsgraph.Analysis.Time;

/// <summary>Reads the count in front of a unit: "3", "twenty-four", "a", "several", "a few", "a couple of".
/// A vague count reads as null (TIMEX3 writes it X).</summary>
internal static class CountReader
{
    /// <summary>Returns how many tokens the count takes (0 when there is none).</summary>
    public static int Read(TokenView v, int i, out int? count)
    {
        count = null;
        string w = v[i];
        // "a couple of" is two (TimeML counts it), "a few" stays vague
        if (w is "a" or "an" && v[i + 1] is "few" or "couple") return Read(v, i + 1, out count) + 1;
        if (w == "couple") count = 2;
        if (TimeLexicon.VagueCounts.Contains(w)) return v[i + 1] == "of" && w is "couple" or "few" ? 2 : 1;
        if (v.IsDigits(i) && w.Length <= 3)
        {
            count = int.Parse(w, CultureInfo.InvariantCulture);
            return 1;
        }
        return ReadWords(v, i, out count);
    }

    private static int ReadWords(TokenView v, int i, out int? count)
    {
        count = null;
        if (TryWordNumber(v[i], out int first))
        {
            count = first;
            // "twenty four", "a hundred", "two thousand"
            if (first >= 20 && first % 10 == 0 && first < 100 && TryWordNumber(v[i + 1], out int unit) && unit < 10 && v[i + 1] is not ("a" or "an"))
            {
                count = first + unit;
                return 2;
            }
            if (v[i + 1] is "hundred" or "thousand")
            {
                count = first * (v[i + 1] == "hundred" ? 100 : 1000);
                return 2;
            }
            return 1;
        }
        return 0;
    }

    /// <summary>Number words, also hyphenated tens ("twenty-four").</summary>
    public static bool TryWordNumber(string w, out int value)
    {
        if (TimeLexicon.NumberWords.TryGetValue(w, out value)) return true;
        int dash = w.IndexOf('-');
        if (dash > 0 && TimeLexicon.NumberWords.TryGetValue(w[..dash], out int tens) && tens is >= 20 and < 100
            && TimeLexicon.NumberWords.TryGetValue(w[(dash + 1)..], out int ones) && ones < 10)
        {
            value = tens + ones;
            return true;
        }
        return false;
    }

    /// <summary>Reads a hyphenated count-unit compound: "two-year", "16-hour", "30-day", "day-long".</summary>
    public static bool TryCompound(string w, out int? count, out TimeUnit unit)
    {
        count = null;
        unit = default;
        var parts = w.Split('-');
        if (parts.Length < 2) return false;
        if (parts.Length == 2 && parts[1] == "long" && TimeLexicon.TryUnit(parts[0], out unit, out bool pl) && !pl)
        {
            count = 1;
            return true;
        }
        // "three-quarters" is a fraction and "six-year-old" an age, not durations
        if (!TimeLexicon.TryUnit(parts[^1], out unit, out _) || unit == TimeUnit.Quarter) return false;
        var number = parts[0];
        if (number.All(char.IsAsciiDigit) && number.Length <= 3) { count = int.Parse(number, CultureInfo.InvariantCulture); return true; }
        if (TryWordNumber(number, out int n) && number is not ("a" or "an")) { count = n; return true; }
        if (parts.Length == 3 && TryWordNumber(parts[0] + "-" + parts[1], out n)) { count = n; return true; }
        if (TimeLexicon.VagueCounts.Contains(number) || number is "multi") return true;
        return false;
    }
}
