using System.Net;

namespace Newsgraph.Sources;

/// <summary>Limits on what one input may cost to read.</summary>
public sealed record ReaderOptions
{
    public long MaxBytes { get; init; } = 64L * 1024 * 1024;
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);
    public int MaxRedirects { get; init; } = 5;
    public string UserAgent { get; init; } = "Newsgraph/0.1 (news article extractor; +https://github.com/newsgraph/newsgraph)";
}

/// <summary>Reads the bytes of files, standard input, http(s) URLs and in-memory items, within <see cref="ReaderOptions"/>.
/// One reader shares one HTTP client (its connection pool) across every item; dispose it when done.</summary>
public sealed class PageReader : IDisposable
{
    private readonly ReaderOptions _options;
    private readonly Lazy<HttpClient> _http;

    public PageReader(ReaderOptions? options = null)
    {
        _options = options ?? new ReaderOptions();
        _http = new Lazy<HttpClient>(CreateClient);
    }

    /// <summary>Reads one item's bytes; a problem with the input itself is an <see cref="InputException"/>.</summary>
    public async Task<RawPage> ReadAsync(InputItem item, CancellationToken ct = default) => item.Kind switch
    {
        InputItemKind.File => await ReadFileAsync(item.Source, ct),
        InputItemKind.StandardInput => await ReadStreamAsync(item.Source, Console.OpenStandardInput(), ct),
        InputItemKind.Url => await FetchAsync(item.Source, ct),
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

    private async Task<RawPage> ReadStreamAsync(string source, Stream stream, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await CopyWithLimitAsync(source, stream, buffer, ct);
        return new RawPage(source, buffer.ToArray());
    }

    private RawPage CheckSize(RawPage page) => page.Bytes.LongLength > _options.MaxBytes
        ? throw new InputException(page.Source, $"content is over the {_options.MaxBytes / 1048576} MB limit")
        : page;

    private async Task<RawPage> FetchAsync(string url, CancellationToken ct)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            throw new InputException(url, "only http and https URLs can be fetched");
        try
        {
            using var response = await _http.Value.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, ct);
            if (!response.IsSuccessStatusCode)
                throw new InputException(url, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
            var length = response.Content.Headers.ContentLength;
            if (length > _options.MaxBytes)
                throw new InputException(url, $"response is {length / 1048576} MB, over the {_options.MaxBytes / 1048576} MB limit");
            await using var stream = await response.Content.ReadAsStreamAsync(ct);
            using var buffer = new MemoryStream();
            await CopyWithLimitAsync(url, stream, buffer, ct);
            var contentType = response.Content.Headers.ContentType?.ToString();
            return new RawPage(url, buffer.ToArray(), contentType, response.RequestMessage?.RequestUri?.ToString() ?? url);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            // HttpClient reports its own timeout as a cancellation; only the caller's token means "stop".
            throw new InputException(url, $"timed out after {_options.Timeout.TotalSeconds:0} s");
        }
        catch (HttpRequestException e)
        {
            var reason = e.Message.Contains("redirect", StringComparison.OrdinalIgnoreCase)
                ? $"too many redirects (limit {_options.MaxRedirects})" : e.Message;
            throw new InputException(url, reason);
        }
    }

    private async Task CopyWithLimitAsync(string source, Stream from, Stream to, CancellationToken ct)
    {
        var chunk = new byte[81920];
        long total = 0;
        int n;
        while ((n = await from.ReadAsync(chunk, ct)) > 0)
        {
            total += n;
            if (total > _options.MaxBytes)
                throw new InputException(source, $"content is over the {_options.MaxBytes / 1048576} MB limit");
            await to.WriteAsync(chunk.AsMemory(0, n), ct);
        }
    }

    private HttpClient CreateClient()
    {
        var handler = new SocketsHttpHandler
        {
            AutomaticDecompression = DecompressionMethods.All,
            AllowAutoRedirect = true,
            MaxAutomaticRedirections = _options.MaxRedirects,
            ConnectTimeout = _options.Timeout,
        };
        var client = new HttpClient(handler) { Timeout = _options.Timeout };
        client.DefaultRequestHeaders.UserAgent.ParseAdd(_options.UserAgent);
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5");
        return client;
    }

    public void Dispose()
    {
        if (_http.IsValueCreated) _http.Value.Dispose();
    }
}
