using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Newsgraph.Corpus;
using Newsgraph.Engine;
using Newsgraph.Sources;
using Newsgraph.Sources.Fetching;
using Newsgraph.Tests.Sources.Fetching;

namespace Newsgraph.Tests.Corpus;

/// <summary>Feeds and sitemaps as ingest sources, served from 127.0.0.1: one page per entry, entry metadata filling
/// what the page lacks, --since, robots.txt and conditional requests on a second poll.</summary>
public sealed class FeedSitemapIngestTests : IDisposable
{
    private readonly LocalWebServer _server = new();
    private readonly string _db = TestStores.NewDb("sqlite");

    public FeedSitemapIngestTests()
    {
        foreach (var (path, subject) in Pages) _server.Map(path, Reply.Text(BarePage(subject)));
    }

    private static readonly (string Path, string Subject)[] Pages =
    [
        ("/news/lighthouse", "the Skerry lighthouse"), ("/news/orchard", "the Wenlow orchard"),
        ("/news/bridge", "the Alder footbridge"), ("/news/library", "the Kestle library"),
    ];

    /// <summary>A fictional article page with no title, date or byline of its own.</summary>
    private static string BarePage(string subject) => $"""
        <!doctype html><html lang="en"><head><meta charset="utf-8"></head><body><article>
        <p>Volunteers met on Saturday morning to begin repairs to {subject}, which has stood closed since the winter storms.</p>
        <p>The parish council said the work on {subject} would take about six weeks and would be paid for from the restoration fund.</p>
        <p>Residents who want to help with {subject} were asked to bring gloves, sturdy boots and, if they could, a flask of tea.</p>
        <p>A small ceremony to mark the reopening of {subject} is planned for the first weekend of the summer holidays.</p>
        </article></body></html>
        """;

    private string Rss() => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Harbour Gazette</title><link>{_server.Url("/")}</link>
        <item><title>Lighthouse repairs begin</title><link>{_server.Url("/news/lighthouse")}</link><pubDate>Mon, 30 Nov 2026 09:00:00 GMT</pubDate><dc:creator>Mara Quill</dc:creator></item>
        <item><title>Orchard volunteers wanted</title><link>/news/orchard</link><pubDate>Thu, 01 Oct 2026 09:00:00 GMT</pubDate><dc:creator>Tam Oduya</dc:creator></item>
        </channel></rss>
        """;

    private string Atom() => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Harbour Gazette</title><id>urn:harbour</id><updated>2026-11-30T09:00:00Z</updated>
        <entry><title>Lighthouse repairs begin</title><id>urn:1</id><link href="{_server.Url("/news/lighthouse")}"/><published>2026-11-30T09:00:00Z</published><author><name>Mara Quill</name></author></entry>
        <entry><title>Orchard volunteers wanted</title><id>urn:2</id><link href="{_server.Url("/news/orchard")}"/><published>2026-10-01T09:00:00Z</published><author><name>Tam Oduya</name></author></entry>
        </feed>
        """;

    private string JsonFeed() => $$"""
        {"version": "https://jsonfeed.org/version/1.1", "title": "Harbour Gazette", "items": [
          {"id": "1", "url": "{{_server.Url("/news/lighthouse")}}", "title": "Lighthouse repairs begin", "date_published": "2026-11-30T09:00:00Z", "authors": [{"name": "Mara Quill"}]},
          {"id": "2", "url": "{{_server.Url("/news/orchard")}}", "title": "Orchard volunteers wanted", "date_published": "2026-10-01T09:00:00Z", "authors": [{"name": "Tam Oduya"}]}]}
        """;

    private string Feed(string format) => format switch { "rss" => Rss(), "atom" => Atom(), _ => JsonFeed() };

