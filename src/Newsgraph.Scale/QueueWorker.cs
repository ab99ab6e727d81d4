using System.Data.Common;
using System.Diagnostics;
using NATS.Client.Core;
using NATS.Client.JetStream;
using Newsgraph.Corpus;
using Newsgraph.Engine;

namespace Newsgraph.Scale;

public sealed record WorkerOptions
{
    /// <summary>The worker's name in the queue's status; by default the host name and process id.</summary>
    public string Name { get; init; } = $"{Environment.MachineName}-{Environment.ProcessId}";

    /// <summary>Pages analysed at once within an item.</summary>
    public int Jobs { get; init; } = Environment.ProcessorCount;

    /// <summary>Tries before an item that ingests nothing goes to the dead-letter stream.</summary>
    public int MaxTries { get; init; } = 3;

    /// <summary>How long a failed item waits before it is offered again.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Stop when the queue holds nothing (no item waiting or held by any worker), instead of waiting for more.</summary>
    public bool UntilEmpty { get; init; }
}

/// <summary>What one worker did.</summary>
public sealed record WorkerTotals(long Items, long Articles, long DeadLettered, long Retried);

/// <summary>
/// Pulls items from the queue one at a time and ingests each exactly as `ingest` does, into the shared store.
/// An item is acknowledged only after its articles are committed, so a worker killed at any moment loses
/// nothing: JetStream gives its item to another worker, and the store, keyed by content, skips what the dead
/// worker had already committed. An item that ingests nothing (every source missing or failing) is offered
/// again, and after <see cref="WorkerOptions.MaxTries"/> goes to the dead-letter stream with its reason; a
/// store failure is never the item's fault, so the item waits for the store instead.
/// </summary>
public sealed class QueueWorker(WorkQueue queue, ICorpusStore store, WorkerOptions options, Action<string> log)
{
    private long _items, _articles, _dead, _retried;
    private bool _toldNoQueue;
    private readonly Dictionary<double, NewsEngine> _engines = [];

