using Newsgraph.Core.Model;

namespace Newsgraph.Extraction.Html;

/// <summary>
/// Article extraction from an HTML page: the main content block as clean paragraphs, and the
/// article's metadata (title, authors, dates, publisher, language, description, canonical URL).
/// </summary>
public static class HtmlArticleExtractor
{
    public static ArticleDocument Extract(string source, string html, string? url)
    {
        using var dom = HtmlLoader.Parse(html);
        var paragraphs = dom.Body is null ? [] : MainContentExtractor.Extract(dom.Body);
        var text = string.Join("\n\n", paragraphs);
        return new ArticleDocument
        {
            Source = source,
            Url = url,
            Title = dom.Title?.Trim(),
            Text = text,
            ExtractionMethod = "html",
        };
    }
}
