using AngleSharp.Html.Dom;
using Newsgraph.Core.Model;

namespace Newsgraph.Extraction.Html;

/// <summary>
/// The article's lead image as the page states it for sharing: og:image, twitter:image, JSON-LD image,
/// link rel=image_src; made absolute against the page's address, with the caption from og:image:alt,
/// twitter:image:alt or the JSON-LD caption, and the JSON-LD credit.
/// </summary>
internal static class LeadImageReader
{
    // Site-wide artwork stated in place of a picture of the story.
    private static readonly string[] NotAPicture = ["logo", "favicon", "placeholder", "blank.", "spacer", "default-share", "default_share"];

    public static ArticleImage? Read(IHtmlDocument dom, MetaValues meta, JsonLdArticle jsonLd, string? baseUrl)
    {
        var candidates = new[]
        {
            meta.First("og:image", "og:image:url", "og:image:secure_url"), meta.First("twitter:image", "twitter:image:src"),
            jsonLd.ImageUrl, dom.QuerySelector("link[rel~=image_src]")?.GetAttribute("href"), meta.First("image", "thumbnail", "thumbnailurl"),
        };
        foreach (var candidate in candidates)
        {
            var url = PageAddress.Absolute(candidate, baseUrl);
            if (url is null || IsSiteArtwork(url)) continue;
            var caption = HtmlMetadataReader.Clean(meta.First("og:image:alt", "twitter:image:alt")) ?? HtmlMetadataReader.Clean(jsonLd.ImageCaption);
            return new ArticleImage(url, caption, HtmlMetadataReader.Clean(jsonLd.ImageCredit));
        }
        return null;
    }

    private static bool IsSiteArtwork(string url)
    {
        var path = new Uri(url).AbsolutePath; // url came from PageAddress.Absolute: a valid http(s) address
        var file = path[(path.LastIndexOf('/') + 1)..];
        return NotAPicture.Any(word => file.Contains(word, StringComparison.OrdinalIgnoreCase));
    }
}
