using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Newsgraph.Core.Model;
using Newsgraph.Corpus;
using Newsgraph.Engine;
using Newsgraph.Sources;

namespace Newsgraph.Cli.Commands;

/// <summary>`ingest`, `search`, `export` and `stats`: the corpus kept in a store (SQLite file or PostgreSQL).</summary>
internal static class CorpusCommands
{
    internal static Option<string?> DbOption() => new("--db")
    {
        Description = $"The store: an SQLite file (default {CorpusStores.DefaultPath}) or a PostgreSQL connection (postgres://user@host:port/db or Host=…;Database=…).",
    };

    public static Command Ingest()
    {
        var sources = new Argument<string[]>("sources")
        {
            Description = "Pages, text captures, web archives (WARC, ARC, WET; plain or gzip), feeds (RSS, Atom, JSON Feed) and sitemaps (files or http(s) URLs), directories of pages and archives, or - for standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var db = DbOption();
        var jobs = new Option<int?>("--jobs", "-j") { Description = "Pages analysed at once (default: the number of cores)." };
        var published = new Option<string?>("--published") { Description = "Publication date (ISO 8601) for pages that state none." };
        var verbatim = new Option<bool>("--verbatim") { Description = "Each input is already an article body: keep it exactly as it is." };
        var max = new Option<int?>("--max") { Description = "Stop after this many inputs." };
        var delay = new Option<double?>("--delay") { Description = "Seconds between requests to one host (default 1; robots.txt's Crawl-delay when longer)." };
        var since = new Option<string?>("--since") { Description = "Skip feed and sitemap entries dated before this (ISO 8601)." };
        var command = new Command("ingest", "Read, analyse and store pages; a page stored before is not stored again.") { sources, db, jobs, published, verbatim, max, delay, since };
        command.SetAction(async (parse, ct) =>
        {
            if (!TryDate(parse.GetValue(published), "--published", out _, out var error)) return error;
            if (!TryDate(parse.GetValue(since), "--since", out _, out error)) return error;
            if (parse.GetValue(jobs) is < 1 || parse.GetValue(max) is < 1) return CliErrors.Fail("--jobs and --max take a whole number of at least 1");
            if (parse.GetValue(delay) is { } seconds && (seconds is < 0 or > 3600 || double.IsNaN(seconds))) return CliErrors.Fail($"--delay {seconds}: takes seconds from 0 to 3600");
            var missing = (parse.GetValue(sources) ?? []).FirstOrDefault(s => s != "-" && !InputResolver.IsUrl(s) && !File.Exists(s) && !Directory.Exists(s));
            if (missing is not null) return CliErrors.Fail($"{missing}: no such file or directory", 1);
            var settings = new IngestSettings
            {
                Published = parse.GetValue(published), Verbatim = parse.GetValue(verbatim), Since = parse.GetValue(since), Delay = parse.GetValue(delay),
            };
            return await Run(parse.GetValue(db), async store =>
            {
                var options = new IngestOptions { Jobs = parse.GetValue(jobs) ?? Environment.ProcessorCount, Engine = settings.EngineOptions() };
                return await IngestAsync(store, parse.GetValue(sources) ?? [], options, settings.ReaderOptions(), settings.SinceTime(), parse.GetValue(max), ct);
            }, ct);
        });
        return command;
    }

    private static async Task<int> IngestAsync(ICorpusStore store, string[] sources, IngestOptions options, ReaderOptions reader,
        DateTimeOffset? since, int? max, CancellationToken ct)
    {
        await using var engine = new NewsEngine(reader);
        var items = IngestSources.ResolveAsync(sources, new IngestSourceOptions { Since = since, Read = engine.ReadAsync }, ct);
        if (max is { } limit) items = items.Take(limit);

        var failures = new List<string>();
        var bar = new IngestProgressLine();
        var runner = new IngestRunner(engine, store, options);
        var done = await runner.RunAsync(items, failure =>
        {
            lock (failures) failures.Add(failure);
            bar.Clear();
            Console.Error.WriteLine($"newsgraph: {failure}");
        }, bar.Show, ct);
        bar.Clear();
        Console.Error.WriteLine(
            $"newsgraph: {done.Done} inputs into {store.Description}: {done.Stored} stored, {done.Versions} new versions, " +
            $"{done.Unchanged + done.Skipped} already stored, {done.Copies} near-duplicates, {done.Failed} failed, " +
            $"{done.PassedOver} archive records without a page " +
            $"({done.PagesPerSecond.ToString("0.0", CultureInfo.InvariantCulture)} pages/s)");
        return failures.Count == 0 ? 0 : 1;
    }

    public static Command Search()
    {
        var query = new Argument<string>("query") { Description = "Words that must all occur; \"quoted words\" as a phrase." };
        var db = DbOption();
        var from = new Option<string?>("--from") { Description = "Published on or after this day (YYYY-MM-DD)." };
        var to = new Option<string?>("--to") { Description = "Published on or before this day (YYYY-MM-DD)." };
        var publisher = new Option<string?>("--publisher") { Description = "Only this outlet." };
        var language = new Option<string?>("--language") { Description = "Only this language (ISO 639-1)." };
        var entity = new Option<string?>("--entity") { Description = "Only articles naming an entity whose name contains this." };
        var speaker = new Option<string?>("--speaker") { Description = "Only articles quoting a speaker whose name contains this." };
        var limit = new Option<int>("--limit") { Description = "Hits to show (default 20, at most 1000).", DefaultValueFactory = _ => 20 };
        var offset = new Option<int>("--offset") { Description = "Hits to pass over first, for paging." };
        var format = new Option<string>("--format", "-f") { Description = "json (default), jsonl or text.", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "jsonl", "text");
        var command = new Command("search", "Full-text search of the stored articles, ranked, with highlighted snippets.")
            { query, db, from, to, publisher, language, entity, speaker, limit, offset, format };
        command.SetAction(async (parse, ct) =>
        {
            if (!TryDate(parse.GetValue(from), "--from", out var fromDate, out var error)) return error;
            if (!TryDate(parse.GetValue(to), "--to", out var toDate, out error)) return error;
            if (parse.GetValue(limit) is < 1 or > 1000) return CliErrors.Fail("--limit takes a whole number from 1 to 1000");
            var text = parse.GetValue(query) ?? "";
            if (text.Length > 1000) return CliErrors.Fail("the query is longer than 1000 characters");
            var request = new SearchQuery(text)
            {
                From = fromDate?.Date, To = toDate?.Date, Publisher = parse.GetValue(publisher), Language = parse.GetValue(language),
                Entity = parse.GetValue(entity), Speaker = parse.GetValue(speaker), Limit = parse.GetValue(limit), Offset = Math.Max(0, parse.GetValue(offset)),
            };
            return await Run(parse.GetValue(db), async store =>
            {
                var results = await store.SearchAsync(request, ct);
                CorpusOutput.WriteSearch(Console.Out, request, results, parse.GetValue(format) ?? "json");
                return 0;
            }, ct);
        });
        return command;
    }

    public static Command Export()
    {
        var db = DbOption();
        var format = new Option<string>("--format", "-f") { Description = "jsonl: one article a line, as `analyze` writes it.", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl");
        var command = new Command("export", "Write every stored article (its latest version) as `analyze` writes it.") { db, format };
        command.SetAction(async (parse, ct) => await Run(parse.GetValue(db), async store =>
        {
            await foreach (var line in store.ExportAsync(ct)) Console.Out.WriteLine(line);
            return 0;
        }, ct));
        return command;
    }

    public static Command Stats()
    {
        var db = DbOption();
        var format = new Option<string>("--format", "-f") { Description = "text (default) or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("stats", "What the store holds: articles, versions, copies, by source, outlet, day and language.") { db, format };
        command.SetAction(async (parse, ct) => await Run(parse.GetValue(db), async store =>
        {
            CorpusOutput.WriteStats(Console.Out, store.Description, await store.StatsAsync(ct), parse.GetValue(format) ?? "text");
            return 0;
        }, ct));
        return command;
    }

    /// <summary>Opens the store, runs the command, and turns a store failure into one line naming the store.</summary>
    internal static async Task<int> Run(string? db, Func<ICorpusStore, Task<int>> action, CancellationToken ct)
    {
        ICorpusStore store;
        try
        {
            store = await CorpusStores.OpenAsync(db, ct);
        }
        catch (StoreException e)
        {
            return CliErrors.Fail(e.Message, 1);
        }
        await using (store)
        {
            try
            {
                return await action(store);
            }
            catch (Exception e) when (e is System.Data.Common.DbException or IOException)
            {
                return CliErrors.Fail($"{store.Description}: {e.Message.Split('\n')[0].Trim()}", 1);
            }
        }
    }

    internal static bool TryDate(string? text, string option, out PublicationDate? date, out int error)
    {
        date = null;
        error = 0;
        if (text is null || PublicationDate.TryParse(text, out date)) return true;
        error = CliErrors.Fail($"{option} {text}: not an ISO 8601 date (e.g. 2020-01-11)");
        return false;
    }
}

/// <summary>A one-line ingest progress display on a terminal: pages/s, stored, copies, failures.</summary>
internal sealed class IngestProgressLine
{
    private readonly bool _enabled = !Console.IsErrorRedirected;
    private long _lastDraw;

    public void Show(IngestProgress p)
    {
        if (!_enabled) return;
        var now = Environment.TickCount64;
        if (now - Interlocked.Read(ref _lastDraw) < 200) return;
        Interlocked.Exchange(ref _lastDraw, now);
        lock (this)
            Console.Error.Write(FormattableString.Invariant(
                $"\r{p.Done} done, {p.PagesPerSecond:0.0}/s: {p.Stored} stored, {p.Versions} versions, {p.Unchanged + p.Skipped} known, {p.Copies} copies, {p.Failed} failed   "));
    }

    public void Clear()
    {
        if (_enabled) lock (this) ProgressLine.Clear();
    }
}
