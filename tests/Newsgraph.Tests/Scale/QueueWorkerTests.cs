using System.Net;
using System.Net.Sockets;
using Newsgraph.Corpus;
using Newsgraph.Engine;
using Newsgraph.Scale;
using Newsgraph.Tests.Corpus;

namespace Newsgraph.Tests.Scale;

/// <summary>Work queued on a real nats-server and ingested by workers into a real store.</summary>
public sealed class QueueWorkerTests
{
    private static async Task<List<string>> Export(ICorpusStore store)
    {
        var lines = new List<string>();
        await foreach (var line in store.ExportAsync()) lines.Add(line);
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    /// <summary>An address on loopback where nothing listens: every fetch from it fails at once.</summary>
    private static string DeadAddress()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/no-such-page";
    }

    [SkippableTheory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Two_workers_store_what_one_ingest_stores_and_only_the_bad_item_is_dead_lettered(string kind)
    {
        using var nats = NatsServer.Start();
        var archive = TestArchives.GzipPerRecord([.. TestArchives.Numbered(9), .. StoryPages.All]);
        var folder = Directory.CreateTempSubdirectory("newsgraph-queue-pages-").FullName;
        foreach (var page in NewsPages.All) File.WriteAllText(Path.Combine(folder, Path.GetFileName(page.Url) + ".html"), page.Html());
        var bad = DeadAddress();

        await using (var queue = await WorkQueue.ConnectAsync(nats.Url, "test-queue"))
        {
            await queue.EnsureAsync(new QueueSetup { AckWait = TimeSpan.FromSeconds(30) });
            await foreach (var item in WorkSplitter.SplitAsync([archive, folder, bad], new SplitOptions { RecordsPerItem = 4, SourcesPerItem = 2 }))
                Assert.True(await queue.PublishAsync(item));
        }

        var db = TestStores.NewDb(kind);
        var log = new List<string>();
        var workers = Enumerable.Range(1, 2).Select(async n =>
        {
            await using var queue = await WorkQueue.ConnectAsync(nats.Url, $"w{n}");
            await using var store = await TestStores.Open(db);
            var options = new WorkerOptions { Name = $"w{n}", Jobs = 1, MaxTries = 2, RetryDelay = TimeSpan.FromMilliseconds(200), UntilEmpty = true };
            return await new QueueWorker(queue, store, options, line => { lock (log) log.Add(line); }).RunAsync(CancellationToken.None);
        }).ToList();
        var totals = await Task.WhenAll(workers);

        var single = TestStores.NewDb("sqlite");
        await using (var store = await TestStores.Open(single))
        {
            await using var engine = new NewsEngine();
            await new IngestRunner(engine, store, new IngestOptions { Jobs = 1 }).RunAsync(IngestSources.ResolveAsync([archive, folder]), _ => { });
        }
        await using (var distributed = await TestStores.Open(db))
        await using (var reference = await TestStores.Open(single))
        {
            var exported = await Export(distributed);
            Assert.Equal(9 + StoryPages.All.Length, exported.Count); // the folder's pages are in the archive too: stored once
            Assert.Equal(await Export(reference), exported);
        }

        Assert.Equal(1, totals.Sum(t => t.DeadLettered));
        await using (var queue = await WorkQueue.ConnectAsync(nats.Url, "test-status"))
        {
            var status = await queue.StatusAsync(TimeSpan.FromMinutes(5));
            Assert.Equal((0UL, 0UL, 1UL), (status.Pending, status.InFlight, status.Failed));
            Assert.Equal((ulong)totals.Sum(t => t.Items), status.Done);
            var dead = Assert.Single(status.Dead);
            Assert.Equal(bad, dead.Item);
            Assert.Contains(bad, dead.Reason);
            Assert.Equal(2, dead.Tries);
            Assert.Equal(status.Done, (ulong)status.Workers.Sum(w => w.Items));
        }
    }

    [SkippableFact]
    public async Task A_worker_started_before_anything_is_queued_finds_no_work_and_stops_when_told_to_stop_once_empty()
    {
        using var nats = NatsServer.Start();
        await using var queue = await WorkQueue.ConnectAsync(nats.Url, "early-worker");
        await using var store = await TestStores.Open(TestStores.NewDb("sqlite"));
        var log = new List<string>();
        var run = new QueueWorker(queue, store, new WorkerOptions { UntilEmpty = true }, log.Add).RunAsync(CancellationToken.None);

        Assert.Same(run, await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(30))));
        Assert.Equal(new WorkerTotals(0, 0, 0, 0), await run);
        Assert.Empty(log);
    }
}