    public async Task<WorkerTotals> RunAsync(CancellationToken ct)
    {
        try
        {
            INatsJSConsumer? consumer = null;
            while (!ct.IsCancellationRequested)
            {
                INatsJSMsg<byte[]>? next;
                try
                {
                    consumer ??= await queue.ConsumerAsync(ct);
                    next = await consumer.NextAsync<byte[]>(opts: new NatsJSNextOpts { Expires = TimeSpan.FromSeconds(options.UntilEmpty ? 2 : 30) }, cancellationToken: ct);
                    if (next is null && options.UntilEmpty && await queue.IsEmptyAsync(ct)) break;
                }
                catch (NatsJSApiException e) when (e.Error.Code == 404 && !ct.IsCancellationRequested)
                {
                    // Workers may start before anything is queued: wait for the queue, saying so once.
                    if (options.UntilEmpty) break;
                    if (!_toldNoQueue) log($"{queue.Description}: no queue yet; waiting for `newsgraph queue`");
                    _toldNoQueue = true;
                    consumer = null;
                    await Task.Delay(TimeSpan.FromSeconds(5), ct);
                    continue;
                }
                catch (Exception e) when (e is NatsException && !ct.IsCancellationRequested)
                {
                    // A server leaving or a stream electing a new leader: wait and ask again.
                    log($"{queue.Description}: {OneLine(e)}; trying again");
                    consumer = null;
                    await Task.Delay(TimeSpan.FromSeconds(1), ct);
                    continue;
                }
                if (next is { } msg) await HandleAsync(msg, ct);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested) { }
        finally
        {
            foreach (var engine in _engines.Values) await engine.DisposeAsync();
        }
        return new WorkerTotals(_items, _articles, _dead, _retried);
    }

    private async Task HandleAsync(INatsJSMsg<byte[]> msg, CancellationToken ct)
    {
        long tries = (long)(msg.Metadata?.NumDelivered ?? 1);
        WorkItem item;
        try
        {
            item = WorkItem.Parse(msg.Data ?? []);
        }
        catch (FormatException e)
        {
            await DeadLetterAsync(msg, null, "message", e.Message, tries, ct);
            return;
        }

        using var held = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var heartbeat = KeepHoldingAsync(msg, held.Token);
        var clock = Stopwatch.StartNew();
        IngestProgress? done = null;
        Exception? trouble = null;
        string? firstFailure = null;
        try
        {
            done = await IngestAsync(item, failure =>
            {
                Interlocked.CompareExchange(ref firstFailure, failure, null);
                log(failure);
            }, ct);
        }
        catch (Exception e) when (e is FormatException or DbException or StoreException or IOException)
        {
            trouble = e;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested) { }
        finally
        {
            // The heartbeat stops before the item is answered for, one way or the other.
            await held.CancelAsync();
            await heartbeat;
        }

        if (done is null && trouble is null)
        {
            // Stopping: hand the item straight back; what was committed stays and is skipped next time.
            await TryAsync(() => msg.NakAsync(cancellationToken: CancellationToken.None));
            ct.ThrowIfCancellationRequested();
        }
        if (trouble is FormatException)
        {
            // The item itself is malformed (a date it carries): no try will go better.
            await DeadLetterAsync(msg, item, item.Describe(), trouble.Message, tries, ct);
            return;
        }
        if (trouble is not null)
        {
            // The store's trouble, not the item's: offer it again later and give the store time.
            log($"{store.Description}: {OneLine(trouble)}; {item.Describe()} will be tried again");
            await OfferAgainAsync(msg, ct);
            await Task.Delay(options.RetryDelay, ct);
            return;
        }
        if (done!.Stored + done.Versions + done.Unchanged + done.Skipped == 0 && done.Failed > 0)
        {
            var reason = firstFailure ?? "nothing could be ingested";
            if (tries >= options.MaxTries)
            {
                await DeadLetterAsync(msg, item, item.Describe(), reason, tries, ct);
                return;
            }
            log($"{item.Describe()}: try {tries} of {options.MaxTries} ingested nothing; it will be tried again");
            await OfferAgainAsync(msg, ct);
            return;
        }
        await msg.AckAsync(new AckOpts { DoubleAck = true }, ct);
        Interlocked.Increment(ref _items);
        Interlocked.Add(ref _articles, done.Stored + done.Versions);
        await TryAsync(() => queue.PublishEventAsync(WorkQueue.DoneSubject(options.Name),
            new ItemDone(options.Name, item.Describe(), done.Done, done.Stored + done.Versions, done.Failed, clock.Elapsed.TotalSeconds, DateTimeOffset.UtcNow), ct));
    }

    /// <summary>Ingests the item's pages as `ingest` would, with the options it was queued with.</summary>
    private async Task<IngestProgress> IngestAsync(WorkItem item, Action<string> onFailure, CancellationToken ct)
    {
        var settings = item.Settings;
        var engine = Engine(settings);
        var inputs = item.Kind == WorkItem.ArchiveRangeKind
            ? File.Exists(item.Archive) ? IngestSources.FromArchiveRange(item.Archive!, item.Start, item.End, ct)
                : Missing(item.Archive!)
            : IngestSources.ResolveAsync(item.Sources, new IngestSourceOptions { Since = settings.SinceTime(), Read = engine.ReadAsync }, ct);
        var runner = new IngestRunner(engine, store, new IngestOptions { Jobs = options.Jobs, Engine = settings.EngineOptions() });
        return await runner.RunAsync(inputs, onFailure, ct: ct);
    }

    private static IAsyncEnumerable<IngestItem> Missing(string path) =>
        new[] { IngestItem.Failed(path, "warc", "no such file (every worker must reach the archive at this path)") }.ToAsyncEnumerable();

    /// <summary>One engine per politeness setting, kept for the worker's life: robots.txt and per-host delays are remembered.</summary>
    private NewsEngine Engine(IngestSettings settings)
    {
        var key = settings.Delay ?? -1;
        if (!_engines.TryGetValue(key, out var engine)) _engines[key] = engine = new NewsEngine(settings.ReaderOptions());
        return engine;
    }

    private async Task OfferAgainAsync(INatsJSMsg<byte[]> msg, CancellationToken ct)
    {
        Interlocked.Increment(ref _retried);
        await TryAsync(() => msg.NakAsync(new AckOpts { NakDelay = options.RetryDelay }, ct));
    }

    /// <summary>Tells JetStream the item is still being worked on, well within its ack wait.</summary>
    private static async Task KeepHoldingAsync(INatsJSMsg<byte[]> msg, CancellationToken ct)
    {
        try
        {
            while (true)
            {
                await Task.Delay(TimeSpan.FromSeconds(5), ct);
                await TryAsync(() => msg.AckProgressAsync(cancellationToken: ct));
            }
        }
        catch (OperationCanceledException) { }
    }

    private async Task DeadLetterAsync(INatsJSMsg<byte[]> msg, WorkItem? item, string name, string reason, long tries, CancellationToken ct)
    {
        log($"{name}: failed {tries} times, moved to the dead-letter stream: {reason}");
        await queue.PublishEventAsync(WorkQueue.DeadSubject, new DeadItem(name, reason, tries, options.Name, DateTimeOffset.UtcNow, item), ct);
        await msg.AckAsync(new AckOpts { DoubleAck = true }, ct);
        Interlocked.Increment(ref _dead);
    }

    private static string OneLine(Exception e) => e.Message.Split('\n')[0].Trim();

    /// <summary>A report or acknowledgement that may fail while a server is away: the item's fate does not hang on it.</summary>
    private static async Task TryAsync(Func<ValueTask> action)
    {
        try { await action(); }
        catch (Exception e) when (e is NatsException or OperationCanceledException) { }
    }

    private static Task TryAsync(Func<Task> action) => TryAsync(() => new ValueTask(action()));
}
