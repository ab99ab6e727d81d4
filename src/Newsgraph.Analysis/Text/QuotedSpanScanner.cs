using Newsgraph.Core.Model;

namespace Newsgraph.Analysis.Text;

/// <summary>
/// Finds the stretches of text between quotation marks, paragraph by paragraph. Double marks pair by role
/// (a mark facing either way closes an open quote and otherwise opens one); a paragraph that opens a quote
/// without closing it continues into the next paragraph when that one opens with a mark, the news
/// convention for quotes of several paragraphs. Single marks count only outside double quotes and only when
/// they cannot be apostrophes.
/// </summary>
internal static class QuotedSpanScanner
{
    /// <summary>Longest single-quoted stretch taken as a quote; longer ones are apostrophes mis-paired.</summary>
    private const int MaxSingleQuoteLength = 400;

    public static List<QuotedSpan> Scan(string text, IReadOnlyList<TextSpan> paragraphs)
    {
        var spans = new List<QuotedSpan>();
        int pendingOpen = -1, pendingStart = -1;
        for (int p = 0; p < paragraphs.Count; p++)
        {
            var para = paragraphs[p];
            int open = -1, contentStart = -1;
            if (pendingOpen >= 0 && StartsWithOpeningMark(text, para, out int markLength))
            {
                open = pendingOpen;
                contentStart = pendingStart;
                ScanDoubles(text, para.Start + markLength, para.End, spans, ref open, ref contentStart);
            }
            else
            {
                open = -1;
                ScanDoubles(text, para.Start, para.End, spans, ref open, ref contentStart);
            }
            pendingOpen = -1;
            if (open >= 0 && p + 1 < paragraphs.Count && StartsWithOpeningMark(text, paragraphs[p + 1], out _))
            {
                pendingOpen = open;
                pendingStart = contentStart;
            }
        }
        AddSingles(text, paragraphs, spans);
        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        return spans;
    }

    private static bool StartsWithOpeningMark(string text, TextSpan para, out int length)
    {
        length = para.Length > 0 ? QuoteMarks.DoubleMarkLength(text, para.Start) : 0;
        return length > 0 && QuoteMarks.Role(text, para.Start, length) != MarkRole.Close;
    }

    private static void ScanDoubles(string text, int from, int to, List<QuotedSpan> spans, ref int open, ref int contentStart)
    {
        for (int i = from; i < to; i++)
        {
            int length = QuoteMarks.DoubleMarkLength(text, i);
            if (length == 0) continue;
            var role = QuoteMarks.Role(text, i, length);
            if (open < 0)
            {
                // A stray closer outside any quote is a typo or a quote begun before the article; skip it.
                if (role != MarkRole.Close) { open = i; contentStart = i + length; }
            }
            else if (role != MarkRole.Open || text[i] == text[open])
            {
                // "''… 'old-school,''' said": three apostrophes close an inner single quote, then the double one.
                if (length == 2 && text[i] == '\'' && i + 2 < to && text[i + 2] == '\'') i++;
                if (i > contentStart) spans.Add(new QuotedSpan(open, contentStart, i, i, false) { AfterClose = i + length });
                open = -1;
            }
            else
            {
                // A clear opener inside an open quote: the earlier opener was never closed; restart here.
                open = i;
                contentStart = i + length;
            }
            i += length - 1;
        }
    }

    private static void AddSingles(string text, IReadOnlyList<TextSpan> paragraphs, List<QuotedSpan> spans)
    {
        var doubles = spans.ToList();
        foreach (var para in paragraphs)
        {
            int open = -1;
            for (int i = para.Start; i < para.End; i++)
            {
                char c = text[i];
                if (c == '\'' && i + 1 < text.Length && text[i + 1] == '\'') { i++; continue; } // a doubled mark
                if (!QuoteMarks.IsSingleMark(c)) continue;
                if (InsideAny(doubles, i)) continue;
                if (open < 0 && IsSingleOpener(text, i)) open = i;
                else if (open >= 0 && IsSingleCloser(text, i))
                {
                    if (i - open <= MaxSingleQuoteLength && !doubles.Any(d => d.OpenMark > open && d.OpenMark < i))
                        spans.Add(new QuotedSpan(open, open + 1, i, i, true));
                    open = -1;
                }
            }
        }
    }

    private static bool InsideAny(List<QuotedSpan> spans, int i) => spans.Any(s => i >= s.OpenMark && i <= s.CloseMark);

    private static bool IsSingleOpener(string text, int i) =>
        text[i] is not '\u2019' and not '\u203a'
        && (i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '\u2014')
        && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]);

    /// <summary>A closing single mark: after a letter or punctuation, before space or punctuation, and not the
    /// apostrophe of a plural possessive ("voters' rights").</summary>
    private static bool IsSingleCloser(string text, int i)
    {
        if (text[i] is '\u2018' or '\u2039' or '\u201a') return false;
        char before = text[i - 1];
        bool afterOk = i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]) || text[i + 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or '"' or '\u201d';
        if (!afterOk || char.IsWhiteSpace(before)) return false;
        bool pluralPossessive = before == 's' && i + 1 < text.Length && char.IsWhiteSpace(text[i + 1])
                                && i + 2 < text.Length && char.IsLower(text[i + 2]);
        return !pluralPossessive;
    }
}
