namespace Newsgraph.Analysis.Time;

/// <summary>Whether the clause around a time expression speaks of the past or the future.</summary>
internal enum Tense { Unknown, Past, Future }

/// <summary>
/// Reads the tense of the clause around a time expression from a tense cue in its sentence: a modal or
/// planning word ("will", "expected", "scheduled") for the future; a past form ("said", "was", a verb in
/// -ed) for the past. The verb before the expression governs it more often than the one after
/// ("will meet Bush on Thursday", "said Monday it would vote"), so the words before are read first.
/// </summary>
internal static class TenseReader
{
    private const int Window = 10;

    private static readonly HashSet<string> NotVerbs = new(StringComparer.Ordinal)
    {
        "need", "needed", "speed", "hundred", "red", "bed", "seed", "feed", "breed", "united", "limited", "based",
        "related", "proposed", "expected", "scheduled", "planned", "armed", "so-called", "indeed", "embed", "creed",
    };

    public static Tense Read(TokenView v, int sentenceFirst, int sentenceEnd, int first, int end)
    {
        // a possessive weekday names a past occasion: "Wednesday's ruling"
        if (v[end] == "'s") return Tense.Past;
        for (int i = first - 1; i >= Math.Max(sentenceFirst, first - Window); i--)
            if (Cue(v, i) is { } before) return before;
        for (int i = end; i < Math.Min(sentenceEnd, end + Window); i++)
            if (Cue(v, i) is { } after) return after;
        return Tense.Unknown;
    }

    // "succeed", "exceed", "proceed" end in -ed without being past forms
    private static bool IsRegularPast(TokenView v, int i, string w) =>
        w.Length >= 5 && w.EndsWith("ed", StringComparison.Ordinal) && !NotVerbs.Contains(w) && !v.IsCapitalised(i)
        && (!w.EndsWith("eed", StringComparison.Ordinal) || w is "agreed" or "freed" or "decreed" or "guaranteed");

    private static Tense? Cue(TokenView v, int i)
    {
        string w = v[i];
        if (TimeLexicon.FutureCues.Contains(w)) return w == "wo" && v[i + 1] != "n't" ? null : Tense.Future;
        if (w == "to" && v[i + 1] == "be") return Tense.Future;
        bool pastForm = TimeLexicon.PastCues.Contains(w) || IsRegularPast(v, i, w);
        // a participle after "be" is passive, not past: "will be paid", "to be named"
        if (pastForm && v[i - 1] is "be" or "been" or "being") return null;
        return pastForm ? Tense.Past : null;
    }
}