    [Theory]
    [InlineData("rss")]
    [InlineData("atom")]
    [InlineData("json")]
    public async Task A_feed_URL_gives_one_article_per_entry_with_the_entry_title_date_and_author_filling_in(string format)
    {
        _server.Map("/feed", Reply.Text(Feed(format), "application/xml"));
        var (done, failures, articles) = await IngestAsync([_server.Url("/feed")]);
        Assert.Empty(failures);
        Assert.Equal(2, done.Stored);
        var lighthouse = articles.Single(a => a.GetProperty("url").GetString() == _server.Url("/news/lighthouse"));
        Assert.Equal("Lighthouse repairs begin", lighthouse.GetProperty("title").GetString());
        Assert.StartsWith("2026-11-30", lighthouse.GetProperty("published").GetString());
        Assert.Equal("Mara Quill", lighthouse.GetProperty("authors")[0].GetString());
    }

    [Fact]
    public async Task A_feed_file_is_read_from_disk_and_since_leaves_out_older_entries()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("newsgraph-feed-").FullName, "gazette.rss");
        await File.WriteAllTextAsync(file, Rss().Replace("<link>/news/orchard</link>", $"<link>{_server.Url("/news/orchard")}</link>"));
        var (done, failures, articles) = await IngestAsync([file], since: new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero));
        Assert.Empty(failures);
        Assert.Equal(1, done.Stored);
        Assert.Equal("Lighthouse repairs begin", Assert.Single(articles).GetProperty("title").GetString());
        Assert.Empty(_server.HitsOn("/news/orchard"));
    }

    [Fact]
    public async Task A_sitemap_index_is_followed_to_a_plain_a_news_and_a_gzip_sitemap()
    {
        _server.Map("/sitemap_index.xml", Reply.Text($"""
            <?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
            <sitemap><loc>{_server.Url("/sitemap-pages.xml")}</loc></sitemap>
            <sitemap><loc>{_server.Url("/sitemap-news.xml")}</loc></sitemap>
            <sitemap><loc>{_server.Url("/sitemap-old.xml.gz")}</loc></sitemap>
            </sitemapindex>
            """, "application/xml"));
        _server.Map("/sitemap-pages.xml", Reply.Text($"""
            <?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
            <url><loc>{_server.Url("/news/lighthouse")}</loc><lastmod>2026-11-30</lastmod></url>
            <url><loc>{_server.Url("/news/orchard")}</loc><lastmod>2026-11-29</lastmod></url>
            </urlset>
            """, "application/xml"));
        _server.Map("/sitemap-news.xml", Reply.Text($"""
            <?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
            <url><loc>{_server.Url("/news/bridge")}</loc><news:news><news:publication><news:name>Harbour Gazette</news:name><news:language>en</news:language></news:publication>
            <news:publication_date>2026-12-01T07:30:00Z</news:publication_date><news:title>Footbridge reopens to walkers</news:title></news:news></url>
            </urlset>
            """, "application/xml"));
        _server.Map("/sitemap-old.xml.gz", new Reply(200, Gzip($"""
            <?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
            <url><loc>{_server.Url("/news/library")}</loc><lastmod>2026-01-15</lastmod></url>
            </urlset>
            """), "application/octet-stream"));

        var (done, failures, articles) = await IngestAsync([_server.Url("/sitemap_index.xml")]);
        Assert.Empty(failures);
        Assert.Equal(4, done.Stored);
        var bridge = articles.Single(a => a.GetProperty("url").GetString() == _server.Url("/news/bridge"));
        Assert.Equal("Footbridge reopens to walkers", bridge.GetProperty("title").GetString());
        Assert.StartsWith("2026-12-01", bridge.GetProperty("published").GetString());

        var (later, _, _) = await IngestAsync([_server.Url("/sitemap_index.xml")], since: new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), fresh: true);
        Assert.Equal(3, later.Stored); // the library page, last modified in January, is left out
        Assert.Single(_server.HitsOn("/news/library"));
    }

    [Fact]
    public async Task A_feed_entry_robots_txt_disallows_is_reported_by_name_and_not_fetched()
    {
        _server.Map("/robots.txt", Reply.Text("User-agent: *\nDisallow: /news/orchard\n", "text/plain"));
        _server.Map("/feed", Reply.Text(Rss(), "application/rss+xml"));
        var (done, failures, _) = await IngestAsync([_server.Url("/feed")]);
        Assert.Equal((1L, 1L), (done.Stored, done.Failed));
        Assert.StartsWith($"{_server.Url("/news/orchard")}: disallowed by robots.txt", Assert.Single(failures));
        Assert.Empty(_server.HitsOn("/news/orchard"));
    }

    [Fact]
    public async Task A_feed_polled_again_is_asked_for_conditionally_and_its_304_adds_nothing()
    {
        _server.Map("/feed", request => request.Headers["If-None-Match"] == "\"gazette-1\""
            ? Reply.Empty(304)
            : Reply.Text(Rss(), "application/rss+xml").With(("ETag", "\"gazette-1\"")));
        await using var engine = Engine();
        var (first, _, _) = await IngestAsync([_server.Url("/feed")], engine: engine);
        var (second, failures, _) = await IngestAsync([_server.Url("/feed")], engine: engine);
        Assert.Equal(2, first.Stored);
        Assert.Empty(failures);
        Assert.Equal((0L, 0L), (second.Stored, second.Failed));
        Assert.Equal("\"gazette-1\"", _server.HitsOn("/feed")[1].Headers["If-None-Match"]);
        Assert.Single(_server.HitsOn("/news/lighthouse")); // the entries were not read or analysed again
    }

    [Fact]
    public void The_ingest_command_takes_delay_and_since_and_refuses_a_bad_delay_in_one_line()
    {
        _server.Map("/feed", Reply.Text(Rss(), "application/rss+xml"));
        var (code, err) = RunIngest(_server.Url("/feed"), "--delay", "0.25", "--db", _db);
        Assert.True(code == 0, err);
        Assert.Contains("2 stored", err);
        var times = _server.Hits.Select(h => h.Arrived).Order().ToList(); // robots.txt, the feed, two pages
        Assert.Equal(4, times.Count);
        Assert.All(times.Zip(times.Skip(1)), pair => Assert.True(pair.Second - pair.First >= TimeSpan.FromSeconds(0.25)));

        (code, err) = RunIngest(_server.Url("/feed"), "--since", "2026-11-01", "--delay", "0", "--db", TestStores.NewDb("sqlite"));
        Assert.True(code == 0, err);
        Assert.Contains("1 stored", err);

        (code, err) = RunIngest(_server.Url("/feed"), "--delay", "-1");
        Assert.Equal(2, code);
        Assert.Equal("newsgraph: --delay -1: takes seconds from 0 to 3600", err.Trim());
    }

    private static (int Code, string Err) RunIngest(params string[] args)
    {
        var info = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "newsgraph.dll"), "ingest" }.Concat(args)) info.ArgumentList.Add(a);
        using var process = System.Diagnostics.Process.Start(info)!;
        var err = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, err.Result);
    }

    private static NewsEngine Engine() => new(new ReaderOptions
    {
        Politeness = new PolitenessOptions { Delay = TimeSpan.FromMilliseconds(10), RetryDelay = TimeSpan.FromMilliseconds(10) },
    });

    private async Task<(IngestProgress Done, List<string> Failures, List<JsonElement> Articles)> IngestAsync(
        string[] sources, DateTimeOffset? since = null, NewsEngine? engine = null, bool fresh = false)
    {
        var db = fresh ? TestStores.NewDb("sqlite") : _db;
        await using var own = engine is null ? Engine() : null;
        var reader = engine ?? own!;
        await using var store = await TestStores.Open(db);
        var failures = new List<string>();
        var done = await new IngestRunner(reader, store, new IngestOptions { Jobs = 2, Engine = new EngineOptions { Analyze = false } })
            .RunAsync(IngestSources.ResolveAsync(sources, new IngestSourceOptions { Since = since, Read = reader.ReadAsync }),
                f => { lock (failures) failures.Add(f); });
        var articles = new List<JsonElement>();
        await foreach (var line in store.ExportAsync()) articles.Add(JsonDocument.Parse(line).RootElement.Clone());
        return (done, failures, articles);
    }

    private static byte[] Gzip(string text)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest)) gzip.Write(Encoding.UTF8.GetBytes(text));
        return buffer.ToArray();
    }

    public void Dispose() => _server.Dispose();
}
