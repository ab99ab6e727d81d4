using AngleSharp.Html.Parser;
using Newsgraph.Core.Model;

namespace Newsgraph.Extraction.Html;

/// <summary>Article extraction from HTML. (Initial version: paragraphs and title only.)</summary>
public static class HtmlArticleExtractor
{
    public static ArticleDocument Extract(string source, string html, string? url)
    {
        var parser = new HtmlParser();
        using var dom = parser.ParseDocument(html);
        var paragraphs = dom.QuerySelectorAll("p").Select(p => p.TextContent.Trim()).Where(t => t.Length > 0);
        return new ArticleDocument
        {
            Source = source,
            Url = url,
            Title = dom.Title?.Trim(),
            Text = string.Join("\n\n", paragraphs),
            ExtractionMethod = "html",
        };
    }
}
