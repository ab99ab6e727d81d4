using Newsgraph.Analysis.Text;
using Newsgraph.Core.Model;

namespace Newsgraph.Analysis.Quotes;

/// <summary>
/// Decides what is a quote and whose: each quoted stretch is tied to the attribution next to it ("…," X
/// said / X said: "…") or the one whose content holds it; stretches with neither inherit the speaker of
/// the nearest earlier attribution in their paragraph or the one before. Titles and scare-quoted terms
/// without a speaker are not quotes. Attribution contents that <paramref name="reported"/> accepts become
/// indirect or mixed quotes.
/// </summary>
internal sealed class QuoteAssembler(QuoteText qt, IReadOnlyList<Attribution> attributions, IReadOnlyList<TextSpan> paragraphs, Func<Attribution, bool> reported)
{
    /// <summary>Shortest partial quote inside indirect speech reported as a quote of its own; shorter ones are
    /// the writer's scare quotes around a term and stay inside their mixed quote.</summary>
    private const int MinPartialWords = 3;

    /// <summary>Shortest quoted stretch without any attribution that is still taken as a quote.</summary>
    private const int MinUnattributedWords = 5;

    public List<(Quote Quote, Attribution? From)> Assemble()
    {
        var quotes = new List<(Quote, Attribution?)>();
        (QuotedSpan Span, Attribution From)? previous = null;
        foreach (var span in qt.Quoted)
        {
            var (attribution, adjacent) = Governing(span);
            if (!IsQuote(span, attribution, adjacent) && !(attribution is null && ContinuesInParagraph(span, previous))) continue;
            var from = attribution ?? Inherited(span, previous);
            quotes.Add((Direct(span, from), from));
            if (from is not null && !span.Single) previous = (span, from);
        }
        foreach (var a in attributions)
        {
            if (!IsReportable(qt, a) || !reported(a)) continue;
            quotes.Add((Reported(a), a));
        }
        quotes.Sort((x, y) => x.Item1.Content.Start.CompareTo(y.Item1.Content.Start));
        return quotes;
    }

    private bool IsQuote(QuotedSpan span, Attribution? attribution, bool adjacent)
    {
        int words = span.WordCount(qt.Text);
        if (words == 0) return false;
        if (span.Single) return adjacent && words >= MinPartialWords;
        if (adjacent) return true;
        // A sentence's subject without a cue may be starring in a title rather than saying it.
        if (attribution is not null) return words >= MinPartialWords && !(attribution.SubjectOnly && IsTitleCase(span));
        return words >= MinUnattributedWords && !IsTitleCase(span);
    }

    /// <summary>The attribution a quoted stretch belongs to, and whether its cue stands right next to it.</summary>
    private (Attribution? Attribution, bool Adjacent) Governing(QuotedSpan span)
    {
        int open = qt.TokenAtOrAfter(span.OpenMark);
        if (open >= qt.Tokens.Count) return (null, false);
        var unit = qt.UnitOf(open);
        int after = qt.TokenAtOrAfter(span.AfterClose);
        var inUnit = attributions.Where(a => a.Unit == unit).ToList();
        // A credit right after the closing mark counts even where a sentence split put it in the next unit.
        var postposed = inUnit.Concat(attributions.Where(a => a.CueFirst == after)).FirstOrDefault(a => a.CueFirst >= after && a.Placement != CuePlacement.Preposed
                                                   && OnlyPunctuationBetween(after, Math.Min(a.CueFirst, a.SourceFirst)));
        if (postposed is not null) return (postposed, true);
        var before = inUnit.Where(a => a.CueEnd <= open && (a.ContentContains(new TextSpan(span.Start, span.End), qt.Tokens) || IntroducesQuote(a, open)))
                           .OrderByDescending(a => a.CueFirst).FirstOrDefault();
        if (before is not null) return (before, IntroducesQuote(before, open));
        var containing = inUnit.Where(a => a.ContentContains(new TextSpan(span.Start, span.End), qt.Tokens)).OrderByDescending(a => a.CueFirst).FirstOrDefault();
        if (containing is not null) return (containing, false);
        var later = inUnit.FirstOrDefault(a => a.CueFirst >= after && a.HasSource);
        if (later is not null) return (later, false);
        var announcing = Announcing(unit);
        return (announcing, announcing is not null);
    }

    /// <summary>A quote that opens its unit after one ending in a colon ("Dr. Ward stated:") belongs to the
    /// last attribution of that unit.</summary>
    private Attribution? Announcing((int First, int End) unit)
    {
        if (unit.First == 0 || qt.Lower[unit.First - 1] != ":" || !qt.InsideQuote[unit.First]) return null;
        var previous = qt.UnitOf(unit.First - 1);
        return attributions.LastOrDefault(a => a.Unit == previous && a.HasSource);
    }

