using System.Text.Json;
using NATS.Client.Core;
using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;

namespace Newsgraph.Scale;

/// <summary>How the queue's streams are set up when `queue` first creates them.</summary>
public sealed record QueueSetup
{
    /// <summary>Copies of each stream on the NATS servers; 0 = three when the server is in a cluster of at least
    /// three, else one. With three, the queue survives the loss of any one server.</summary>
    public int Replicas { get; init; }

    /// <summary>How long a worker may hold an item without a sign of life before it is given to another worker;
    /// workers signal progress well within it, so only a dead worker's item moves.</summary>
    public TimeSpan AckWait { get; init; } = TimeSpan.FromSeconds(60);
}

/// <summary>An item that failed every try, with why; kept on the dead-letter stream.</summary>
public sealed record DeadItem(string Item, string Reason, long Tries, string Worker, DateTimeOffset At, WorkItem? Work);

/// <summary>What a worker reports after each item (its rate comes from these, read back from JetStream).</summary>
public sealed record ItemDone(string Worker, string Item, long Inputs, long Articles, long Failed, double Seconds, DateTimeOffset At);

public sealed record WorkerRate(string Worker, int Items, long Articles, double ArticlesPerSecond);

/// <summary>The queue seen from JetStream: items waiting, held by a worker, done, dead-lettered, and per worker the
/// work done in the last <see cref="WindowSeconds"/>.</summary>
public sealed record QueueStatus(ulong Pending, ulong InFlight, ulong Done, ulong Failed, ulong Redelivered,
    double WindowSeconds, IReadOnlyList<WorkerRate> Workers, IReadOnlyList<DeadItem> Dead);

/// <summary>
/// The work queue on NATS JetStream: a work-queue stream of <see cref="WorkItem"/>s with one durable pull
/// consumer that every worker shares (JetStream gives each item to one worker and redelivers it when that
/// worker stops acknowledging), a dead-letter stream, and a short-lived stream of finished-item reports from
/// which the status reads each worker's rate.
/// </summary>
public sealed class WorkQueue : IAsyncDisposable
{
    public const string WorkStream = "NEWSGRAPH_WORK";
    public const string WorkSubject = "newsgraph.work";
    public const string ConsumerName = "workers";
    public const string DeadStream = "NEWSGRAPH_DEAD";
    public const string DeadSubject = "newsgraph.dead";
    public const string DoneStream = "NEWSGRAPH_DONE";
    public const string DoneSubjects = "newsgraph.done.>";

