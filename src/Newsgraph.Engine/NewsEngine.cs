using System.Runtime.CompilerServices;
using Newsgraph.Analysis;
using Newsgraph.Core.Model;
using Newsgraph.Core.Pipeline;
using Newsgraph.Extraction;
using Newsgraph.Sources;

namespace Newsgraph.Engine;

/// <summary>
/// The one way a page becomes a document: read, decode, extract, then analyse when asked. Every host
/// (the CLI, benchmarks, tests, a server or worker) calls this rather than chaining the steps itself.
/// Owns the <see cref="PageReader"/> and its HTTP client, so one engine should serve a whole run.
/// </summary>
public sealed class NewsEngine : IDisposable, IAsyncDisposable
{
    private readonly PageReader _reader;
    private readonly Lazy<DocumentPipeline> _defaultPipeline = new(AnalysisPipelineFactory.CreateDefault);

    public NewsEngine(ReaderOptions? readerOptions = null) => _reader = new PageReader(readerOptions);

    /// <summary>One input through the whole flow. Throws <see cref="InputException"/> for an input that
    /// cannot be read or used and <see cref="StageException"/> for a failing analysis stage.</summary>
    public async Task<ArticleDocument> ProcessAsync(InputItem item, EngineOptions options, CancellationToken ct = default)
    {
        var page = await ReadAsync(item, ct);
        ct.ThrowIfCancellationRequested();
        return Process(page, options, ct);
    }

    /// <summary>The bytes of one input (for a host that looks at them before processing, such as a store
    /// skipping what it already holds).</summary>
    public Task<RawPage> ReadAsync(InputItem item, CancellationToken ct = default) => _reader.ReadAsync(item, ct);

    /// <summary>Decodes, extracts and (when asked) analyses bytes already read. CPU work: it runs on the
    /// caller's thread, so a host processes pages in parallel by calling it from several.</summary>
    public ArticleDocument Process(RawPage page, EngineOptions options, CancellationToken ct = default)
    {
        var document = ArticleExtractor.Extract(PageDecoder.Decode(page), options.Extraction);
        if (options.Analyze) (options.Pipeline ?? _defaultPipeline.Value).Process(document, ct);
        return document;
    }

    /// <summary>
    /// Every input in order, one page in memory at a time. A failure on one input becomes a result with a
    /// one-line error and the rest go on; only cancellation ends the sequence early (by throwing).
    /// </summary>
    public async IAsyncEnumerable<EngineResult> ProcessAllAsync(
        IAsyncEnumerable<InputItem> items, EngineOptions options, [EnumeratorCancellation] CancellationToken ct = default)
    {
        await foreach (var item in items.WithCancellation(ct))
        {
            EngineResult result;
            try
            {
                result = new EngineResult(item.Source, await ProcessAsync(item, options, ct), null);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception e)
            {
                result = new EngineResult(item.Source, null, DescribeFailure(item.Source, e));
            }
            yield return result;
        }
    }

    /// <inheritdoc cref="ProcessAllAsync(IAsyncEnumerable{InputItem}, EngineOptions, CancellationToken)"/>
    public IAsyncEnumerable<EngineResult> ProcessAllAsync(IEnumerable<InputItem> items, EngineOptions options, CancellationToken ct = default) =>
        ProcessAllAsync(items.ToAsyncEnumerable(), options, ct);

    /// <summary>
    /// The error policy as one line naming the input: "input: reason" for a bad input, the stage's message
    /// for a failing stage or an I/O error, and "internal error (Type: message)" for anything else, so that
    /// a bug on one page reads as a bug without a stack trace.
    /// </summary>
    public static string DescribeFailure(string source, Exception exception) => exception switch
    {
        InputException input => $"{input.Input}: {input.Reason}",
        StageException or IOException => $"{source}: {exception.Message}",
        _ => $"{source}: internal error ({exception.GetType().Name}: {exception.Message})",
    };

    public void Dispose() => _reader.Dispose();

    public ValueTask DisposeAsync()
    {
        _reader.Dispose();
        return ValueTask.CompletedTask;
    }
}
