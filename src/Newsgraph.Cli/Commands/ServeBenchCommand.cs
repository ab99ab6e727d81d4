using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Newsgraph.Server;
using Newsgraph.Server.Api;

namespace Newsgraph.Cli.Commands;

/// <summary>
/// `bench-serve`: many concurrent clients against the server's search, story and person endpoints for a
/// while, then the latency percentiles per endpoint, the errors, and the process's memory over the run.
/// The server runs in this process on 127.0.0.1 without its per-client rate limit (every client here shares
/// one address); the clients are plain HttpClients over real sockets.
/// </summary>
internal static class ServeBenchCommand
{
    public static Command Create()
    {
        var db = CorpusCommands.DbOption();
        var clients = new Option<int>("--clients") { Description = "Concurrent clients (default 50).", DefaultValueFactory = _ => 50 };
        var seconds = new Option<int>("--seconds") { Description = "How long the load runs (default 30).", DefaultValueFactory = _ => 30 };
        var noCache = new Option<bool>("--no-cache") { Description = "Serve every request from the store (the response cache off): the cost of a miss." };
        var command = new Command("bench-serve", "Load-tests the API: concurrent clients on search, story and person endpoints; latency and memory.")
            { db, clients, seconds, noCache };
        command.SetAction(async (parse, ct) =>
        {
            var options = new ServerOptions { Db = parse.GetValue(db), Urls = "http://127.0.0.1:0", ApiRequestsPerSecond = 0 };
            if (parse.GetValue(noCache)) options = options with { ResponseCacheBytes = 0 };
            var app = await NewsServer.CreateAsync(options, logging => logging.ClearProviders(), ct);
            await using (app)
            {
                await app.StartAsync(ct);
                var address = NewsServer.Addresses(app)[0];
                using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1000 }) { BaseAddress = address };
                var targets = await TargetsAsync(http, ct);
                var cache = app.Services.GetRequiredService<ResponseCache>();
                var before = cache.Statistics.ToDictionary(c => c.Key, c => (c.Value.Hits, c.Value.Misses));
                await RunAsync(http, targets, Math.Max(1, parse.GetValue(clients)), TimeSpan.FromSeconds(Math.Max(1, parse.GetValue(seconds))), ct);
                ReportCache(cache, before, options.ResponseCacheBytes);
                await app.StopAsync(CancellationToken.None);
            }
            return 0;
        });
        return command;
    }

    private sealed record Targets(List<string> Words, List<long> Stories, List<long> People);

    /// <summary>What the clients ask for: words from story titles, story ids, and people's ids, all from the store.</summary>
    private static async Task<Targets> TargetsAsync(HttpClient http, CancellationToken ct)
    {
        var words = new List<string>();
        var stories = new List<long>();
        for (int page = 1; page <= 10; page++)
        {
            using var json = JsonDocument.Parse(await http.GetStringAsync($"/api/stories?page_size=100&page={page}", ct));
            foreach (var s in json.RootElement.GetProperty("stories").EnumerateArray())
            {
                stories.Add(s.GetProperty("id").GetInt64());
                if (s.GetProperty("title").GetString() is { } title)
                    words.AddRange(title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 4 && w.All(char.IsLetter)));
            }
            if (!json.RootElement.GetProperty("has_more").GetBoolean()) break;
        }
        var people = new List<long>();
        using (var json = JsonDocument.Parse(await http.GetStringAsync("/api/entities?type=PERSON&page_size=100", ct)))
            people.AddRange(json.RootElement.GetProperty("entities").EnumerateArray().Select(e => e.GetProperty("id").GetInt64()));
        if (words.Count == 0 || stories.Count == 0 || people.Count == 0)
            throw new InvalidOperationException("the store needs stories and people to load-test (ingest some articles first)");
        return new Targets(words, stories, people);
    }

    private static async Task RunAsync(HttpClient http, Targets targets, int clients, TimeSpan duration, CancellationToken ct)
    {
        var endpoints = new (string Name, Func<Random, string> Path)[]
        {
            ("search", r => "/api/search?q=" + Uri.EscapeDataString(targets.Words[r.Next(targets.Words.Count)])),
            ("story", r => $"/api/stories/{targets.Stories[r.Next(targets.Stories.Count)]}"),
            ("person", r => $"/api/entities/{targets.People[r.Next(targets.People.Count)]}"),
        };
        var times = endpoints.Select(_ => new List<double>()).ToArray();
        int errors = 0;
        var firstError = (string?)null;
        var process = Process.GetCurrentProcess();
        var memory = new List<long>();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        stop.CancelAfter(duration);
        var sampler = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                process.Refresh();
                lock (memory) memory.Add(process.WorkingSet64);
                try { await Task.Delay(1000, stop.Token); } catch (OperationCanceledException) { }
            }
        }, CancellationToken.None);
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, clients).Select(i => Task.Run(async () =>
        {
            var random = new Random(i);
            var mine = endpoints.Select(_ => new List<double>()).ToArray();
            while (!stop.IsCancellationRequested)
            {
                int k = random.Next(endpoints.Length);
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await http.GetAsync(endpoints[k].Path(random), HttpCompletionOption.ResponseContentRead, CancellationToken.None);
                    if (!response.IsSuccessStatusCode)
                    {
                        Interlocked.Increment(ref errors);
                        Interlocked.CompareExchange(ref firstError, $"{endpoints[k].Name}: HTTP {(int)response.StatusCode}", null);
                    }
                }
                catch (HttpRequestException e)
                {
                    Interlocked.Increment(ref errors);
                    Interlocked.CompareExchange(ref firstError, $"{endpoints[k].Name}: {e.Message}", null);
                }
                mine[k].Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
            lock (times) for (int e = 0; e < endpoints.Length; e++) times[e].AddRange(mine[e]);
        }, CancellationToken.None)).ToArray();
        await Task.WhenAll(workers);
        await sampler;
        var elapsed = clock.Elapsed.TotalSeconds;

        long total = times.Sum(t => t.Count);
        Console.WriteLine(Inv($"{clients} clients for {elapsed:F0} s against {http.BaseAddress}: {total:N0} requests ({total / elapsed:F0}/s), {errors} errors{(firstError is null ? "" : $" (first: {firstError})")}"));
        for (int e = 0; e < endpoints.Length; e++)
        {
            var t = times[e];
            t.Sort();
            if (t.Count == 0) continue;
            Console.WriteLine(Inv($"{endpoints[e].Name,-7} {t.Count,8:N0} requests   p50 {t[t.Count / 2],7:F1} ms   p95 {t[(int)(t.Count * 0.95)],7:F1} ms   p99 {t[(int)(t.Count * 0.99)],7:F1} ms   max {t[^1],7:F1} ms"));
        }
        var all = times.SelectMany(t => t).Order().ToList();
        Console.WriteLine(Inv($"all     {all.Count,8:N0} requests   p50 {all[all.Count / 2],7:F1} ms   p95 {all[(int)(all.Count * 0.95)],7:F1} ms"));
        if (memory.Count > 0)
        {
            int third = Math.Max(1, memory.Count / 3);
            Console.WriteLine(Inv($"memory (working set, sampled each second): first {Mb(memory[0])} MB, mean of the first third {Mb((long)memory.Take(third).Average())} MB, of the last third {Mb((long)memory.Skip(memory.Count - third).Average())} MB, peak {Mb(memory.Max())} MB"));
            Console.WriteLine($"memory every 5 s (MB): {string.Join(" ", memory.Where((_, i) => i % 5 == 0).Select(Mb))}");
        }
    }

    /// <summary>The response cache's hit rate per endpoint over the run (the target lists read before it left out).</summary>
    private static void ReportCache(ResponseCache cache, Dictionary<string, (long Hits, long Misses)> before, long maxBytes)
    {
        if (maxBytes <= 0)
        {
            Console.WriteLine("response cache: off");
            return;
        }
        var rates = cache.Statistics.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c =>
        {
            var (hits0, misses0) = before.GetValueOrDefault(c.Key);
            long hits = c.Value.Hits - hits0, requests = hits + c.Value.Misses - misses0;
            return requests == 0 ? null : Inv($"{c.Key} {100.0 * hits / requests:F1}% of {requests:N0}");
        }).OfType<string>();
        Console.WriteLine($"response cache ({Mb(maxBytes)} MB, dropped when the store changes) hits: {string.Join(", ", rates)}");
    }

    private static string Mb(long bytes) => (bytes / 1048576.0).ToString("F0", CultureInfo.InvariantCulture);
    private static string Inv(FormattableString s) => FormattableString.Invariant(s);
}
