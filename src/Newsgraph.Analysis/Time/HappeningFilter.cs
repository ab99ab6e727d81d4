using Newsgraph.Analysis.Lexicons;
using Newsgraph.Core.Model;

namespace Newsgraph.Analysis.Time;

/// <summary>
/// Tells which dated expressions date a happening the clause reports. Not every date does: one that
/// describes a thing ("the 1987 Chevrolet", "the year-earlier $4.5 million") or opens an open-ended period
/// ("since 1993") dates no single happening; the second date of a range ("between 1982 and 1992", "from
/// May 3 to May 9") or the end of a reporting period ("the quarter ended Sept. 30") belongs to the first;
/// and a clause of names and dates alone (a dateline "PARIS, March 12 (Agency)") reports nothing.
/// </summary>
internal static class HappeningFilter
{
    /// <summary>Words that join a date to the one before it into one span of time.</summary>
    private static readonly HashSet<string> RangeJoiners = ResourceLoader.WordSet("range-joiners", StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase) { "the", "a", "an", "its", "their", "his", "her" };

    /// <summary>Function words that say nothing of what happened.</summary>
    private static readonly HashSet<string> FunctionWords = ResourceLoader.WordSet("happening-function-words", StringComparer.Ordinal);

    /// <summary>Whether the expression at <paramref name="time"/> describes a thing or opens a period instead
    /// of dating a happening.</summary>
    public static bool DatesNoHappening(string text, TimeExpression time)
    {
        var previous = PreviousWord(text, time.At.Start);
        return previous is "since" or "Since" || Determiners.Contains(previous) && IsAttributive(text, time.At.End);
    }


    /// <summary>Whether <paramref name="later"/> continues <paramref name="earlier"/> as one span of time:
    /// only a range word, a dash or "ended" lies between them.</summary>
    public static bool Continues(string text, TimeExpression earlier, TimeExpression later)
    {
        if (later.At.Start < earlier.At.End) return false;
        var between = text[earlier.At.End..later.At.Start].Trim().TrimEnd(',').Trim();
        return RangeJoiners.Contains(between);
    }

    /// <summary>Whether the clause has a word that tells what happened, not only names, numbers and dates.</summary>
    public static bool SaysWhatHappened(string text, TextSpan clause, IEnumerable<TimeExpression> times)
    {
        int i = clause.Start;
        while (i < clause.End)
        {
            if (!char.IsLetter(text[i])) { i++; continue; }
            int start = i;
            while (i < clause.End && (char.IsLetter(text[i]) || text[i] is '\'' or '-')) i++;
            var word = text[start..i];
            bool inTime = times.Any(t => t.At.Start <= start && i <= t.At.End);
            if (!inTime && char.IsLower(word[0]) && word.Length > 1 && !FunctionWords.Contains(word)) return true;
        }
        return false;
    }

    // after a determiner, a name or an amount right after the date: "the 1987 Chevrolet", "the year-earlier $4.5 million"
    private static bool IsAttributive(string text, int end)
    {
        int i = end;
        while (i < text.Length && text[i] == ' ') i++;
        if (i == end || i >= text.Length) return false;
        char c = text[i];
        return c is '$' or '\u20ac' or '\u00a3' || char.IsAsciiDigit(c) || char.IsUpper(c);
    }

    private static string PreviousWord(string text, int start)
    {
        int end = start;
        while (end > 0 && text[end - 1] == ' ') end--;
        int begin = end;
        while (begin > 0 && char.IsLetter(text[begin - 1])) begin--;
        return text[begin..end];
    }
}
