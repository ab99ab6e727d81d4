using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Newsgraph.Server;
using Newsgraph.Server.Api;
using Newsgraph.Tests.Corpus;

namespace Newsgraph.Tests.Server;

/// <summary>The API's response cache over a store that changes while the server runs: its own store and server,
/// so the writes do not disturb the shared fixture.</summary>
public sealed class ResponseCacheTests
{
    [Fact]
    public async Task A_repeated_request_is_answered_from_the_cache_with_the_same_body_until_the_store_changes()
    {
        var db = TestStores.NewDb("sqlite");
        await (await TestStores.Ingest(db, [NewsPages.FerryStrike, NewsPages.LibraryRoof])).DisposeAsync();
        var app = await ServerFixture.Start(new ServerOptions { Db = db, Urls = "http://127.0.0.1:0" });
        await using (app)
        {
            using var client = new HttpClient { BaseAddress = ServerFixture.Address(app) };
            var search = app.Services.GetRequiredService<ResponseCache>().Statistics;
            long Hits() => search.TryGetValue("search", out var c) ? c.Hits : 0;

            using var first = await client.GetAsync("/api/search?q=orchards");
            using var second = await client.GetAsync("/api/search?q=orchards");
            Assert.Equal(1, Hits());
            Assert.Equal(HttpStatusCode.OK, second.StatusCode);
            Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
            Assert.Equal(first.Content.Headers.ContentType, second.Content.Headers.ContentType);
            Assert.Equal(0, (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("total").GetInt64());

            // Another connection commits to the store (as an ingest in another process would): the next answer shows it.
            await (await TestStores.Ingest(db, [NewsPages.OrchardHarvest])).DisposeAsync();
            var after = await client.GetFromJsonAsync<JsonElement>("/api/search?q=orchards");
            Assert.Equal(1, after.GetProperty("total").GetInt64());
            Assert.Equal(1, Hits());
            await client.GetFromJsonAsync<JsonElement>("/api/search?q=orchards");
            Assert.Equal(2, Hits());
        }
    }

    [Fact]
    public async Task Errors_are_not_kept_and_a_server_without_a_cache_answers_the_same()
    {
        var db = TestStores.NewDb("sqlite");
        await (await TestStores.Ingest(db, NewsPages.All)).DisposeAsync();
        var cached = await ServerFixture.Start(new ServerOptions { Db = db, Urls = "http://127.0.0.1:0" });
        var plain = await ServerFixture.Start(new ServerOptions { Db = db, Urls = "http://127.0.0.1:0", ResponseCacheBytes = 0 });
        await using (cached)
        await using (plain)
        {
            using var a = new HttpClient { BaseAddress = ServerFixture.Address(cached) };
            using var b = new HttpClient { BaseAddress = ServerFixture.Address(plain) };
            foreach (var path in new[] { "/api/search?q=ferry", "/api/stories/1", "/api/entities?page_size=5", "/api/quotes" })
            {
                await a.GetStringAsync(path);
                Assert.Equal(await b.GetStringAsync(path), await a.GetStringAsync(path));
            }
            for (int i = 0; i < 2; i++)
            {
                using var missing = await a.GetAsync("/api/stories/999999");
                Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
                Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
                using var unknown = await a.GetAsync("/api/nowhere");
                Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
            }
            var statistics = cached.Services.GetRequiredService<ResponseCache>().Statistics;
            Assert.Equal(1, statistics["story"].Hits);
            Assert.Equal(3, statistics["story"].Misses);
            Assert.DoesNotContain(statistics.Keys, k => k.Contains("nowhere"));
            Assert.Empty(plain.Services.GetRequiredService<ResponseCache>().Statistics);
        }
    }
}
