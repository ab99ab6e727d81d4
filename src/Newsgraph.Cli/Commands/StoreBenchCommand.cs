using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Newsgraph.Core.Model;
using Newsgraph.Core.Output;
using Newsgraph.Corpus;

namespace Newsgraph.Cli.Commands;

/// <summary>
/// `bench-store`: search latency over a store, after optionally growing it to a given size by storing
/// varied copies of the articles it holds (new addresses, a share of their words replaced, the analysis
/// layers kept), so a 100,000-article store can be built from the pages at hand.
/// </summary>
internal static class StoreBenchCommand
{
    public static Command Create()
    {
        var db = new Option<string?>("--db") { Description = "The store to measure (SQLite file or PostgreSQL connection)." };
        var growTo = new Option<int?>("--grow-to") { Description = "First add varied copies of the stored articles until the store holds this many." };
        var reportEvery = new Option<int?>("--report-every") { Description = "While growing, print the wall and CPU time per added article over each this many articles." };
        var queries = new Option<int>("--queries") { Description = "Searches to time (default 500).", DefaultValueFactory = _ => 500 };
        var command = new Command("bench-store", "Measure search latency (p50/p95) over a store, optionally grown to a size first.") { db, growTo, reportEvery, queries };
        command.SetAction(async (parse, ct) =>
        {
            ICorpusStore store;
            try { store = await CorpusStores.OpenAsync(parse.GetValue(db), ct); }
            catch (StoreException e) { return CliErrors.Fail(e.Message, 1); }
            await using (store)
            {
                if (parse.GetValue(growTo) is { } target) await GrowAsync(store, target, parse.GetValue(reportEvery), ct);
                await MeasureAsync(store, Math.Max(10, parse.GetValue(queries)), ct);
            }
            return 0;
        });
        return command;
    }

    private static async Task GrowAsync(ICorpusStore store, int target, int? reportEvery, CancellationToken ct)
    {
        var originals = new List<ArticleDocument>();
        await foreach (var line in store.ExportAsync(ct)) originals.Add(JsonDocumentReader.Read(line));
        if (originals.Count == 0) throw new InvalidOperationException("the store is empty: ingest some pages first");
        long have = (await store.StatsAsync(ct)).Articles;
        var random = new Random(42);
        var clock = Stopwatch.StartNew();
        long added = 0;
        // Each window's cost per added article: wall time, and this process's CPU time, which other work on the machine does not inflate.
        var window = (Start: have, Wall: clock.Elapsed, Cpu: Process.GetCurrentProcess().TotalProcessorTime);
        while (have < target)
        {
            var batch = new List<IngestedArticle>(256);
            for (int i = 0; i < 256 && have + i < target; i++)
            {
                var original = originals[(int)((have + i) % originals.Count)];
                batch.Add(new IngestedArticle(Variant(original, have + i, random), "bench", $"bench-{have + i}", DateTimeOffset.UtcNow));
            }
            await store.StoreAsync(batch, ct);
            have += batch.Count;
            added += batch.Count;
            if (reportEvery is > 0 && have - window.Start >= reportEvery)
            {
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                double n = have - window.Start;
                ProgressLine.Clear();
                Console.WriteLine(FormattableString.Invariant(
                    $"{window.Start,9:N0} → {have,9:N0} articles: {(clock.Elapsed - window.Wall).TotalMilliseconds / n,6:F1} ms wall, {(cpu - window.Cpu).TotalMilliseconds / n,6:F1} ms CPU per added article"));
                window = (have, clock.Elapsed, cpu);
            }
            if (!Console.IsErrorRedirected) Console.Error.Write($"\rgrowing: {have:N0} of {target:N0} articles ({added / clock.Elapsed.TotalSeconds:N0}/s)   ");
        }
        ProgressLine.Clear();
        Console.WriteLine(FormattableString.Invariant($"grew the store by {added:N0} articles to {have:N0} in {clock.Elapsed.TotalSeconds:N0} s"));
    }

    /// <summary>A copy of the article at a new address with one word in five replaced by a made-up one, so that
    /// copies neither index nor deduplicate as the same text.</summary>
    private static ArticleDocument Variant(ArticleDocument d, long n, Random random)
    {
        var words = d.Text.Split(' ');
        for (int i = 0; i < words.Length; i++)
            if (random.Next(5) == 0) words[i] = "w" + random.Next(1_000_000).ToString(CultureInfo.InvariantCulture);
        var published = d.Published is { } p ? p with { Date = p.Date.AddDays(-(int)(n % 3650)) } : null;
        return new ArticleDocument
        {
            Source = $"bench/{n}", Url = $"https://bench.example/{n}", Title = d.Title, Authors = d.Authors, Published = published,
            Publisher = d.Publisher, Language = d.Language, Credits = d.Credits, Text = string.Join(' ', words),
            Entities = d.Entities, Quotes = d.Quotes, Times = d.Times, Events = d.Events,
        };
    }

    private static async Task MeasureAsync(ICorpusStore store, int count, CancellationToken ct)
    {
        var stats = await store.StatsAsync(ct);
        var vocabulary = new List<string>();
        await foreach (var line in store.ExportAsync(ct))
        {
            var title = JsonDocumentReader.Read(line).Title;
            if (title is not null) vocabulary.AddRange(title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 4 && w.All(char.IsLetter)));
            if (vocabulary.Count > 5000) break;
        }
        if (vocabulary.Count == 0) throw new InvalidOperationException("no titles to draw query words from");
        var random = new Random(7);
        var publishers = stats.ByPublisher.Select(p => p.Key).Where(p => p != "(unknown)").ToList();
        var kinds = new (string Name, Func<SearchQuery> Make)[]
        {
            ("one word", () => new SearchQuery(Pick(vocabulary, random))),
            ("two words", () => new SearchQuery(Pick(vocabulary, random) + " " + Pick(vocabulary, random))),
            ("word + publisher + dates", () => new SearchQuery(Pick(vocabulary, random))
                { Publisher = publishers.Count > 0 ? Pick(publishers, random) : null, From = new DateOnly(2015, 1, 1), To = new DateOnly(2030, 12, 31) }),
            ("word + entity", () => new SearchQuery(Pick(vocabulary, random)) { Entity = "minister" }),
        };
        Console.WriteLine($"{store.Description}: {stats.Articles:N0} articles; {count} searches per kind, 20 hits each");
        foreach (var (name, make) in kinds)
        {
            for (int i = 0; i < 5; i++) await store.SearchAsync(make(), ct); // warm-up
            var times = new List<double>(count);
            for (int i = 0; i < count; i++)
            {
                var query = make();
                var clock = Stopwatch.StartNew();
                await store.SearchAsync(query, ct);
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
            times.Sort();
            Console.WriteLine(FormattableString.Invariant(
                $"{name,-26} p50 {times[times.Count / 2],7:F1} ms   p95 {times[(int)(times.Count * 0.95)],7:F1} ms   max {times[^1],7:F1} ms"));
        }
    }

    private static string Pick(List<string> items, Random random) => items[random.Next(items.Count)];
}
