using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Newsgraph.Corpus;
using Newsgraph.Scale;
using Newsgraph.Sources;

namespace Newsgraph.Cli.Commands;

/// <summary>`queue`, `queue status` and `worker`: ingest spread over machines through NATS JetStream into one store.</summary>
internal static class ScaleCommands
{
    private static Option<string> NatsOption() => new("--nats")
    {
        Description = "The NATS servers with JetStream (comma-separated nats://host:port; any one of them answering is enough).",
        Required = true,
    };

    public static Command Queue()
    {
        var sources = new Argument<string[]>("sources")
        {
            Description = "Web archives (split into byte ranges of whole records), pages, folders, feeds, sitemaps and URLs, as `ingest` takes them; files by a path every worker reaches.",
            Arity = ArgumentArity.OneOrMore,
        };
        var nats = NatsOption();
        var records = new Option<int>("--records-per-item") { Description = "Archive records per work item (default 100).", DefaultValueFactory = _ => 100 };
        var perItem = new Option<int>("--sources-per-item") { Description = "Files or URLs per work item (default 20).", DefaultValueFactory = _ => 20 };
        var replicas = new Option<int>("--replicas") { Description = "Copies of the queue on the NATS servers when it is first created (default: 3 in a cluster of three or more, else 1)." };
        var ackWait = new Option<double>("--ack-wait") { Description = "Seconds a silent worker may hold an item before another gets it, set when the queue is first created (default 60).", DefaultValueFactory = _ => 60 };
        var published = new Option<string?>("--published") { Description = "Publication date (ISO 8601) for pages that state none." };
        var verbatim = new Option<bool>("--verbatim") { Description = "Each input is already an article body: keep it exactly as it is." };
        var since = new Option<string?>("--since") { Description = "Skip feed and sitemap entries dated before this (ISO 8601)." };
        var delay = new Option<double?>("--delay") { Description = "Seconds between requests to one host, per worker (default 1)." };
        var command = new Command("queue", "Split sources into work items on a NATS JetStream queue, for `newsgraph worker` on any machine to ingest.")
            { sources, nats, records, perItem, replicas, ackWait, published, verbatim, since, delay };
        command.Subcommands.Add(Status());
        command.SetAction(async (parse, ct) =>
        {
            if (!CorpusCommands.TryDate(parse.GetValue(published), "--published", out _, out var error)) return error;
            if (!CorpusCommands.TryDate(parse.GetValue(since), "--since", out _, out error)) return error;
            if (parse.GetValue(records) < 1 || parse.GetValue(perItem) < 1) return CliErrors.Fail("--records-per-item and --sources-per-item take a whole number of at least 1");
            if (parse.GetValue(ackWait) is < 1 or > 86_400 || double.IsNaN(parse.GetValue(ackWait))) return CliErrors.Fail("--ack-wait takes seconds from 1 to 86400");
            var missing = (parse.GetValue(sources) ?? []).FirstOrDefault(s => !InputResolver.IsUrl(s) && !File.Exists(s) && !Directory.Exists(s));
            if (missing is not null) return CliErrors.Fail($"{missing}: no such file or directory", 1);
            var split = new SplitOptions
            {
                RecordsPerItem = parse.GetValue(records),
                SourcesPerItem = parse.GetValue(perItem),
                Settings = new IngestSettings
                {
                    Published = parse.GetValue(published), Verbatim = parse.GetValue(verbatim), Since = parse.GetValue(since), Delay = parse.GetValue(delay),
                },
            };
            return await WithQueue(parse.GetValue(nats)!, "newsgraph-queue", async queue =>
            {
                await queue.EnsureAsync(new QueueSetup { Replicas = parse.GetValue(replicas), AckWait = TimeSpan.FromSeconds(parse.GetValue(ackWait)) }, ct);
                int queued = 0, again = 0;
                await foreach (var item in WorkSplitter.SplitAsync(parse.GetValue(sources)!, split, ct))
                {
                    if (await queue.PublishAsync(item, ct)) queued++;
                    else again++;
                }
                Console.Error.WriteLine($"newsgraph: {queued} work items queued on {queue.Description}" + (again > 0 ? $"; {again} queued before, not again" : ""));
                return 0;
            });
        });
        return command;
    }

