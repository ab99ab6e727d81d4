using System.Text;
using Newsgraph.Sources;
using Newsgraph.Sources.Sitemaps;
using Newsgraph.Tests.Sources.Archives;

namespace Newsgraph.Tests.Sources.Sitemaps;

public sealed class SitemapTests
{
    private const string NewsSitemap = """
        <?xml version="1.0" encoding="UTF-8"?>
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
          <url>
            <loc>https://courier.example/2026/03/harbour</loc>
            <news:news>
              <news:publication><news:name>Velmora Courier</news:name><news:language>en</news:language></news:publication>
              <news:publication_date>2026-03-03T09:30:00+01:00</news:publication_date>
              <news:title>Harbour reopens after the storm</news:title>
            </news:news>
          </url>
          <url><loc>https://courier.example/2026/02/old-story</loc><lastmod>2026-02-01</lastmod></url>
          <url><loc>https://courier.example/about</loc></url>
          <url><lastmod>2026-03-01</lastmod></url>
        </urlset>
        """;

    private static string Index(params string[] children) =>
        "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
        + string.Concat(children.Select(c => $"<sitemap><loc>{c}</loc><lastmod>2026-03-02</lastmod></sitemap>")) + "</sitemapindex>";

    [Fact]
    public void A_news_sitemap_gives_pages_with_their_news_fields()
    {
        var sitemap = SitemapParser.Parse(Encoding.UTF8.GetBytes(NewsSitemap), "news.xml");

        Assert.False(sitemap.IsIndex);
        Assert.Equal(3, sitemap.Pages.Count); // the entry without loc is dropped
        var news = sitemap.Pages[0].News!;
        Assert.Equal("Velmora Courier", news.PublicationName);
        Assert.Equal("en", news.Language);
        Assert.Equal("Harbour reopens after the storm", news.Title);
        Assert.Equal(new DateTimeOffset(2026, 3, 3, 8, 30, 0, TimeSpan.Zero), sitemap.Pages[0].Date);
        Assert.Equal(new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero), sitemap.Pages[1].LastModified);
        Assert.Equal(InputItemKind.Url, sitemap.Pages[0].ToInputItem().Kind);
    }

    [Fact]
    public void Since_skips_older_entries_and_keeps_undated_ones()
    {
        var since = new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);
        var sitemap = SitemapParser.Parse(ArchiveReaderTests.Gzip(Encoding.UTF8.GetBytes(NewsSitemap)), "news.xml.gz", since);

        Assert.Equal(["https://courier.example/2026/03/harbour", "https://courier.example/about"], sitemap.Pages.Select(p => p.Location));
    }

    [Fact]
    public void An_index_gives_its_children()
    {
        var sitemap = SitemapParser.Parse(Encoding.UTF8.GetBytes(Index("https://courier.example/s1.xml", "https://courier.example/s2.xml.gz")), "index.xml");

        Assert.True(sitemap.IsIndex);
        Assert.Empty(sitemap.Pages);
        Assert.Equal(["https://courier.example/s1.xml", "https://courier.example/s2.xml.gz"], sitemap.Children.Select(c => c.Location));
    }

    [Fact]
    public void Not_a_sitemap_is_refused_in_one_line()
    {
        var error = Assert.Throws<InputException>(() => SitemapParser.Parse("<rss version=\"2.0\"/>"u8.ToArray(), "map.xml"));
        Assert.Equal("map.xml: not a sitemap (an RSS feed)", error.Message);
    }

    [Fact]
    public async Task The_walker_follows_indexes_recursively_and_stops_loops_depth_and_failures()
    {
        var site = new Dictionary<string, byte[]>
        {
            ["https://courier.example/index.xml"] = Encoding.UTF8.GetBytes(Index("https://courier.example/news.xml.gz", "https://courier.example/nested.xml", "https://courier.example/missing.xml")),
            ["https://courier.example/news.xml.gz"] = ArchiveReaderTests.Gzip(Encoding.UTF8.GetBytes(NewsSitemap)),
            // Points back at the top: a loop.
            ["https://courier.example/nested.xml"] = Encoding.UTF8.GetBytes(Index("https://courier.example/index.xml", "https://courier.example/deep.xml")),
            ["https://courier.example/deep.xml"] = Encoding.UTF8.GetBytes(Index("https://courier.example/deeper.xml")),
            ["https://courier.example/deeper.xml"] = Encoding.UTF8.GetBytes(Index("https://courier.example/news.xml.gz")),
        };
        Task<byte[]> Fetch(string url, CancellationToken ct) =>
            site.TryGetValue(url, out var bytes) ? Task.FromResult(bytes) : throw new HttpRequestException("HTTP 404 Not Found");

        var results = new List<SitemapResult>();
        await foreach (var result in SitemapWalker.FollowAsync("https://courier.example/index.xml", Fetch, maxDepth: 2)) results.Add(result);

        Assert.Equal(3, results.Count(r => r.Page is not null));
        var problems = results.Select(r => r.Problem).OfType<string>().ToList();
        Assert.Contains("https://courier.example/index.xml: sitemap already read; skipped", problems);
        Assert.Contains("https://courier.example/deep.xml: sitemap index nested deeper than 2 levels; its children skipped", problems);
        Assert.Contains("https://courier.example/missing.xml: HTTP 404 Not Found", problems);
    }
}
