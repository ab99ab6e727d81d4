using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Newsgraph.Core.Model;

namespace Newsgraph.Extraction.Html;

/// <summary>
/// Reads an article's metadata from the page, most explicit source first: JSON-LD, then OpenGraph
/// and other &lt;meta&gt; conventions (Dublin Core, article:*, parsely, sailthru), then the markup
/// (&lt;time&gt;, itemprop, rel=author, byline classes), then the URL. Also the section, tags and
/// lead image the page states for sharing.
/// </summary>
internal static class HtmlMetadataReader
{
    public static PageMetadata Read(IHtmlDocument dom, string source, string? url)
    {
        var meta = MetaValues.Read(dom);
        var jsonLd = JsonLdArticle.Read(JsonLdBlocks(dom));
        var canonical = Canonical(dom, meta, jsonLd, url);
        var title = TitleChooser.Choose(dom, meta, jsonLd);
        var article = new ArticleDocument
        {
            Source = source,
            Url = url ?? canonical,
            Title = title,
            Publisher = Clean(jsonLd.Publisher) ?? Clean(meta.First("og:site_name", "application-name")),
            CanonicalUrl = canonical,
            Description = Clean(jsonLd.Description) ?? Clean(meta.First("og:description", "description", "twitter:description", "dc:description")),
            Language = Language(dom, meta, jsonLd),
            Authors = Authors(dom, meta, jsonLd),
            Published = Published(dom, meta, jsonLd, url ?? canonical),
            Modified = PreferLocalTime(DateText.Parse(jsonLd.DateModified), DateText.Parse(meta.First("article:modified_time", "og:updated_time",
                "datemodified", "modified", "last-modified", "dcterms:modified", "parsely-updated", "sailthru:updated")))
                ?? BylineInMarkup.ModifiedDate(dom),
            Section = ArticleTopics.Section(meta, jsonLd, title),
            Tags = ArticleTopics.Tags(meta, jsonLd),
            Images = LeadImageReader.Read(dom, meta, jsonLd, url ?? canonical) is { } lead ? [lead] : [],
            ExtractionMethod = "html",
        };
        return new PageMetadata(article, jsonLd.ArticleBody);
    }

    private static IEnumerable<string> JsonLdBlocks(IHtmlDocument dom)
    {
        foreach (var script in dom.Scripts)
        {
            var type = script.Type;
            if (type is not null && type.Contains("ld+json", StringComparison.OrdinalIgnoreCase)) yield return script.Text;
        }
    }

    private static string? Canonical(IHtmlDocument dom, MetaValues meta, JsonLdArticle jsonLd, string? url)
    {
        var link = dom.Head?.Children.FirstOrDefault(e => e.LocalName == "link"
            && string.Equals(e.GetAttribute("rel")?.Trim(), "canonical", StringComparison.OrdinalIgnoreCase));
        foreach (var candidate in new[] { link?.GetAttribute("href"), meta.First("og:url", "twitter:url"), jsonLd.Url })
            if (PageAddress.Absolute(candidate, url) is { } absolute) return absolute;
        return null;
    }

    private static string? Language(IHtmlDocument dom, MetaValues meta, JsonLdArticle jsonLd)
    {
        foreach (var value in new[]
                 {
                     dom.DocumentElement.GetAttribute("lang"), dom.DocumentElement.GetAttribute("xml:lang"),
                     meta.First("content-language", "dc:language", "language", "og:locale"), jsonLd.Language,
                 })
        {
            var code = LanguageCode(value);
            if (code is not null) return code;
        }
        return null;
    }

    /// <summary>"en-US", "en_GB", "EN" → "en"; anything not a two-letter code → null.</summary>
    internal static string? LanguageCode(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var s = value.Trim();
        int end = 0;
        while (end < s.Length && char.IsAsciiLetter(s[end])) end++;
        if (end != 2 || (end < s.Length && s[end] is not ('-' or '_' or ',' or ' ' or ';'))) return null;
        return s[..2].ToLowerInvariant();
    }

    /// <summary>
    /// Named people first: JSON-LD persons, then author meta; then an organisation stated as the
    /// JSON-LD author; then bylines in the markup, the least reliable source.
    /// </summary>
    private static List<string> Authors(IHtmlDocument dom, MetaValues meta, JsonLdArticle jsonLd)
    {
        var fromJson = AuthorNames.Clean(jsonLd.Authors);
        if (fromJson.Count > 0 && !jsonLd.AuthorsAreOrganisations) return fromJson;
        var fromMeta = AuthorNames.Clean(meta.All("dc:creator", "dcterm:creator", "dcterms:creator").Select(AuthorNames.Uninvert));
        if (fromMeta.Count == 0)
            fromMeta = AuthorNames.Clean(meta.All("author", "article:author", "og:article:author", "byl", "parsely-author", "sailthru:author", "twitter:creator:name"));
        if (fromMeta.Count > 0 || fromJson.Count > 0) return fromMeta.Count > 0 ? fromMeta : fromJson;
        return AuthorNames.Clean(BylineInMarkup.Find(dom));
    }

    private static PublicationDate? Published(IHtmlDocument dom, MetaValues meta, JsonLdArticle jsonLd, string? url)
    {
        var stated = PreferLocalTime(DateText.Parse(jsonLd.DatePublished), DateText.Parse(meta.First("article:published_time",
            "og:article:published_time", "article:published", "datepublished", "publishdate", "publish-date", "publish_date", "pubdate",
            "date", "dc:date:issued", "dc:date", "dcterms:created", "dcterms:date", "dcterms:issued", "parsely-pub-date", "sailthru:date",
            "og:published_time", "published_time", "cxenseparse:recs:publishtime", "datecreated")));
        return stated ?? BylineInMarkup.TimeElementDate(dom) ?? DateText.FromUrl(url);
    }

    /// <summary>
    /// The first date, unless the second states the same instant in the publisher's local time: the
    /// local day is the publication day (JSON-LD often restates it in UTC, which can change the day).
    /// </summary>
    internal static PublicationDate? PreferLocalTime(PublicationDate? first, PublicationDate? second)
    {
        if (first is null) return second;
        if (second is not { Time: not null, Offset: { } offset } || offset == TimeSpan.Zero) return first;
        if (first is not { Time: not null, Offset: not null }) return first;
        return Instant(first) == Instant(second) ? second : first;
    }

    private static DateTimeOffset Instant(PublicationDate date) =>
        new(date.Date.ToDateTime(date.Time!.Value), date.Offset!.Value);

    internal static string? Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var s = System.Net.WebUtility.HtmlDecode(value).Replace('\u00A0', ' ');
        return string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
