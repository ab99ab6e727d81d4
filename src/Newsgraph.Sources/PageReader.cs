using Newsgraph.Sources.Fetching;

namespace Newsgraph.Sources;

/// <summary>Limits on what one input may cost to read.</summary>
public sealed record ReaderOptions
{
    public long MaxBytes { get; init; } = 64L * 1024 * 1024;
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);
    public int MaxRedirects { get; init; } = 5;
    public string UserAgent { get; init; } = "Newsgraph/0.1 (news article extractor; +https://github.com/newsgraph/newsgraph)";

    /// <summary>robots.txt, pace per host, retries: how every http(s) read behaves.</summary>
    public PolitenessOptions Politeness { get; init; } = new();
}

/// <summary>Reads the bytes of files, standard input, http(s) URLs and in-memory items, within <see cref="ReaderOptions"/>.
/// URLs are fetched politely (<see cref="PoliteFetcher"/>); one reader shares one fetcher, its HTTP client and what it
/// knows of each host across every item; dispose it when done.</summary>
public sealed class PageReader : IDisposable
{
    private readonly ReaderOptions _options;
    private readonly Lazy<PoliteFetcher> _fetcher;

    public PageReader(ReaderOptions? options = null)
    {
        _options = options ?? new ReaderOptions();
        _fetcher = new Lazy<PoliteFetcher>(() => new PoliteFetcher(_options));
    }

    /// <summary>Reads one item's bytes; a problem with the input itself is an <see cref="InputException"/>.</summary>
    public async Task<RawPage> ReadAsync(InputItem item, CancellationToken ct = default) => item.Kind switch
    {
        InputItemKind.File => await ReadFileAsync(item.Source, ct),
        InputItemKind.StandardInput => await ReadStreamAsync(item.Source, Console.OpenStandardInput(), ct),
        InputItemKind.Url => await _fetcher.Value.GetAsync(item.Source, ct),
        InputItemKind.Bytes => CheckSize(item.Page ?? throw new InputException(item.Source, "no content given")),
        _ => throw new InputException(item.Source, "no such file or directory"),
    };

    private async Task<RawPage> ReadFileAsync(string path, CancellationToken ct)
    {
        try
        {
            var info = new FileInfo(path);
            if (info.Length > _options.MaxBytes)
                throw new InputException(path, $"file is {info.Length / 1048576} MB, over the {_options.MaxBytes / 1048576} MB limit");
            return new RawPage(path, await File.ReadAllBytesAsync(path, ct));
        }
        catch (UnauthorizedAccessException) { throw new InputException(path, "permission denied"); }
        catch (IOException e) { throw new InputException(path, $"cannot be read ({e.Message})"); }
    }

    private async Task<RawPage> ReadStreamAsync(string source, Stream stream, CancellationToken ct) =>
        new(source, await ReadWithLimitAsync(source, stream, _options.MaxBytes, ct));

    private RawPage CheckSize(RawPage page) => page.Bytes.LongLength > _options.MaxBytes
        ? throw new InputException(page.Source, $"content is over the {_options.MaxBytes / 1048576} MB limit")
        : page;

    /// <summary>Reads a stream to its end, refusing more than <paramref name="maxBytes"/>.</summary>
    internal static async Task<byte[]> ReadWithLimitAsync(string source, Stream from, long maxBytes, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        long total = 0;
        int n;
        while ((n = await from.ReadAsync(chunk, ct)) > 0)
        {
            total += n;
            if (total > maxBytes)
                throw new InputException(source, $"content is over the {maxBytes / 1048576} MB limit");
            await buffer.WriteAsync(chunk.AsMemory(0, n), ct);
        }
        return buffer.ToArray();
    }

    public void Dispose()
    {
        if (_fetcher.IsValueCreated) _fetcher.Value.Dispose();
    }
}
