using System.Text;
using Newsgraph.Sources;
using Newsgraph.Tests.Sources.Archives;

namespace Newsgraph.Tests.Sources;

public sealed class SourceSnifferTests
{
    [Theory]
    [InlineData("WARC/1.1\r\nWARC-Type: warcinfo\r\n", SourceKind.Warc)]
    [InlineData("filedesc://crawl.arc 127.0.0.1 20260304050607 text/plain 70\n", SourceKind.Arc)]
    [InlineData("<?xml version=\"1.0\"?>\n<!-- news -->\n<rss version=\"2.0\"><channel/></rss>", SourceKind.RssFeed)]
    [InlineData("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"></rdf:RDF>", SourceKind.RssFeed)]
    [InlineData("\uFEFF<feed xmlns=\"http://www.w3.org/2005/Atom\"></feed>", SourceKind.AtomFeed)]
    [InlineData("{\"title\": \"Courier\", \"version\": \"https://jsonfeed.org/version/1.1\", \"items\": []}", SourceKind.JsonFeed)]
    [InlineData("{\"name\": \"not a feed\"}", SourceKind.PlainText)]
    [InlineData("<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"></urlset>", SourceKind.Sitemap)]
    [InlineData("<sitemapindex><sitemap><loc>https://a.example/s.xml</loc></sitemap></sitemapindex>", SourceKind.SitemapIndex)]
    [InlineData("<!DOCTYPE html><html><body><p>Velmora</p></body></html>", SourceKind.Html)]
    [InlineData("Harbour reopens\n\nThe harbour of Velmora reopened on Tuesday.", SourceKind.PlainText)]
    public void Tells_sources_apart_by_content(string content, SourceKind expected)
    {
        var bytes = Encoding.UTF8.GetBytes(content);
        Assert.Equal(new SourceSniff(expected, false), SourceSniffer.Sniff(bytes));
        Assert.Equal(new SourceSniff(expected, true), SourceSniffer.Sniff(ArchiveReaderTests.Gzip(bytes)));
    }

    [Fact]
    public void Looks_inside_gzip_from_a_partial_head()
    {
        var feed = "<rss version=\"2.0\"><channel>" + string.Concat(Enumerable.Range(0, 2000).Select(i => $"<item><title>Story {i} {Guid.NewGuid()}</title></item>")) + "</channel></rss>";
        var compressed = ArchiveReaderTests.Gzip(Encoding.UTF8.GetBytes(feed));

        Assert.Equal(new SourceSniff(SourceKind.RssFeed, true), SourceSniffer.Sniff(compressed.AsSpan(0, 512)));
    }

    [Fact]
    public void Binary_content_is_unknown() =>
        Assert.Equal(SourceKind.Unknown, SourceSniffer.Sniff(Enumerable.Range(0, 600).Select(i => (byte)(i * 7 % 32)).ToArray()).Kind);
}
