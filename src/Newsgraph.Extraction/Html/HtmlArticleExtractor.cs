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
        var metadata = HtmlMetadataReader.Read(dom, url);
        var paragraphs = dom.Body is null ? [] : MainContentExtractor.Extract(dom.Body, metadata.Title);
        var text = StatedBodyText.Prefer(string.Join("\n\n", paragraphs), metadata.StatedBody);
        return new ArticleDocument
        {
            Source = source,
            Url = url ?? metadata.CanonicalUrl,
            Title = metadata.Title,
            Authors = metadata.Authors,
            Published = metadata.Published,
            Modified = metadata.Modified,
            Publisher = metadata.Publisher,
            Language = metadata.Language,
            Description = metadata.Description,
            Credits = CreditFinder.FindInBody(text),
            Text = text,
            ExtractionMethod = "html",
        };
    }
}
