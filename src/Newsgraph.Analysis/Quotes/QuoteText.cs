using Newsgraph.Analysis.Text;
using Newsgraph.Core.Model;

namespace Newsgraph.Analysis.Quotes;

/// <summary>
/// The document as the quote finder reads it: tokens, which tokens lie inside quotation marks, and
/// "units": sentences re-joined where the sentence splitter cut inside a quotation, so that a quote of
/// several sentences and the "he said" after it form one unit.
/// </summary>
internal sealed class QuoteText
{
    /// <summary>How far into the sentence after a closed quote a cue may stand for the two to be one unit
    /// ("“…?” Trump asked.").</summary>
    private const int AttachedCueReach = 6;

    public QuoteText(string text, IReadOnlyList<Token> tokens, IReadOnlyList<string> lowerTokens, IReadOnlyList<Sentence> sentences, List<QuotedSpan> quoted, Func<string, bool> isCue)
    {
        Text = text;
        Tokens = tokens;
        Quoted = quoted;
        // cue words are listed with a straight apostrophe ("didn't")
        Lower = lowerTokens.Select(t => t.Contains('\u2019') ? t.Replace('\u2019', '\'') : t).ToArray();
        InsideQuote = MarkInside(tokens, quoted);
        Units = AttachTrailingCues(JoinUnits(tokens, sentences, quoted), isCue);
    }

    /// <summary>The quote view of an analysed document (tokens and sentences filled).</summary>
    public static QuoteText Of(ArticleDocument document)
    {
        var paragraphs = document.Paragraphs().ToList();
        var tokens = document.Tokens ?? [];
        return new QuoteText(document.Text, tokens, document.LowerTokens ?? TokenizerStage.LowerCase(tokens), document.Sentences ?? [],
            QuotedSpanScanner.Scan(document.Text, paragraphs), CueLexicon.Default.IsCue);
    }

    public string Text { get; }
    public IReadOnlyList<Token> Tokens { get; }
    public string[] Lower { get; }
    public List<QuotedSpan> Quoted { get; }

    /// <summary>Per token: whether it lies between quotation marks (marks themselves included).</summary>
    public bool[] InsideQuote { get; }

    /// <summary>Token ranges [First, End) of the quote-aware sentences.</summary>
    public List<(int First, int End)> Units { get; }

    /// <summary>Index of the first token that starts at or after <paramref name="offset"/>.</summary>
    public int TokenAtOrAfter(int offset)
    {
        int lo = 0, hi = Tokens.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (Tokens[mid].Start < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    public (int First, int End) UnitOf(int token)
    {
        foreach (var u in Units)
            if (token >= u.First && token < u.End) return u;
        return (token, token + 1);
    }

    public bool IsWord(int i) => char.IsLetterOrDigit(Tokens[i].Text[0]) || Tokens[i].Text.Length > 1 && char.IsLetterOrDigit(Tokens[i].Text[1]);

    public bool IsCapitalized(int i) => char.IsUpper(Tokens[i].Text[0]);

    /// <summary>Whether a paragraph break lies between two tokens.</summary>
    public bool BreakBetween(int a, int b) =>
        Text.AsSpan(Tokens[a].End, Math.Max(0, Tokens[b].Start - Tokens[a].End)).Contains("\n\n", StringComparison.Ordinal);

    /// <summary>Joins a sentence that ends with a closed quote to a short "Trump asked." that follows it: the
    /// splitter ends sentences at "?”" and "!”" before a capitalised name. A quote closed by a full stop
    /// ("… soft.” He says referees …") ends its sentence; only a bare credit ("He said Friday.") joins it.</summary>
    private List<(int First, int End)> AttachTrailingCues(List<(int First, int End)> units, Func<string, bool> isCue)
    {
        var joined = new List<(int First, int End)>(units.Count);
        foreach (var unit in units)
        {
            if (joined.Count > 0 && EndsWithClosedQuote(joined[^1]) && CueNearStart(unit, isCue) is int cue
                && (!QuoteClosedByFullStop(joined[^1]) || unit.End - cue <= BareCreditTail))
                joined[^1] = (joined[^1].First, unit.End);
            else joined.Add(unit);
        }
        return joined;
    }

    /// <summary>Most tokens a bare credit has from its cue on ("said on Friday .").</summary>
    private const int BareCreditTail = 4;

    /// <summary>Whether the last word inside the closing mark is followed by a full stop ("… soft.”").</summary>
    private bool QuoteClosedByFullStop((int First, int End) unit)
    {
        int k = unit.End - 1;
        while (k > unit.First && Tokens[k].Text.All(QuoteMarks.IsAnyMark)) k--;
        return Lower[k] == ".";
    }

    private bool EndsWithClosedQuote((int First, int End) unit) =>
        unit.End - 1 >= unit.First && InsideQuote[unit.End - 1] && Tokens[unit.End - 1].Text.All(QuoteMarks.IsAnyMark)
        && !BreakBetween(unit.End - 1, Math.Min(unit.End, Tokens.Count - 1));

    /// <summary>The cue among the first words of a unit (not its first word), if any.</summary>
    private int? CueNearStart((int First, int End) unit, Func<string, bool> isCue)
    {
        for (int k = unit.First; k < unit.End && k < unit.First + AttachedCueReach; k++)
        {
            if (InsideQuote[k] || Lower[k] is "." or "!" or "?") return null;
            if (isCue(Lower[k])) return k > unit.First ? k : null;
        }
        return null;
    }

    private static bool[] MarkInside(IReadOnlyList<Token> tokens, List<QuotedSpan> quoted)
    {
        var inside = new bool[tokens.Count];
        int q = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            while (q < quoted.Count && quoted[q].AfterClose <= tokens[i].Start) q++;
            for (int k = q; k < quoted.Count && quoted[k].OpenMark <= tokens[i].Start; k++)
                if (tokens[i].Start < quoted[k].AfterClose) { inside[i] = true; break; }
        }
        return inside;
    }

    private static List<(int, int)> JoinUnits(IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, List<QuotedSpan> quoted)
    {
        var units = new List<(int, int)>();
        int first = 0, t = 0;
        foreach (var sentence in sentences)
        {
            t = sentence.EndToken;
            bool cutsQuote = quoted.Any(q => !q.Single && q.Start < sentence.End && sentence.End < q.End);
            if (cutsQuote && t < tokens.Count) continue;
            if (t > first) units.Add((first, t));
            first = t;
        }
        if (first < tokens.Count) units.Add((first, tokens.Count));
        return units;
    }
}
