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
        var (body, credits) = SeparateCredits(text, dom.Body);
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
            CanonicalUrl = metadata.CanonicalUrl,
            Section = metadata.Section,
            Tags = metadata.Tags,
            Images = metadata.LeadImage is { } lead ? [lead] : [],
            Credits = credits,
            Text = body,
            ExtractionMethod = "html",
        };
    }

    /// <summary>
    /// Credits from the body (datelines, credit lines, which leave the body) or, when the content
    /// selection dropped a short credit line as a scrap ("Based on reporting by …" in its own element
    /// after the story), from the page's other short paragraphs.
    /// </summary>
    private static (string Body, List<string> Credits) SeparateCredits(string text, AngleSharp.Dom.IElement? pageBody)
    {
        var paragraphs = text.Split("\n\n");
        var scan = CreditFinder.Scan(paragraphs);
        var body = scan.CreditLines.Count == 0
            ? text
            : string.Join("\n\n", paragraphs.Where((_, i) => !scan.CreditLines.Contains(i)));
        if (scan.Credits.Count > 0 || pageBody is null) return (body, scan.Credits);
        var credits = new List<string>();
        foreach (var element in pageBody.QuerySelectorAll("p"))
        {
            var line = element.TextContent.Trim();
            if (line.Length is > 0 and < 300 && CreditFinder.CreditLineCredits(line) is { } found)
                credits.AddRange(found.Where(c => !credits.Contains(c)));
        }
        return (body, credits);
    }
}
