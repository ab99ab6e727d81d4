using Newsgraph.Core.Model;
using Newsgraph.Extraction.Html;
using Newsgraph.Extraction.Text;
using Newsgraph.Sources;

namespace Newsgraph.Extraction;

/// <summary>
/// The Extract stage: picks the extractor for the page's kind (HTML, plain-text capture, or verbatim
/// body), then fills what the page itself did not give from what the caller knows.
/// </summary>
public static class ArticleExtractor
{
    public static ArticleDocument Extract(DecodedPage page, ExtractionOptions options)
    {
        var url = options.Url ?? page.Url;
        ArticleDocument document;
        if (options.Verbatim)
        {
            document = new ArticleDocument { Source = page.Source, Url = url, Text = page.Content, ExtractionMethod = "verbatim" };
            document.Credits = CreditFinder.FindInBody(page.Content);
        }
        else if (page.Kind == PageKind.Html)
            document = HtmlArticleExtractor.Extract(page.Source, page.Content, url);
        else
            document = TextCaptureExtractor.Extract(page.Source, page.Content, url);

        document.Url ??= url;
        document.Published ??= options.Published;
        document.Title ??= options.Title;
        if (document.Authors.Count == 0) document.Authors.AddRange(options.Authors);
        document.Publisher ??= PublisherNames.FromUrl(document.Url);
        document.Language ??= LanguageIdentifier.Identify(document.Text);
        document.FixText();
        return document;
    }
}
