using System.Text;
using Newsgraph.Sources;
using Newsgraph.Sources.Feeds;
using Newsgraph.Tests.Sources.Archives;

namespace Newsgraph.Tests.Sources.Feeds;

public sealed class FeedParserTests
{
    private static Feed Parse(string text, string? url = "https://courier.example/feeds/main") =>
        FeedParser.Parse(Encoding.UTF8.GetBytes(text), "feed", url);

    [Fact]
    public void Rss_items_give_link_title_date_and_authors()
    {
        var feed = Parse("""
            <?xml version="1.0" encoding="utf-8"?>
            <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://example.invalid/rss-0.91.dtd">
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel>
                <title>Velmora Courier</title>
                <link>https://courier.example/</link>
                <item>
                  <title>Harbour reopens after the storm</title>
                  <link>https://courier.example/2026/03/harbour</link>
                  <pubDate>Tue, 03 Mar 2026 09:30:00 EST</pubDate>
                  <dc:creator>Mira Tandel</dc:creator>
                  <dc:creator>Osei Brandt</dc:creator>
                </item>
                <item>
                  <title>Council votes on the bridge</title>
                  <guid>/2026/03/bridge</guid>
                  <pubDate>4 Mar 2026 18:05 +0100</pubDate>
                  <author>desk@courier.example (City desk)</author>
                </item>
                <item><title>No address</title><guid isPermaLink="false">tag:courier,42</guid></item>
              </channel>
            </rss>
            """);

        Assert.Equal(FeedFormat.Rss, feed.Format);
        Assert.Equal("Velmora Courier", feed.Title);
        var first = feed.Items[0];
        Assert.Equal("https://courier.example/2026/03/harbour", first.Link);
        Assert.Equal("Harbour reopens after the storm", first.Title);
        Assert.Equal(new DateTimeOffset(2026, 3, 3, 14, 30, 0, TimeSpan.Zero), first.Published);
        Assert.Equal(["Mira Tandel", "Osei Brandt"], first.Authors);
        Assert.Equal("https://courier.example/2026/03/bridge", feed.Items[1].Link); // a relative guid, resolved
        Assert.Equal(new DateTimeOffset(2026, 3, 4, 17, 5, 0, TimeSpan.Zero), feed.Items[1].Published);
        Assert.Equal(["desk@courier.example (City desk)"], feed.Items[1].Authors);
        Assert.Null(feed.Items[2].Link);
        Assert.Null(feed.Items[2].ToInputItem());
        Assert.Equal(InputItemKind.Url, first.ToInputItem()!.Kind);
    }

    [Fact]
    public void Atom_entries_take_the_alternate_link_and_published_or_updated()
    {
        var feed = Parse("""
            <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://courier.example/">
              <title>Velmora Courier</title>
              <link rel="self" href="https://courier.example/atom.xml"/>
              <link href="https://courier.example/"/>
              <entry>
                <title>Ferry timetable changes</title>
                <link rel="enclosure" href="/audio/ferry.mp3"/>
                <link rel="alternate" type="text/html" href="news/ferry"/>
                <id>tag:courier.example,2026:ferry</id>
                <published>2026-03-05T08:00:00+02:00</published>
                <updated>2026-03-06T08:00:00Z</updated>
                <author><name>Mira Tandel</name></author>
              </entry>
              <entry>
                <title>Lighthouse restored</title>
                <link href="https://courier.example/news/lighthouse"/>
                <updated>2026-03-07</updated>
              </entry>
            </feed>
            """);

        Assert.Equal(FeedFormat.Atom, feed.Format);
        Assert.Equal("https://courier.example/", feed.Link);
        Assert.Equal("https://courier.example/news/ferry", feed.Items[0].Link);
        Assert.Equal(new DateTimeOffset(2026, 3, 5, 6, 0, 0, TimeSpan.Zero), feed.Items[0].Published);
        Assert.Equal(["Mira Tandel"], feed.Items[0].Authors);
        Assert.Equal("tag:courier.example,2026:ferry", feed.Items[0].Id);
        Assert.Equal(new DateTimeOffset(2026, 3, 7, 0, 0, 0, TimeSpan.Zero), feed.Items[1].Published);
        Assert.Empty(feed.Items[1].Authors);
    }

    [Fact]
    public void Json_feed_items_and_feed_level_authors()
    {
        var feed = Parse("""
            {
              "version": "https://jsonfeed.org/version/1.1",
              "title": "Velmora Courier",
              "home_page_url": "https://courier.example/",
              "authors": [{ "name": "Courier staff" }],
              "items": [
                { "id": "1", "url": "https://courier.example/a", "title": "Market day", "date_published": "2026-03-08T10:00:00Z",
                  "authors": [{ "name": "Osei Brandt" }] },
                { "id": "2", "external_url": "https://wire.example/b", "author": { "name": "Ana Lisk" } },
                { "id": "3", "url": "c" }
              ]
            }
            """);

        Assert.Equal(FeedFormat.JsonFeed, feed.Format);
        Assert.Equal(["Osei Brandt"], feed.Items[0].Authors);
        Assert.Equal(new DateTimeOffset(2026, 3, 8, 10, 0, 0, TimeSpan.Zero), feed.Items[0].Published);
        Assert.Equal("https://wire.example/b", feed.Items[1].Link);
        Assert.Equal(["Ana Lisk"], feed.Items[1].Authors);
        Assert.Equal(["Courier staff"], feed.Items[2].Authors);
        Assert.Equal("https://courier.example/feeds/c", feed.Items[2].Link);
    }

    [Fact]
    public void A_gzip_compressed_feed_is_read()
    {
        var bytes = ArchiveReaderTests.Gzip("<rss version=\"2.0\"><channel><item><link>https://courier.example/x</link></item></channel></rss>"u8.ToArray());
        Assert.Equal("https://courier.example/x", FeedParser.Parse(bytes, "feed.gz").Items.Single().Link);
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html><body>Courier</body></html>", "feed: not a feed (an HTML page)")]
    [InlineData("<rss version=\"2.0\"><channel><item><title>Cut", "feed: not a feed: not well-formed XML (line 1, position ")]
    [InlineData("{\"version\": \"https://jsonfeed.org/version/1\", \"items\": [", "feed: not a feed: JSON Feed is not valid JSON")]
    [InlineData("<urlset></urlset>", "feed: not a feed (a sitemap)")]
    public void Something_else_is_refused_in_one_line(string text, string expected)
    {
        var error = Assert.Throws<InputException>(() => Parse(text));
        Assert.StartsWith(expected, error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Theory]
    [InlineData("Sun, 1 Mar 2026 07:00:00 GMT", "2026-03-01T07:00:00+00:00")]
    [InlineData("Sun, 01 Mar 2026 07:00:00 -0800", "2026-03-01T15:00:00+00:00")]
    [InlineData("Sun, 01 Mar 2026 07:00 PDT", "2026-03-01T14:00:00+00:00")]
    [InlineData("2026-03-01", "2026-03-01T00:00:00+00:00")]
    [InlineData("2026-03-01T07:00:00.250+01:00", "2026-03-01T06:00:00.25+00:00")]
    public void Dates_in_the_usual_feed_forms(string text, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected), FeedDates.Parse(text));

    [Theory]
    [InlineData("")]
    [InlineData("soon")]
    public void Unreadable_dates_are_null(string text) => Assert.Null(FeedDates.Parse(text));
}
