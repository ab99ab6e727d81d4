namespace Newsgraph.Analysis.Time;

/// <summary>
/// The English words that time expressions are built from: month and weekday names, numbers, units,
/// seasons, parts of the day, and the fuzzy words TimeML gives reference values (now → PRESENT_REF).
/// All keys are lower case.
/// </summary>
internal static class TimeLexicon
{
    public static readonly Dictionary<string, int> Months = new(StringComparer.Ordinal)
    {
        ["january"] = 1, ["jan."] = 1, ["jan"] = 1, ["february"] = 2, ["feb."] = 2, ["feb"] = 2,
        ["march"] = 3, ["mar."] = 3, ["april"] = 4, ["apr."] = 4, ["apr"] = 4, ["may"] = 5,
        ["june"] = 6, ["jun."] = 6, ["july"] = 7, ["jul."] = 7, ["august"] = 8, ["aug."] = 8, ["aug"] = 8,
        ["september"] = 9, ["sept."] = 9, ["sep."] = 9, ["sept"] = 9, ["october"] = 10, ["oct."] = 10, ["oct"] = 10,
        ["november"] = 11, ["nov."] = 11, ["nov"] = 11, ["december"] = 12, ["dec."] = 12, ["dec"] = 12,
    };

    /// <summary>ISO weekday numbers: Monday = 1 … Sunday = 7.</summary>
    public static readonly Dictionary<string, int> Weekdays = new(StringComparer.Ordinal)
    {
        ["monday"] = 1, ["tuesday"] = 2, ["wednesday"] = 3, ["thursday"] = 4, ["friday"] = 5, ["saturday"] = 6, ["sunday"] = 7,
        ["mon."] = 1, ["tue."] = 2, ["tues."] = 2, ["wed."] = 3, ["thu."] = 4, ["thur."] = 4, ["thurs."] = 4, ["fri."] = 5, ["sat."] = 6, ["sun."] = 7,
    };

    public static readonly Dictionary<string, int> NumberWords = new(StringComparer.Ordinal)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8,
        ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20,
        ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80,
        ["ninety"] = 90, ["hundred"] = 100, ["a"] = 1, ["an"] = 1, ["dozen"] = 12,
    };

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
    public static readonly HashSet<string> FutureCues = new(StringComparer.Ordinal)
    {
        "will", "'ll", "wo", "shall", "would", "going", "expected", "expects", "expect", "scheduled", "plans", "plan",
        "planned", "planning", "intends", "upcoming", "soon", "effective", "payable", "until", "tomorrow",
        // the present of a scheduled happening tells what comes: "the trial opens Monday", "talks resume Tuesday"
        "opens", "begins", "starts", "resumes", "meets", "expires", "convenes", "reopens", "meet", "resume", "convene",
    };

    /// <summary>Words of the clause that mark it as about the past.</summary>
    public static readonly HashSet<string> PastCues = new(StringComparer.Ordinal)
    {
        "said", "was", "were", "had", "did", "told", "ago", "last", "yesterday", "earlier", "came", "went", "took",
        "made", "met", "began", "gave", "got", "left", "won", "lost", "fell", "rose", "saw", "held", "sent", "spoke",
        "wrote", "paid", "sold", "bought", "found", "thought", "brought", "led", "ran", "became", "struck", "hit",
    };
}