    private static Command Status()
    {
        var nats = NatsOption();
        var window = new Option<double>("--window") { Description = "Seconds over which each worker's rate is measured (default 60).", DefaultValueFactory = _ => 60 };
        var format = new Option<string>("--format", "-f") { Description = "text (default) or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("status", "What the queue holds: items pending, in flight, done, failed, and each worker's rate (from JetStream).") { nats, window, format };
        command.SetAction(async (parse, ct) =>
        {
            if (parse.GetValue(window) is < 1 or > 3600 || double.IsNaN(parse.GetValue(window))) return CliErrors.Fail("--window takes seconds from 1 to 3600");
            return await WithQueue(parse.GetValue(nats)!, "newsgraph-status", async queue =>
            {
                var status = await queue.StatusAsync(TimeSpan.FromSeconds(parse.GetValue(window)), ct: ct);
                if (parse.GetValue(format) == "json") Console.Out.WriteLine(JsonSerializer.Serialize(status, StatusJson));
                else WriteStatus(status);
                return 0;
            });
        });
        return command;
    }

    private static readonly JsonSerializerOptions StatusJson = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    private static void WriteStatus(QueueStatus s)
    {
        var o = Console.Out;
        o.WriteLine(FormattableString.Invariant($"pending {s.Pending}, in flight {s.InFlight}, done {s.Done}, failed {s.Failed} (redelivered {s.Redelivered})"));
        o.WriteLine(FormattableString.Invariant($"workers over the last {s.WindowSeconds:0} s:"));
        if (s.Workers.Count == 0) o.WriteLine("  none finished an item");
        foreach (var w in s.Workers)
            o.WriteLine(FormattableString.Invariant($"  {w.Worker,-30} {w.Items,6} items {w.Articles,8} articles {w.ArticlesPerSecond,8:0.0} articles/s"));
        foreach (var d in s.Dead)
            o.WriteLine(FormattableString.Invariant($"dead: {d.Item}: {d.Reason} ({d.Tries} tries, last by {d.Worker})"));
    }

    public static Command Worker()
    {
        var nats = NatsOption();
        var db = CorpusCommands.DbOption();
        var jobs = new Option<int?>("--jobs", "-j") { Description = "Pages analysed at once (default: the number of cores)." };
        var name = new Option<string?>("--name") { Description = "This worker's name in `queue status` (default: host name and process id)." };
        var tries = new Option<int>("--max-tries") { Description = "Tries before an item that ingests nothing goes to the dead-letter stream (default 3).", DefaultValueFactory = _ => 3 };
        var untilEmpty = new Option<bool>("--until-empty") { Description = "Stop once no item is waiting or held by any worker, instead of waiting for more." };
        var command = new Command("worker", "Take work items from the NATS queue and ingest them into the store (PostgreSQL, shared by every worker); Ctrl+C stops.")
            { nats, db, jobs, name, tries, untilEmpty };
        command.SetAction(async (parse, ct) =>
        {
            if (parse.GetValue(jobs) is < 1 || parse.GetValue(tries) < 1) return CliErrors.Fail("--jobs and --max-tries take a whole number of at least 1");
            var options = new WorkerOptions
            {
                Jobs = parse.GetValue(jobs) ?? Environment.ProcessorCount,
                MaxTries = parse.GetValue(tries),
                UntilEmpty = parse.GetValue(untilEmpty),
            };
            if (parse.GetValue(name) is { Length: > 0 } given) options = options with { Name = given };
            return await CorpusCommands.Run(parse.GetValue(db), store => WithQueue(parse.GetValue(nats)!, options.Name, async queue =>
            {
                Console.Error.WriteLine($"newsgraph: worker {options.Name} taking items from {queue.Description} into {store.Description}");
                var totals = await new QueueWorker(queue, store, options, line => Console.Error.WriteLine($"newsgraph: {line}")).RunAsync(ct);
                Console.Error.WriteLine(FormattableString.Invariant(
                    $"newsgraph: worker {options.Name}: {totals.Items} items, {totals.Articles} articles stored, {totals.DeadLettered} dead-lettered, {totals.Retried} offered again"));
                return 0;
            }), ct);
        });
        return command;
    }

    private static async Task<int> WithQueue(string url, string client, Func<WorkQueue, Task<int>> action)
    {
        WorkQueue queue;
        try
        {
            queue = await WorkQueue.ConnectAsync(url, client);
        }
        catch (QueueException e)
        {
            return CliErrors.Fail(e.Message, 1);
        }
        await using (queue)
        {
            try
            {
                return await action(queue);
            }
            catch (NATS.Client.Core.NatsNoRespondersException)
            {
                return CliErrors.Fail($"{queue.Description}: JetStream does not answer (start nats-server with -js)", 1);
            }
            catch (NATS.Client.JetStream.NatsJSApiException e) when (e.Error.Code == 404)
            {
                return CliErrors.Fail($"{queue.Description}: no queue there yet ({e.Error.Description}); `newsgraph queue` makes it", 1);
            }
            catch (Exception e) when (e is NATS.Client.Core.NatsException)
            {
                return CliErrors.Fail($"{queue.Description}: {e.Message.Split('\n')[0].Trim()}", 1);
            }
        }
    }
}
