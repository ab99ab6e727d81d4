using Newsgraph.Analysis.Quotes;
using Newsgraph.Analysis.Text;
using Newsgraph.Core.Model;

namespace Newsgraph.Tests.Analysis.Quotes;

/// <summary>Runs the tokenizer and the quote stage (no entity layer) over a text.</summary>
internal static class QuoteAnalysis
{
    public static List<Quote> QuotesOf(string text)
    {
        var doc = new ArticleDocument { Source = "test", Text = text };
        new TokenizerStage().Process(doc);
        new QuoteStage().Process(doc);
        return doc.Quotes!;
    }
}
