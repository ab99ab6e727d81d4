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
        var baseUrl = PageAddress.BaseOf(dom, url ?? metadata.CanonicalUrl);
        var content = dom.Body is null ? new WrittenContent([], []) : MainContentExtractor.Extract(dom.Body, metadata.Title, baseUrl);
        var extracted = ContentBlock.JoinText(content.Blocks);
        var text = StatedBodyText.Prefer(extracted, metadata.StatedBody);
        var (body, credits) = SeparateCredits(text, dom.Body);
        var document = new ArticleDocument
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
            Markdown = text == extracted ? MarkdownBody(content.Blocks, body) : null,
            ExtractionMethod = "html",
        };
        document.AddImages(ArticleImageReader.Read(content.Media, baseUrl));
        return document;
    }

    /// <summary>The Markdown of the blocks that stayed in the body (credit lines leave it).</summary>
    private static string MarkdownBody(List<ContentBlock> blocks, string body)
    {
        var kept = body.Split("\n\n").ToHashSet(StringComparer.Ordinal);
        return ContentBlock.JoinMarkdown(blocks.Where(b => kept.Contains(b.Text)).ToList());
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