    /// <summary>The cue introduces the quote when only a colon, comma or short adjunct stands between.</summary>
    private bool IntroducesQuote(Attribution a, int open) =>
        a.HasSource && (OnlyPunctuationBetween(a.CueEnd, open) || a.ContentFirst == open);

    private bool OnlyPunctuationBetween(int from, int to) =>
        Enumerable.Range(from, Math.Max(0, to - from)).All(k => !qt.IsWord(k));

    /// <summary>"“…,” Ann Roe said. “Short one.”": a quotation right after an attributed one in the same
    /// paragraph goes on with the same speaker, however short.</summary>
    private bool ContinuesInParagraph(QuotedSpan span, (QuotedSpan Span, Attribution From)? previous) =>
        previous is { } p && !span.Single && span.WordCount(qt.Text) > 0 && ParagraphIndex(span.Start) == ParagraphIndex(p.Span.Start);

    /// <summary>The speaker of the previous quote when it is in the same paragraph or the one before ("…,"
    /// Pompeo added. "…"), else the nearest earlier attribution with a source that close.</summary>
    private Attribution? Inherited(QuotedSpan span, (QuotedSpan Span, Attribution From)? previous)
    {
        int paragraph = ParagraphIndex(span.Start);
        var nearest = attributions.LastOrDefault(a => a.HasSource && qt.Tokens[a.CueFirst].Start < span.OpenMark
                                                      && paragraph - ParagraphIndex(qt.Tokens[a.CueFirst].Start) <= 1);
        // "Ann Roe argues that the plan failed. “…”": a speaker named (not a pronoun or relative, which mostly
        // refer back to the previous speaker) in a later sentence of the quote's own paragraph takes over.
        bool newSpeaker = nearest is not null && previous is { } q && qt.Tokens[nearest.CueFirst].Start > q.Span.End
                          && nearest.Unit != qt.UnitOf(qt.TokenAtOrAfter(q.Span.OpenMark))
                          && !(nearest.SourceEnd - nearest.SourceFirst == 1 && WordClasses.IsPronoun(qt.Lower[nearest.SourceFirst]))
                          && ParagraphIndex(qt.Tokens[nearest.CueFirst].Start) == paragraph;
        if (previous is { } p && paragraph - ParagraphIndex(p.Span.Start) <= 1 && !newSpeaker) return p.From;
        return nearest;
    }

    private int ParagraphIndex(int offset)
    {
        for (int p = 0; p < paragraphs.Count; p++)
            if (offset < paragraphs[p].End) return p;
        return paragraphs.Count - 1;
    }

    private bool IsTitleCase(QuotedSpan span)
    {
        var words = qt.Text[span.Start..span.End].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.All(w => !char.IsLetter(w[0]) || char.IsUpper(w[0]) || w.Length <= 3);
    }

    /// <summary>Whether an attribution's content could be reported as a quote of its own: it has one, found by
    /// a cue, with words outside quotation marks.</summary>
    public static bool IsReportable(QuoteText qt, Attribution a) => a.HasContent && !a.SubjectOnly && !IsOnlyQuotedText(qt, a);

    private static bool IsOnlyQuotedText(QuoteText qt, Attribution a)
    {
        for (int k = a.ContentFirst; k < a.ContentEnd; k++)
            if (!qt.InsideQuote[k] && qt.IsWord(k)) return false;
        return true;
    }

    private Quote Direct(QuotedSpan span, Attribution? from) => new()
    {
        Content = new AnchoredText(span.Start, span.End, qt.Text[span.Start..span.End]),
        Kind = QuoteKind.Direct,
        Cue = Cue(from),
        Speaker = from?.Speaker,
        Via = from?.Via,
    };

    private Quote Reported(Attribution a)
    {
        int start = qt.Tokens[a.ContentFirst].Start, end = qt.Tokens[a.ContentEnd - 1].End;
        bool mixed = qt.Quoted.Any(q => !q.Single && q.OpenMark >= start && q.CloseMark < end);
        return new Quote
        {
            Content = new AnchoredText(start, end, qt.Text[start..end]),
            Kind = mixed ? QuoteKind.Mixed : QuoteKind.Indirect,
            Cue = Cue(a), Speaker = a.Speaker, Via = a.Via,
        };
    }

    private AnchoredText? Cue(Attribution? a)
    {
        if (a is null) return null;
        int start = qt.Tokens[a.CueFirst].Start, end = qt.Tokens[a.CueEnd - 1].End;
        return new AnchoredText(start, end, qt.Text[start..end]);
    }
}
