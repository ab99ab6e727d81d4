using Newsgraph.Sources;
using Newsgraph.Sources.Fetching;

namespace Newsgraph.Tests.Sources.Fetching;

/// <summary>The polite fetcher against a server on 127.0.0.1: robots.txt, pace, retries, redirects, conditional requests.</summary>
public sealed class PoliteFetcherTests : IDisposable
{
    private readonly LocalWebServer _server = new();

    private static PoliteFetcher Fetcher(double delaySeconds = 0, int retries = 2) => new(new ReaderOptions
    {
        Politeness = new PolitenessOptions
        {
            Delay = TimeSpan.FromSeconds(delaySeconds), MaxRetries = retries,
            RetryDelay = TimeSpan.FromMilliseconds(20), MaxRetryWait = TimeSpan.FromSeconds(10),
        },
    });

    [Fact]
    public async Task A_path_robots_txt_disallows_is_reported_by_name_and_never_requested()
    {
        _server.Map("/robots.txt", Reply.Text("User-agent: *\nDisallow: /private/\n", "text/plain"));
        _server.Map("/open", Reply.Text("<p>open</p>"));
        using var fetcher = Fetcher();
        var refused = await Assert.ThrowsAsync<InputException>(() => fetcher.GetAsync(_server.Url("/private/memo")));
        Assert.Equal(_server.Url("/private/memo"), refused.Input);
        Assert.StartsWith("disallowed by robots.txt", refused.Reason);
        await fetcher.GetAsync(_server.Url("/open"));
        Assert.Empty(_server.HitsOn("/private/memo"));
        Assert.Single(_server.HitsOn("/robots.txt")); // read once for the host
        Assert.Contains("Newsgraph", _server.HitsOn("/open")[0].Headers["User-Agent"]);
    }

    [Fact]
    public async Task A_robots_txt_answering_5xx_disallows_everything_and_a_404_allows_everything()
    {
        _server.Map("/robots.txt", Reply.Empty(503));
        _server.Map("/page", Reply.Text("<p>page</p>"));
        using (var fetcher = Fetcher())
        {
            var refused = await Assert.ThrowsAsync<InputException>(() => fetcher.GetAsync(_server.Url("/page")));
            Assert.Contains("disallowed by robots.txt", refused.Reason);
            Assert.Empty(_server.HitsOn("/page"));
            Assert.Equal(3, _server.HitsOn("/robots.txt").Count); // retried like any 5xx, then given up
        }
        _server.Map("/robots.txt", Reply.Empty(404));
        using (var fetcher = Fetcher())
            Assert.Equal("<p>page</p>", System.Text.Encoding.UTF8.GetString((await fetcher.GetAsync(_server.Url("/page"))).Bytes));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_429_is_retried_after_its_Retry_After_in_seconds_or_as_a_date(bool asDate)
    {
        // The date is set when the request arrives (HTTP dates have whole seconds: two ahead is at least one).
        DateTimeOffset retryAt = default;
        int requests = 0;
        _server.Map("/busy", _ =>
        {
            if (Interlocked.Increment(ref requests) > 1) return Reply.Text("<p>at last</p>");
            var now = DateTimeOffset.UtcNow;
            retryAt = asDate ? new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, now.Second, TimeSpan.Zero).AddSeconds(2) : now.AddSeconds(1);
            return Reply.Empty(429, ("Retry-After", asDate ? retryAt.ToString("R") : "1"));
        });
        using var fetcher = Fetcher();
        await fetcher.GetAsync(_server.Url("/busy"));
        var hits = _server.HitsOn("/busy");
        Assert.Equal(2, hits.Count);
        Assert.True(hits[1].Arrived >= retryAt, $"retried {(retryAt - hits[1].Arrived).TotalMilliseconds} ms before the Retry-After");
        Assert.True(hits[1].Arrived - hits[0].Arrived >= TimeSpan.FromSeconds(1), $"retried after {(hits[1].Arrived - hits[0].Arrived).TotalMilliseconds} ms");
    }

