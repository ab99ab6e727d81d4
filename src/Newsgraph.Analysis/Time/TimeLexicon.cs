using Newsgraph.Analysis.Lexicons;

namespace Newsgraph.Analysis.Time;

/// <summary>
/// The English words that time expressions are built from: month and weekday names, numbers, units,
/// seasons, parts of the day, and the fuzzy words TimeML gives reference values (now → PRESENT_REF).
/// All keys are lower case.
/// </summary>
internal static class TimeLexicon
{
    public static readonly Dictionary<string, int> Months = ResourceLoader.NumberedWords("months", StringComparer.Ordinal);

    /// <summary>ISO weekday numbers: Monday = 1 … Sunday = 7.</summary>
    public static readonly Dictionary<string, int> Weekdays = ResourceLoader.NumberedWords("weekdays", StringComparer.Ordinal);

    public static readonly Dictionary<string, int> NumberWords = ResourceLoader.NumberedWords("number-words", StringComparer.Ordinal);

    /// <summary>Counts that say "some number of": a duration of them is PXY, PXD, ...</summary>
    public static readonly HashSet<string> VagueCounts = new(StringComparer.Ordinal)
    {
        "several", "few", "many", "some", "couple", "numerous",
    };

    public static readonly Dictionary<string, int> Ordinals = new(StringComparer.Ordinal)
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["1st"] = 1, ["2nd"] = 2, ["3rd"] = 3, ["4th"] = 4,
    };

    private static readonly Dictionary<string, TimeUnit> UnitWords = new(StringComparer.Ordinal)
    {
        ["second"] = TimeUnit.Second, ["minute"] = TimeUnit.Minute, ["hour"] = TimeUnit.Hour, ["day"] = TimeUnit.Day,
        ["weekend"] = TimeUnit.Weekend, ["week"] = TimeUnit.Week, ["month"] = TimeUnit.Month, ["quarter"] = TimeUnit.Quarter,
        ["year"] = TimeUnit.Year, ["decade"] = TimeUnit.Decade, ["century"] = TimeUnit.Century, ["centurie"] = TimeUnit.Century,
        ["fortnight"] = TimeUnit.Week,
    };

    /// <summary>Reads a unit word, singular or plural ("years", "centuries"); says which it was.</summary>
    public static bool TryUnit(string word, out TimeUnit unit, out bool plural)
    {
        plural = false;
        if (UnitWords.TryGetValue(word, out unit)) return true;
        if (word.Length > 3 && word[^1] == 's')
        {
            plural = true;
            var stem = word.EndsWith("ies", StringComparison.Ordinal) ? word[..^3] + "ie" : word[..^1];
            if (UnitWords.TryGetValue(stem, out unit)) return true;
        }
        return false;
    }

    public static readonly Dictionary<string, string> Seasons = new(StringComparer.Ordinal)
    {
        ["spring"] = "SP", ["summer"] = "SU", ["fall"] = "FA", ["autumn"] = "FA", ["winter"] = "WI",
    };

    public static readonly Dictionary<string, string> PartsOfDay = new(StringComparer.Ordinal)
    {
        ["morning"] = "MO", ["afternoon"] = "AF", ["evening"] = "EV", ["night"] = "NI", ["overnight"] = "NI",
    };

    /// <summary>Adverbs of frequency and the unit they repeat.</summary>
    public static readonly Dictionary<string, TimeUnit> Frequencies = new(StringComparer.Ordinal)
    {
        ["hourly"] = TimeUnit.Hour, ["daily"] = TimeUnit.Day, ["nightly"] = TimeUnit.Day, ["weekly"] = TimeUnit.Week,
        ["monthly"] = TimeUnit.Month, ["yearly"] = TimeUnit.Year,
    };

    /// <summary>Words that are time expressions on their own with a reference value.</summary>
    public static readonly Dictionary<string, string> FuzzyWords = new(StringComparer.Ordinal)
    {
        ["now"] = "PRESENT_REF", ["currently"] = "PRESENT_REF", ["current"] = "PRESENT_REF", ["nowadays"] = "PRESENT_REF",
        ["recently"] = "PAST_REF", ["lately"] = "PAST_REF",
    };

    /// <summary>Words before a number that TimeML keeps inside the expression ("nearly two years").</summary>
    public static readonly HashSet<string> Approximators = new(StringComparer.Ordinal)
    {
        "nearly", "almost", "around", "roughly", "approximately", "some",
    };

    /// <summary>Two-word approximators ("more than", "at least").</summary>
    public static readonly HashSet<(string, string)> ApproximatorPairs =
    [
        ("more", "than"), ("less", "than"), ("fewer", "than"), ("at", "least"), ("at", "most"), ("up", "to"),
        ("just", "over"), ("just", "under"),
    ];

    /// <summary>Modifiers that place a point inside a period: "early December", "late yesterday".</summary>
    public static readonly HashSet<string> PeriodPositions = new(StringComparer.Ordinal) { "early", "late", "mid", "middle" };

    /// <summary>Words of the clause that mark it as about the future.</summary>
    public static readonly HashSet<string> FutureCues = ResourceLoader.WordSet("future-cues", StringComparer.Ordinal);

    /// <summary>Words of the clause that mark it as about the past.</summary>
    public static readonly HashSet<string> PastCues = ResourceLoader.WordSet("past-cues", StringComparer.Ordinal);
}
