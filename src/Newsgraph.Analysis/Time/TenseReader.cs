using Newsgraph.Analysis.Lexicons;

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

    private static readonly HashSet<string> NotVerbs = ResourceLoader.WordSet("not-verbs", StringComparer.Ordinal);

    public static Tense Read(TokenView v, int sentenceFirst, int sentenceEnd, int first, int end)
    {
        // a possessive weekday names a past occasion: "Wednesday's ruling"
        if (v[end] == "'s") return Tense.Past;
        for (int i = first - 1; i >= Math.Max(sentenceFirst, first - Window); i--)
            if (Cue(v, i, first - i) is { } before) return before;
        for (int i = end; i < Math.Min(sentenceEnd, end + Window); i++)
            if (Cue(v, i, Window) is { } after) return after;
        return Tense.Unknown;
    }

    // "succeed", "exceed", "proceed" end in -ed without being past forms
    private static bool IsRegularPast(TokenView v, int i, string w) =>
        w.Length >= 5 && w.EndsWith("ed", StringComparison.Ordinal) && !NotVerbs.Contains(w) && !v.IsCapitalised(i)
        && (!w.EndsWith("eed", StringComparison.Ordinal) || w is "agreed" or "freed" or "decreed" or "guaranteed")
        && !ModifiesNoun(v, i);

    // after a determiner an -ed form describes a noun instead of telling a past: "a still unspecified date"
    private static bool ModifiesNoun(TokenView v, int i)
    {
        int k = v[i - 1] is "still" or "yet" or "already" or "newly" or "recently" or "previously" or "long" ? i - 2 : i - 1;
        return v[k] is "a" or "an" or "the" or "its" or "their" or "his" or "her" or "our" or "this" or "these" or "those";
    }

    private static readonly HashSet<string> NotInfinitives = ResourceLoader.WordSet("not-infinitives", StringComparer.Ordinal);

    // a lower-case word after "to" that is neither a determiner nor a number: the verb of an infinitive
    private static bool IsBareVerb(TokenView v, int i) =>
        v[i] is { Length: > 1 } w && w.All(char.IsAsciiLetterLower) && !v.IsCapitalised(i) && !NotInfinitives.Contains(w)
        && !w.EndsWith("ing", StringComparison.Ordinal) && !TimeLexicon.TryUnit(w, out _, out _);

    /// <summary>"to VERB EXPR" or "to VERB on EXPR", not after a past form ("agreed to", "had been due to").</summary>
    private static bool GovernsAsInfinitive(TokenView v, int to, int distance)
    {
        bool adjacent = distance == 2 || distance == 3 && v[to + 2] is "on" or "by" or "until" or "at" or "before" or "after";
        if (!adjacent || !IsBareVerb(v, to + 1)) return false;
        return !Enumerable.Range(to - 2, 2).Any(k => TimeLexicon.PastCues.Contains(v[k]) || v[k] == "been" || IsRegularPast(v, k, v[k]));
    }

    private static Tense? Cue(TokenView v, int i, int distance)
    {
        string w = v[i];
        if (TimeLexicon.FutureCues.Contains(w)) return w == "wo" && v[i + 1] != "n't" ? null : Tense.Future;
        // an infinitive right before the expression plans what comes ("set to resume Monday", "is to vote
        // Tuesday", "as early as Tuesday"), unless a past form governs it ("agreed to halt Monday")
        if (w == "to" && GovernsAsInfinitive(v, i, distance)) return Tense.Future;
        if (w == "as" && v[i - 1] is "early" or "soon" && v[i - 2] == "as") return Tense.Future;
        bool pastForm = TimeLexicon.PastCues.Contains(w) || IsRegularPast(v, i, w);
        // a participle after "be" is passive, not past: "will be paid", "to be named"
        if (pastForm && v[i - 1] is "be" or "been" or "being") return null;
        return pastForm ? Tense.Past : null;
    }
}
