using System.Diagnostics;
using System.Security.Cryptography;
using System.Threading.Channels;
using Newsgraph.Engine;
using Newsgraph.Sources;

namespace Newsgraph.Corpus;

/// <summary>One input to ingest, with the kind of source it came from ("file", "url", "warc", …); or a part of
/// a source that could not be read (<see cref="Problem"/>) or holds no page (<see cref="PassedOver"/>), so the
/// run counts and reports it in order with the rest.</summary>
public sealed record IngestItem(InputItem Input, string SourceKind)
{
    /// <summary>Why this part of a source could not be read (a damaged archive record); it counts as failed.</summary>
    public string? Problem { get; init; }

    /// <summary>Why this part holds no page (an archive's request or image record); counted, not reported.</summary>
    public string? PassedOver { get; init; }

    public static IngestItem Failed(string source, string kind, string problem) =>
        new(new InputItem(source, InputItemKind.Missing), kind) { Problem = problem };

    public static IngestItem NoPage(string source, string kind, string reason) =>
        new(new InputItem(source, InputItemKind.Missing), kind) { PassedOver = reason };
}

public sealed record IngestOptions
{
    /// <summary>Pages analysed at once; by default one per core.</summary>
    public int Jobs { get; init; } = Environment.ProcessorCount;

    /// <summary>Articles written per transaction.</summary>
    public int BatchSize { get; init; } = 64;

    public EngineOptions Engine { get; init; } = new();
}

/// <summary>Counts so far; <see cref="PagesPerSecond"/> over the inputs finished.</summary>
/// <param name="Skipped">Inputs stored before with the same bytes, not analysed again.</param>
/// <param name="PassedOver">Archive records that hold no page.</param>
public sealed record IngestProgress(long Done, long Stored, long Versions, long Unchanged, long Skipped, long Copies, long Failed, long PassedOver, double PagesPerSecond);

/// <summary>
/// Ingests a stream of inputs into a store: pages are read and analysed on every core, and written in
/// batched transactions by one writer, with bounded queues between, so memory stays flat however long
/// the stream. An input the store already holds (same source, same bytes) is skipped before analysis; a
/// failing input is reported by name and the rest go on.
/// </summary>
public sealed class IngestRunner(NewsEngine engine, ICorpusStore store, IngestOptions options)
{
    private long _done, _stored, _versions, _unchanged, _skipped, _copies, _failed, _passedOver;
    private readonly Stopwatch _clock = new();

    public IngestProgress Progress => new(_done, _stored, _versions, _unchanged, _skipped, _copies, _failed, _passedOver,
        _clock.Elapsed.TotalSeconds > 0 ? _done / _clock.Elapsed.TotalSeconds : 0);

    /// <param name="onFailure">Called with a one-line reason for each input that could not be ingested.</param>
    /// <param name="onProgress">Called after each input is finished (from several threads).</param>
    public async Task<IngestProgress> RunAsync(IAsyncEnumerable<IngestItem> items, Action<string> onFailure, Action<IngestProgress>? onProgress = null, CancellationToken ct = default)
    {
        _clock.Start();
        int jobs = Math.Max(1, options.Jobs);
        var inputs = Channel.CreateBounded<IngestItem>(jobs * 2);
        var analysed = Channel.CreateBounded<IngestedArticle>(Math.Max(options.BatchSize, 1) * 2);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);

        var producer = Task.Run(async () =>
        {
            try
            {
                await foreach (var item in items.WithCancellation(stop.Token)) await inputs.Writer.WriteAsync(item, stop.Token);
            }
            finally { inputs.Writer.Complete(); }
        }, stop.Token);
        var workers = Enumerable.Range(0, jobs).Select(_ => Task.Run(() => AnalyseAsync(inputs.Reader, analysed.Writer, onFailure, onProgress, stop.Token), stop.Token)).ToArray();
        var allAnalysed = Task.WhenAll(workers).ContinueWith(_ => analysed.Writer.Complete(), TaskScheduler.Default);
        var writer = Task.Run(() => WriteAsync(analysed.Reader, onProgress, stop.Token), stop.Token);
        try
        {
            await writer; // a store failure ends the run: what was committed stays
            await Task.WhenAll([producer, .. workers]);
        }
        catch
        {
            stop.Cancel();
            throw;
        }
        await allAnalysed;
        _clock.Stop();
        return Progress;
    }

    private async Task AnalyseAsync(ChannelReader<IngestItem> inputs, ChannelWriter<IngestedArticle> analysed,
        Action<string> onFailure, Action<IngestProgress>? onProgress, CancellationToken ct)
    {
        await foreach (var item in inputs.ReadAllAsync(ct))
        {
            if (item.PassedOver is not null || item.Problem is not null)
            {
                if (item.Problem is not null) onFailure($"{item.Input.Source}: {item.Problem}");
                Interlocked.Increment(ref item.Problem is not null ? ref _failed : ref _passedOver);
                Finish(onProgress);
                continue;
            }
            IngestedArticle article;
            try
            {
                var page = await engine.ReadAsync(item.Input, ct);
                var hash = Convert.ToHexStringLower(SHA256.HashData(page.Bytes))[..32];
                if (await store.HoldsInputAsync(item.Input.Source, hash, ct))
                {
                    Interlocked.Increment(ref _skipped);
                    Finish(onProgress);
                    continue;
                }
                var document = engine.Process(page, options.Engine, ct);
                article = new IngestedArticle(document, item.SourceKind, hash, DateTimeOffset.UtcNow);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested) { throw; }
            catch (Exception e)
            {
                Interlocked.Increment(ref _failed);
                onFailure(NewsEngine.DescribeFailure(item.Input.Source, e));
                Finish(onProgress);
                continue;
            }
            await analysed.WriteAsync(article, ct);
        }
    }

    private async Task WriteAsync(ChannelReader<IngestedArticle> analysed, Action<IngestProgress>? onProgress, CancellationToken ct)
    {
        var batch = new List<IngestedArticle>(options.BatchSize);
        while (await analysed.WaitToReadAsync(ct))
        {
            // Take what is ready, up to a batch: a slow stream still gets written promptly.
            while (batch.Count < options.BatchSize && analysed.TryRead(out var article)) batch.Add(article);
            foreach (var result in await store.StoreAsync(batch, ct))
            {
                switch (result.Outcome)
                {
                    case StoreOutcome.Stored: Interlocked.Increment(ref _stored); break;
                    case StoreOutcome.NewVersion: Interlocked.Increment(ref _versions); break;
                    default: Interlocked.Increment(ref _unchanged); break;
                }
                if (result.CopyOf is not null) Interlocked.Increment(ref _copies);
                Finish(onProgress);
            }
            batch.Clear();
        }
    }

    private void Finish(Action<IngestProgress>? onProgress)
    {
        Interlocked.Increment(ref _done);
        onProgress?.Invoke(Progress);
    }
}
