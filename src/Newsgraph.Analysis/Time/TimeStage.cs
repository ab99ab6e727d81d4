using Newsgraph.Analysis.Text;
using Newsgraph.Core.Model;
using Newsgraph.Core.Pipeline;

namespace Newsgraph.Analysis.Time;

/// <summary>What the time stage reads relative dates against when the article states no date.</summary>
public sealed record TimeStageOptions
{
    /// <summary>The day "yesterday" and "on Tuesday" count from when the article has no publication date
    /// (for instance the day an archive captured the page); without either, such values stay unanchored.</summary>
    public DateOnly? ReferenceDate { get; init; }
}

/// <summary>Fills the Times layer: TIMEX3 time expressions normalised against the article's date.</summary>
public sealed class TimeStage(TimeStageOptions? options = null) : IDocumentStage
{
    private readonly TimeStageOptions _options = options ?? new();

    public string Name => "time";
    public IReadOnlyCollection<Layer> Requires { get; } = [Layer.Tokens, Layer.Sentences];
    public IReadOnlyCollection<Layer> Produces { get; } = [Layer.Times];

    public void Process(ArticleDocument document, CancellationToken cancellationToken = default)
    {
        document.Times = Find(document.Text, document.Tokens ?? [], document.Sentences ?? [], document.Published?.Date ?? _options.ReferenceDate, document.LowerTokens);
    }

    /// <summary>Recognises and normalises the time expressions of a tokenised text.</summary>
    public static List<TimeExpression> Find(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, DateOnly? dct, IReadOnlyList<string>? lowerTokens = null)
    {
        var view = new TokenView(tokens, lowerTokens ?? TokenizerStage.LowerCase(tokens));
        var sentenceOf = SentenceIndex(tokens.Count, sentences, out var bounds);
        var resolver = new TimeValueResolver(dct);
        var candidates = TimeExpressionRecognizer.Recognize(view);
        var times = new List<TimeExpression>();
        int sentenceWithDay = -1;
        for (int k = 0; k < candidates.Count; k++)
        {
            var c = candidates[k];
            int sentence = sentenceOf[c.First];
            var (first, end) = bounds[sentence];
            var meaning = c.Meaning;
            if (sentenceWithDay != sentence && IsBareClock(meaning) && DayLater(view, candidates, k, sentenceOf, bounds, resolver) is { } day)
                meaning = new CalendarMeaning(day.Year, day.Month, day.Day) { Suffix = meaning.Suffix };
            var value = resolver.Resolve(meaning, TenseReader.Read(view, first, end, c.First, c.End));
            var timex = new TimexValue(value);
            if (timex.Day is not null) sentenceWithDay = sentence;
            int start = tokens[c.First].Start, stop = SpanEnd(text, tokens, c.End - 1, end);
            times.Add(new TimeExpression(new Id<TimeExpression>(times.Count + 1), new AnchoredText(start, stop, text[start..stop]), c.Type, timex));
        }
        return times;
    }

    // "6 a.m." with no day of its own
    private static bool IsBareClock(TimeMeaning meaning) => meaning is ShiftMeaning { Unit: TimeUnit.Day, Offset: 0, FromReference: true, Suffix: not null };

    /// <summary>The day that a later expression of the same clause names: "left at 6 a.m. and sank near the reef on
    /// Tuesday" happened on that Tuesday, not on the day the narrative mentioned before the sentence. A comma,
    /// semicolon or dash between them may open another clause about another day.</summary>
    private static DateOnly? DayLater(TokenView view, List<TimeCandidate> candidates, int k, int[] sentenceOf, List<(int First, int End)> bounds, TimeValueResolver resolver)
    {
        int sentence = sentenceOf[candidates[k].First];
        var (first, end) = bounds[sentence];
        for (int j = k + 1; j < candidates.Count && sentenceOf[candidates[j].First] == sentence; j++)
        {
            var later = candidates[j];
            if (Enumerable.Range(candidates[j - 1].End, later.First - candidates[j - 1].End).Any(t => view[t] is "," or ";" or "--" or "-" or "\u2014")) return null;
            if (resolver.DayOf(later.Meaning, TenseReader.Read(view, first, end, later.First, later.End)) is { } day) return day;
        }
        return null;
    }

    // A period that ends both an abbreviation and the sentence ("at 10 p.m.") belongs to the sentence.
    private static int SpanEnd(string text, IReadOnlyList<Token> tokens, int last, int sentenceEnd)
    {
        var token = tokens[last];
        bool closesSentence = last == sentenceEnd - 1 && token.Text.Length > 1 && token.Text[^1] == '.';
        return closesSentence ? token.End - 1 : token.End;
    }

    /// <summary>Maps each token to its sentence and gives each sentence's token range.</summary>
    private static int[] SentenceIndex(int tokenCount, IReadOnlyList<Sentence> sentences, out List<(int First, int End)> bounds)
    {
        var index = new int[tokenCount];
        bounds = new List<(int First, int End)>(sentences.Count);
        foreach (var sentence in sentences)
        {
            Array.Fill(index, bounds.Count, sentence.FirstToken, sentence.TokenCount);
            bounds.Add((sentence.FirstToken, sentence.EndToken));
        }
        return index;
    }
}
