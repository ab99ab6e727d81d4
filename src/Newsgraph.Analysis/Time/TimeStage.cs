using Newsgraph.Core.Model;
using Newsgraph.Core.Pipeline;

namespace Newsgraph.Analysis.Time;

/// <summary>Fills the Times layer: TIMEX3 time expressions normalised against the article's date.</summary>
public sealed class TimeStage : IDocumentStage
{
    public string Name => "time";
    public IReadOnlyCollection<Layer> Requires { get; } = [Layer.Tokens, Layer.Sentences];
    public IReadOnlyCollection<Layer> Produces { get; } = [Layer.Times];

    public void Process(ArticleDocument document, CancellationToken cancellationToken = default)
    {
        document.Times = Find(document.Text, document.Tokens ?? [], document.Sentences ?? [], document.Published?.Date);
    }

    /// <summary>Recognises and normalises the time expressions of a tokenised text.</summary>
    public static List<TimeExpression> Find(string text, IReadOnlyList<Token> tokens, IReadOnlyList<TextSpan> sentences, DateOnly? dct)
    {
        var view = new TokenView(tokens);
        var sentenceOf = SentenceIndex(tokens, sentences, out var bounds);
        var resolver = new TimeValueResolver(dct);
        var times = new List<TimeExpression>();
        foreach (var c in TimeExpressionRecognizer.Recognize(view))
        {
            var (first, end) = bounds[sentenceOf[c.First]];
            var value = resolver.Resolve(c.Meaning, TenseReader.Read(view, first, end, c.First, c.End));
            int start = tokens[c.First].Start, stop = SpanEnd(text, tokens, c.End - 1, end);
            times.Add(new TimeExpression(text[start..stop], start, stop, c.Type, value));
        }
        return times;
    }

    // A period that ends both an abbreviation and the sentence ("at 10 p.m.") belongs to the sentence.
    private static int SpanEnd(string text, IReadOnlyList<Token> tokens, int last, int sentenceEnd)
    {
        var token = tokens[last];
        bool closesSentence = last == sentenceEnd - 1 && token.Text.Length > 1 && token.Text[^1] == '.';
        return closesSentence ? token.End - 1 : token.End;
    }

    /// <summary>Maps each token to its sentence and gives each sentence's token range.</summary>
    private static int[] SentenceIndex(IReadOnlyList<Token> tokens, IReadOnlyList<TextSpan> sentences, out List<(int First, int End)> bounds)
    {
        var index = new int[tokens.Count];
        bounds = [];
        int s = 0, first = 0;
        for (int t = 0; t < tokens.Count; t++)
        {
            while (s < sentences.Count - 1 && tokens[t].Start >= sentences[s].End)
            {
                bounds.Add((first, t));
                first = t;
                s++;
            }
            index[t] = bounds.Count;
        }
        bounds.Add((first, tokens.Count));
        return index;
    }
}