    /// <summary>Where a worker reports its finished items: its name as one subject token (no dots, spaces or wildcards).</summary>
    public static string DoneSubject(string worker) =>
        "newsgraph.done." + new string([.. worker.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' ? c : '_')]);

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly NatsConnection _connection;
    private readonly NatsJSContext _js;

    private WorkQueue(string url, NatsConnection connection)
    {
        Description = $"NATS {url}";
        _connection = connection;
        _js = new NatsJSContext(connection);
    }

    public string Description { get; }

    internal NatsJSContext JetStream => _js;

    /// <summary>Connects to any of the servers in <paramref name="url"/> (comma-separated); a failure is one line naming them.</summary>
    public static async Task<WorkQueue> ConnectAsync(string url, string clientName, CancellationToken ct = default)
    {
        var connection = new NatsConnection(NatsOpts.Default with
        {
            Url = url,
            Name = clientName,
            ConnectTimeout = TimeSpan.FromSeconds(5),
            MaxReconnectRetry = -1, // a server going away is routine: keep trying the others
        });
        try
        {
            await connection.ConnectAsync();
        }
        catch (NatsException e)
        {
            await connection.DisposeAsync();
            throw new QueueException($"NATS {url}: cannot connect ({e.Message.Split('\n')[0].TrimEnd('.')})");
        }
        return new WorkQueue(url, connection);
    }

    /// <summary>Creates the streams and the consumer, or leaves them as they are when they exist.</summary>
    public async Task EnsureAsync(QueueSetup setup, CancellationToken ct = default)
    {
        int replicas = setup.Replicas > 0 ? setup.Replicas : (_connection.ServerInfo?.ClientConnectUrls?.Length ?? 0) >= 3 ? 3 : 1;
        await CreateStreamIfMissingAsync(new StreamConfig(WorkStream, [WorkSubject])
        {
            Retention = StreamConfigRetention.Workqueue,
            Storage = StreamConfigStorage.File,
            NumReplicas = replicas,
            DuplicateWindow = TimeSpan.FromMinutes(10),
        }, ct);
        await CreateStreamIfMissingAsync(new StreamConfig(DeadStream, [DeadSubject]) { Storage = StreamConfigStorage.File, NumReplicas = replicas }, ct);
        await CreateStreamIfMissingAsync(new StreamConfig(DoneStream, [DoneSubjects])
        {
            Storage = StreamConfigStorage.File,
            NumReplicas = replicas,
            MaxAge = TimeSpan.FromHours(1), // long enough for a rate, short enough to stay small
        }, ct);
        await _js.CreateOrUpdateConsumerAsync(WorkStream, new ConsumerConfig(ConsumerName)
        {
            AckPolicy = ConsumerConfigAckPolicy.Explicit,
            AckWait = setup.AckWait,
            MaxDeliver = -1, // the worker dead-letters a bad item itself, with the reason; a store outage never kills items
            MaxAckPending = 10_000,
            NumReplicas = replicas,
        }, ct);
    }

    private async Task CreateStreamIfMissingAsync(StreamConfig config, CancellationToken ct)
    {
        try
        {
            await _js.GetStreamAsync(config.Name!, cancellationToken: ct);
        }
        catch (NatsJSApiException e) when (e.Error.Code == 404)
        {
            await _js.CreateStreamAsync(config, ct);
        }
    }

    /// <summary>Publishes an item; false when the same item was queued within the de-duplication window.</summary>
    public async Task<bool> PublishAsync(WorkItem item, CancellationToken ct = default)
    {
        var ack = await _js.PublishAsync(WorkSubject, item.ToJson(), opts: new NatsJSPubOpts { MsgId = item.Key(), RetryAttempts = 10 }, cancellationToken: ct);
        if (ack.Duplicate) return false;
        try
        {
            ack.EnsureSuccess();
        }
        catch (NatsJSDuplicateMessageException)
        {
            return false;
        }
        return true;
    }

    internal ValueTask<INatsJSConsumer> ConsumerAsync(CancellationToken ct) => _js.GetConsumerAsync(WorkStream, ConsumerName, ct);

    internal async Task PublishEventAsync<T>(string subject, T value, CancellationToken ct)
    {
        var ack = await _js.PublishAsync(subject, JsonSerializer.SerializeToUtf8Bytes(value, Json), opts: new NatsJSPubOpts { RetryAttempts = 10 }, cancellationToken: ct);
        ack.EnsureSuccess();
    }

    /// <summary>True when no item is waiting or held by a worker.</summary>
    public async Task<bool> IsEmptyAsync(CancellationToken ct = default)
    {
        var stream = await _js.GetStreamAsync(WorkStream, cancellationToken: ct);
        return stream.Info.State.Messages == 0;
    }

    public async Task<QueueStatus> StatusAsync(TimeSpan window, int maxDead = 100, CancellationToken ct = default)
    {
        var work = await _js.GetStreamAsync(WorkStream, cancellationToken: ct);
        var consumer = await _js.GetConsumerAsync(WorkStream, ConsumerName, ct);
        var deadCount = (await _js.GetStreamAsync(DeadStream, cancellationToken: ct)).Info.State.Messages;
        var dead = deadCount == 0 ? [] : await ReadAsync<DeadItem>(DeadStream, null, maxDead, ct);
        var recent = await ReadAsync<ItemDone>(DoneStream, DateTimeOffset.UtcNow - window, int.MaxValue, ct);
        var rates = recent.GroupBy(d => d.Worker)
            .Select(g => new WorkerRate(g.Key, g.Count(), g.Sum(d => d.Articles), g.Sum(d => d.Articles) / window.TotalSeconds))
            .OrderBy(r => r.Worker, StringComparer.Ordinal).ToList();
        var state = work.Info.State;
        // Acknowledged items leave a work-queue stream: what was ever queued and is gone was done or dead-lettered.
        ulong finished = state.LastSeq - (ulong)state.Messages;
        return new QueueStatus((ulong)consumer.Info.NumPending, (ulong)consumer.Info.NumAckPending,
            finished - Math.Min(finished, (ulong)deadCount), (ulong)deadCount, (ulong)consumer.Info.NumRedelivered, window.TotalSeconds, rates, dead);
    }

    /// <summary>The messages of a stream (from a time on), read once in order.</summary>
    private async Task<List<T>> ReadAsync<T>(string stream, DateTimeOffset? since, int max, CancellationToken ct)
    {
        var found = new List<T>();
        var consumer = await _js.CreateOrderedConsumerAsync(stream, new NatsJSOrderedConsumerOpts
        {
            DeliverPolicy = since is null ? ConsumerConfigDeliverPolicy.All : ConsumerConfigDeliverPolicy.ByStartTime,
            OptStartTime = since ?? default,
        }, ct);
        while (found.Count < max)
        {
            int before = found.Count;
            await foreach (var msg in consumer.FetchNoWaitAsync<byte[]>(new NatsJSFetchOpts { MaxMsgs = Math.Min(500, max - found.Count) }, cancellationToken: ct))
            {
                if (msg.Data is { } data && JsonSerializer.Deserialize<T>(data, Json) is { } value) found.Add(value);
            }
            if (found.Count == before) break;
        }
        return found;
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}

/// <summary>The queue cannot be reached or used; the message is one line naming it.</summary>
public sealed class QueueException(string message) : Exception(message);
