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

/// <summary>Reads the bytes of files, standard input and http(s) URLs, within <see cref="ReaderOptions"/>.</summary>
public sealed class PageReader : IDisposable
{
    private readonly ReaderOptions _options;
    private readonly Lazy<HttpClient> _http;

    public PageReader(ReaderOptions? options = null)
    {
        _options = options ?? new ReaderOptions();
        _http = new Lazy<HttpClient>(CreateClient);
    }

    public RawPage Read(InputItem item, CancellationToken ct = default) => item.Kind switch
    {
        InputItemKind.File => ReadFile(item.Source),
        InputItemKind.StandardInput => ReadStream(item.Source, Console.OpenStandardInput()),
        InputItemKind.Url => Fetch(item.Source, ct),
        _ => throw new InputException(item.Source, "no such file or directory"),
    };

    private RawPage ReadFile(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (info.Length > _options.MaxBytes)
                throw new InputException(path, $"file is {info.Length / 1048576} MB, over the {_options.MaxBytes / 1048576} MB limit");
            return new RawPage(path, File.ReadAllBytes(path));
        }
        catch (UnauthorizedAccessException) { throw new InputException(path, "permission denied"); }
        catch (IOException e) { throw new InputException(path, $"cannot be read ({e.Message})"); }
    }

    private RawPage ReadStream(string source, Stream stream)
    {
        using var buffer = new MemoryStream();
        CopyWithLimit(source, stream, buffer);
        return new RawPage(source, buffer.ToArray());
    }

    private RawPage Fetch(string url, CancellationToken ct)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            throw new InputException(url, "only http and https URLs can be fetched");
        try
        {
            using var response = _http.Value.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, ct).GetAwaiter().GetResult();
            if (!response.IsSuccessStatusCode)
                throw new InputException(url, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
            var length = response.Content.Headers.ContentLength;
            if (length > _options.MaxBytes)
                throw new InputException(url, $"response is {length / 1048576} MB, over the {_options.MaxBytes / 1048576} MB limit");
            using var stream = response.Content.ReadAsStream(ct);
            using var buffer = new MemoryStream();
            CopyWithLimit(url, stream, buffer);
            var contentType = response.Content.Headers.ContentType?.ToString();
            return new RawPage(url, buffer.ToArray(), contentType, response.RequestMessage?.RequestUri?.ToString() ?? url);
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new InputException(url, $"timed out after {_options.Timeout.TotalSeconds:0} s");
        }
        catch (HttpRequestException e)
        {
            var reason = e.Message.Contains("redirect", StringComparison.OrdinalIgnoreCase)
                ? $"too many redirects (limit {_options.MaxRedirects})" : e.Message;
            throw new InputException(url, reason);
        }
    }

    private void CopyWithLimit(string source, Stream from, Stream to)
    {
        var chunk = new byte[81920];
        long total = 0;
        int n;
        while ((n = from.Read(chunk, 0, chunk.Length)) > 0)
        {
            total += n;
            if (total > _options.MaxBytes)
                throw new InputException(source, $"content is over the {_options.MaxBytes / 1048576} MB limit");
            to.Write(chunk, 0, n);
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
