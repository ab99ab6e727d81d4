using Newsgraph.Analysis.Text;
using Newsgraph.Core.Model;

namespace Newsgraph.Analysis.Time;

/// <summary>
/// The clause that says what happened at a time expression: its sentence, cut at semicolons and dashes,
/// without a direct quotation that comes before the report of it (the quote is linked to the event; the
/// clause is "the State Department said in a statement on January 10"), and, where the sentence dates two
/// happenings ("said this week it had summoned … to condemn strikes on January 3"), cut between them at
/// the clause opener nearest to each.
/// </summary>
internal static class ClauseFinder
{
    private static readonly string[] ClauseOpeners = [" to ", " that ", " which ", " who ", " when ", " after ", " before ", " while ", " and ", " but ", ", "];

    public static TextSpan Find(string text, TextSpan sentence, TextSpan time, IReadOnlyList<TextSpan> quoted, IEnumerable<TextSpan> otherTimes)
    {
        int start = sentence.Start, end = sentence.End;
        foreach (var q in quoted)
            if (OpensSentence(text, q, sentence) && !q.Overlaps(time) && q.End <= time.Start) start = Math.Max(start, q.End);
        foreach (var other in otherTimes)
        {
            if (other.End <= time.Start && other.Start >= start) start = Math.Max(start, LastOpener(text, other.End, time.Start));
            else if (other.Start >= time.End && other.End <= end) end = Math.Min(end, FirstOpener(text, time.End, other.Start));
        }
        (start, end) = CutAtBreaks(text, start, end, time);
        return Trim(text, start, end);
    }

    // A quotation that opens its sentence is what was said; the report of the saying follows it.
    private static bool OpensSentence(string text, TextSpan quote, TextSpan sentence)
    {
        int i = sentence.Start;
        while (i < quote.Start && (char.IsWhiteSpace(text[i]) || IsEdgePunctuation(text[i]))) i++;
        return quote.Overlaps(sentence) && i >= quote.Start;
    }

    /// <summary>The clause after a word such as "after": up to the next clause break or the sentence end.</summary>
    public static TextSpan Following(string text, int from, TextSpan sentence)
    {
        if (from >= sentence.End) return new TextSpan(from, from);
        int end = sentence.End;
        foreach (var mark in new[] { ", ", "; ", " -- ", " \u2014 " })
            if (text.IndexOf(mark, from, sentence.End - from, StringComparison.Ordinal) is int k and >= 0) end = Math.Min(end, k);
        return Trim(text, from, end);
    }

    private static int LastOpener(string text, int from, int to)
    {
        int best = from;
        foreach (var w in ClauseOpeners)
            if (to - from >= w.Length && text.LastIndexOf(w, to - 1, to - from, StringComparison.Ordinal) is int k and >= 0) best = Math.Max(best, k);
        return best;
    }

    private static int FirstOpener(string text, int from, int to)
    {
        int best = to;
        foreach (var w in ClauseOpeners)
            if (to - from >= w.Length && text.IndexOf(w, from, to - from, StringComparison.Ordinal) is int k and >= 0) best = Math.Min(best, k);
        return best;
    }

    private static (int, int) CutAtBreaks(string text, int start, int end, TextSpan time)
    {
        // an expression may run past its sentence when the splitter cut inside it
        start = Math.Min(start, time.Start);
        end = Math.Max(end, time.End);
        foreach (var mark in new[] { "; ", " -- ", " \u2014 ", "\u2014" })
        {
            int before = text.LastIndexOf(mark, time.Start, time.Start - start, StringComparison.Ordinal);
            if (before >= start) start = before + mark.Length;
            int after = text.IndexOf(mark, time.End, end - time.End, StringComparison.Ordinal);
            if (after >= 0) end = after;
        }
        return (start, end);
    }

    private static TextSpan Trim(string text, int start, int end)
    {
        while (start < end && (char.IsWhiteSpace(text[start]) || IsEdgePunctuation(text[start]))) start++;
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || IsEdgePunctuation(text[end - 1]) || text[end - 1] == '.' && !IsAbbreviationEnd(text, end - 1))) end--;
        return new TextSpan(start, end);
    }

    // "U.S." keeps its period: a letter-period pair right before it
    private static bool IsAbbreviationEnd(string text, int dot) => dot >= 2 && text[dot - 2] == '.' && char.IsLetter(text[dot - 1]);

    private static bool IsEdgePunctuation(char c) => c is ',' or '"' or '\u201c' or '\u201d' or '\'' or '\u2018' or '\u2019' or ';' or ':' or '-';

    /// <summary>Double-quoted stretches, marks included, when no quote layer gives them: the quotes'
    /// scanner, so both stages agree on what is quoted.</summary>
    public static List<TextSpan> QuotedRegions(ArticleDocument document) =>
        QuotedSpanScanner.Scan(document.Text, document.Paragraphs().ToList())
            .Where(q => !q.Single)
            .Select(q => new TextSpan(q.OpenMark, q.AfterClose))
            .ToList();
}
