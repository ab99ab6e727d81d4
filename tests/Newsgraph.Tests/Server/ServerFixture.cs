using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using Newsgraph.Corpus;
using Newsgraph.Engine;
using Newsgraph.Server;
using Newsgraph.Tests.Corpus;

namespace Newsgraph.Tests.Server;

/// <summary>
/// A real store and a real server: our fictional pages (a story told by three outlets, a wire copy, other
/// news, and the hostile page) ingested into an SQLite file, served by Kestrel on 127.0.0.1 at a free port.
/// </summary>
public sealed class ServerFixture : IAsyncLifetime
{
    private WebApplication? _app;
    public string Db { get; } = TestStores.NewDb("sqlite");
    public Uri BaseAddress { get; private set; } = null!;
    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await using (var store = await TestStores.Open(Db))
        await using (var engine = new NewsEngine())
        {
            var failures = new List<string>();
            await new IngestRunner(engine, store, new IngestOptions { Jobs = 1, BatchSize = 4 })
                .RunAsync(Pages(), f => { lock (failures) failures.Add(f); });
            Assert.Empty(failures);
        }
        _app = await Start(new ServerOptions { Db = Db, Urls = "http://127.0.0.1:0" });
        BaseAddress = Address(_app);
        Client = new HttpClient { BaseAddress = BaseAddress };
    }

    private static async IAsyncEnumerable<IngestItem> Pages()
    {
        await foreach (var item in NewsPages.Items(StoryPages.All)) yield return item;
        yield return HostilePage.Item();
    }

    public static async Task<WebApplication> Start(ServerOptions options)
    {
        var app = await NewsServer.CreateAsync(options, logging => logging.ClearProviders());
        await app.StartAsync();
        return app;
    }

    public static Uri Address(WebApplication app) =>
        NewsServer.Addresses(app)[0];

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ServerCollection : ICollectionFixture<ServerFixture>
{
    public const string Name = "server";
}
