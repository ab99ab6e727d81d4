namespace Newsgraph.Sources.Sitemaps;

/// <summary>A sitemap as read: page entries (a <c>urlset</c>) or child sitemaps (a sitemap index).</summary>
public sealed record Sitemap(bool IsIndex, IReadOnlyList<SitemapEntry> Pages, IReadOnlyList<SitemapEntry> Children);

/// <summary>One <c>url</c> or <c>sitemap</c> entry; <see cref="News"/> holds the Google News extension when present.</summary>
public sealed record SitemapEntry(string Location, DateTimeOffset? LastModified, SitemapNews? News = null)
{
    /// <summary>The date that says how new the entry is: the news publication date, else lastmod.</summary>
    public DateTimeOffset? Date => News?.PublicationDate ?? LastModified;

    public InputItem ToInputItem() => InputItem.FromUrl(Location);
}

/// <summary>The Google News sitemap extension of an entry (<c>news:news</c>).</summary>
public sealed record SitemapNews(string? PublicationName, string? Language, DateTimeOffset? PublicationDate, string? Title);