    [Fact]
    public async Task A_Retry_After_beyond_the_cap_on_waiting_gives_up_at_once_and_a_5xx_is_retried_with_backoff()
    {
        _server.Map("/later", Reply.Empty(429, ("Retry-After", "3600")));
        _server.MapSequence("/flaky", Reply.Empty(500), Reply.Empty(502), Reply.Text("<p>fine</p>"));
        using var fetcher = Fetcher();
        var refused = await Assert.ThrowsAsync<InputException>(() => fetcher.GetAsync(_server.Url("/later")));
        Assert.StartsWith("HTTP 429", refused.Reason);
        Assert.Single(_server.HitsOn("/later"));
        await fetcher.GetAsync(_server.Url("/flaky"));
        Assert.Equal(3, _server.HitsOn("/flaky").Count);
    }

    [Fact]
    public async Task Redirects_are_followed_with_relative_locations_and_capped()
    {
        _server.Map("/old/first", Reply.Empty(302, ("Location", "second")));
        _server.Map("/old/second", Reply.Empty(301, ("Location", "/new/article")));
        _server.Map("/new/article", Reply.Text("<p>moved</p>"));
        _server.Map("/loop", Reply.Empty(307, ("Location", "/loop")));
        using var fetcher = Fetcher();
        var page = await fetcher.GetAsync(_server.Url("/old/first"));
        Assert.Equal(_server.Url("/new/article"), page.Url);
        Assert.Equal(_server.Url("/old/first"), page.Source);
        var refused = await Assert.ThrowsAnyAsync<InputException>(() => fetcher.GetAsync(_server.Url("/loop")));
        Assert.Equal("too many redirects (limit 5)", refused.Reason);
        Assert.Equal(6, _server.HitsOn("/loop").Count);
    }

    [Fact]
    public async Task A_page_read_again_is_asked_for_conditionally_and_a_304_reads_as_not_modified()
    {
        const string lastModified = "Tue, 01 Dec 2026 08:00:00 GMT";
        _server.Map("/feed", request => request.Headers["If-None-Match"] == "\"v1\""
            ? Reply.Empty(304)
            : Reply.Text("<p>feed</p>").With(("ETag", "\"v1\""), ("Last-Modified", lastModified)));
        using var fetcher = Fetcher();
        await fetcher.GetAsync(_server.Url("/feed"));
        await Assert.ThrowsAsync<PageNotModifiedException>(() => fetcher.GetAsync(_server.Url("/feed")));
        var hits = _server.HitsOn("/feed");
        Assert.Null(hits[0].Headers["If-None-Match"]);
        Assert.Equal(("\"v1\"", lastModified), (hits[1].Headers["If-None-Match"], hits[1].Headers["If-Modified-Since"]));
    }

    [Fact]
    public async Task Requests_to_one_host_arrive_one_at_a_time_at_least_the_delay_apart()
    {
        for (int i = 0; i < 4; i++) _server.Map($"/p{i}", Reply.Text($"<p>{i}</p>"));
        using var fetcher = Fetcher(delaySeconds: 0.3);
        await Task.WhenAll(Enumerable.Range(0, 4).Select(i => fetcher.GetAsync(_server.Url($"/p{i}"))));
        AssertSpaced(_server.Hits, TimeSpan.FromSeconds(0.3));
    }

    [Fact]
    public async Task A_longer_Crawl_delay_in_robots_txt_sets_the_pace()
    {
        _server.Map("/robots.txt", Reply.Text("User-agent: newsgraph\nCrawl-delay: 0.5\nDisallow:\n", "text/plain"));
        for (int i = 0; i < 3; i++) _server.Map($"/p{i}", Reply.Text($"<p>{i}</p>"));
        using var fetcher = Fetcher(delaySeconds: 0.05);
        await Task.WhenAll(Enumerable.Range(0, 3).Select(i => fetcher.GetAsync(_server.Url($"/p{i}"))));
        AssertSpaced(_server.Hits.Where(h => h.Path != "/robots.txt").ToList(), TimeSpan.FromSeconds(0.5));
    }

    private static void AssertSpaced(IReadOnlyList<Hit> hits, TimeSpan delay)
    {
        var times = hits.Select(h => h.Arrived).Order().ToList();
        Assert.True(times.Count >= 3);
        for (int i = 1; i < times.Count; i++)
            Assert.True(times[i] - times[i - 1] >= delay, $"requests {i - 1} and {i} arrived {(times[i] - times[i - 1]).TotalMilliseconds} ms apart");
    }

    public void Dispose() => _server.Dispose();
}
