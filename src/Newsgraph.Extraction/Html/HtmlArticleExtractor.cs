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
        var (document, statedBody) = HtmlMetadataReader.Read(dom, source, url);
        var baseUrl = PageAddress.BaseOf(dom, url ?? document.CanonicalUrl);
        var content = dom.Body is null ? new WrittenContent([], []) : MainContentExtractor.Extract(dom.Body, document.Title, baseUrl);
        var extracted = ContentBlock.JoinText(content.Blocks);
        var text = StatedBodyText.Prefer(extracted, statedBody);
        (document.Text, document.Credits) = SeparateCredits(text, dom.Body);
        document.Markdown = text == extracted ? MarkdownBody(content.Blocks, document.Text) : null;
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
