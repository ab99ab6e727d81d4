using System.Collections.Concurrent;
using System.Net;
using Newsgraph.Sources.Robots;
using Polly;
using Polly.Retry;

namespace Newsgraph.Sources.Fetching;

/// <summary>How politely to fetch: the pace per host, the global limit, retries and robots.txt.</summary>
public sealed record PolitenessOptions
{
    /// <summary>The least time between the end of one request to a host and the start of the next
    /// (robots.txt's Crawl-delay when that is longer).</summary>
    public TimeSpan Delay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Requests in flight at once, over all hosts.</summary>
    public int MaxConcurrentRequests { get; init; } = 8;

    public bool ObeyRobots { get; init; } = true;

    /// <summary>Retries after a 429, a 5xx or a failed connection.</summary>
    public int MaxRetries { get; init; } = 3;

    /// <summary>The first backoff; it doubles with each retry. A Retry-After header takes its place.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>The most one address may wait in retries altogether; a longer Retry-After gives up at once.</summary>
    public TimeSpan MaxRetryWait { get; init; } = TimeSpan.FromMinutes(2);
}

/// <summary>A fetched address that has not changed since this fetcher last read it (HTTP 304); not an error,
/// but there is nothing new to read.</summary>
public sealed class PageNotModifiedException(string source) : InputException(source, Unchanged)
{
    public const string Unchanged = "not modified since it was last read";
}

/// <summary>
/// Every http(s) read goes through here: robots.txt (RFC 9309) fetched once per host and obeyed; one request
/// at a time per host, spaced by <see cref="PolitenessOptions.Delay"/>; a global limit on requests in
/// flight; retries with backoff on 429 and 5xx that honour Retry-After (Polly); redirects followed by hand,
/// so each hop is checked against robots and paced, up to <see cref="ReaderOptions.MaxRedirects"/>; ETag and
/// Last-Modified remembered per address (for this fetcher's life) so a page read again is asked for
/// conditionally and a 304 reads as <see cref="PageNotModifiedException"/>.
/// </summary>
public sealed class PoliteFetcher : IDisposable
{
    private const string AttemptWaitKey = "newsgraph.retry-wait";
    private static readonly ResiliencePropertyKey<TimeSpan> WaitedKey = new(AttemptWaitKey);

    private readonly ReaderOptions _options;
    private readonly PolitenessOptions _politeness;
    private readonly HttpClient _http;
    private readonly SemaphoreSlim _inFlight;
    private readonly ConcurrentDictionary<string, HostPace> _hosts = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, Lazy<Task<HostRobots>>> _robots = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, Validators> _validators = new(StringComparer.Ordinal);
    private readonly ResiliencePipeline<FetchResponse> _retry;

    public PoliteFetcher(ReaderOptions options)
    {
        _options = options;
        _politeness = options.Politeness;
        _inFlight = new SemaphoreSlim(Math.Max(1, _politeness.MaxConcurrentRequests));
        var handler = new SocketsHttpHandler
        {
            AutomaticDecompression = DecompressionMethods.All,
            AllowAutoRedirect = false, // each hop is checked against robots.txt and paced
            ConnectTimeout = options.Timeout,
        };
        _http = new HttpClient(handler) { Timeout = options.Timeout };
        _http.DefaultRequestHeaders.UserAgent.ParseAdd(options.UserAgent);
        _http.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5");
        _retry = new ResiliencePipelineBuilder<FetchResponse>()
            .AddRetry(new RetryStrategyOptions<FetchResponse>
            {
                MaxRetryAttempts = Math.Max(1, _politeness.MaxRetries),
                ShouldHandle = args => ValueTask.FromResult(_politeness.MaxRetries > 0 && IsRetryable(args.Outcome)
                    && args.Context.Properties.GetValue(WaitedKey, TimeSpan.Zero) + WaitBefore(args.Outcome, args.AttemptNumber) <= _politeness.MaxRetryWait),
                DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(WaitBefore(args.Outcome, args.AttemptNumber)),
                OnRetry = args =>
                {
                    args.Context.Properties.Set(WaitedKey, args.Context.Properties.GetValue(WaitedKey, TimeSpan.Zero) + args.RetryDelay);
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
    }

    /// <summary>Fetches one page. A refusal by robots.txt, an HTTP error, too many redirects or a timeout is an
    /// <see cref="InputException"/> naming <paramref name="url"/>; an unchanged page is a <see cref="PageNotModifiedException"/>.</summary>
    public async Task<RawPage> GetAsync(string url, CancellationToken ct = default)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            throw new InputException(url, "only http and https URLs can be fetched");
        try
        {
            var (response, final) = await FollowAsync(url, uri, obeyRobots: _politeness.ObeyRobots, ct);
            if (response.Status == HttpStatusCode.NotModified) throw new PageNotModifiedException(url);
            if (!response.IsSuccess) throw new InputException(url, $"HTTP {(int)response.Status} {response.Reason}".TrimEnd());
            if (response.ETag is not null || response.LastModified is not null)
                _validators[final.AbsoluteUri] = new Validators(response.ETag, response.LastModified);
            return new RawPage(url, response.Body, response.ContentType, final.AbsoluteUri);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            // HttpClient reports its own timeout as a cancellation; only the caller's token means "stop".
            throw new InputException(url, $"timed out after {_options.Timeout.TotalSeconds:0} s");
        }
        catch (HttpRequestException e)
        {
            throw new InputException(url, e.Message);
        }
    }

    /// <summary>Follows redirects (a relative Location against the address that gave it), each hop through robots and the pace.</summary>
    private async Task<(FetchResponse Response, Uri Final)> FollowAsync(string source, Uri uri, bool obeyRobots, CancellationToken ct)
    {
        for (int hops = 0; ; hops++)
        {
            if (obeyRobots)
            {
                var robots = await RobotsFor(uri);
                if (!robots.Rules.IsAllowed(_options.UserAgent, uri.AbsoluteUri))
                    throw new InputException(source, robots.Unreachable is null
                        ? $"disallowed by robots.txt ({uri.AbsoluteUri})"
                        : $"disallowed by robots.txt (it could not be read: {robots.Unreachable})");
            }
            var response = await SendAsync(uri, ct);
            if (response.Location is null) return (response, uri);
            if (hops >= _options.MaxRedirects) throw new RedirectLimitException(source, _options.MaxRedirects);
            uri = new Uri(uri, response.Location);
            if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
                throw new InputException(source, $"redirected to {uri.Scheme}: only http and https can be fetched");
        }
    }

    private Task<HostRobots> RobotsFor(Uri uri) =>
        _robots.GetOrAdd(uri.GetLeftPart(UriPartial.Authority), origin => new Lazy<Task<HostRobots>>(() => ReadRobotsAsync(origin))).Value;

    /// <summary>RFC 9309 2.3.1: 2xx parsed, 4xx (or more than five redirects) allows all, 5xx or no answer disallows all.
    /// Not tied to one caller's token: the answer is shared by every page of the host.</summary>
    private async Task<HostRobots> ReadRobotsAsync(string origin)
    {
        var url = origin + "/robots.txt";
        try
        {
            var (response, _) = await FollowAsync(url, new Uri(url), obeyRobots: false, CancellationToken.None);
            var robots = new HostRobots(RobotsTxt.FromResponse((int)response.Status, response.Body),
                (int)response.Status >= 500 ? $"HTTP {(int)response.Status}" : null);
            if (robots.Rules.CrawlDelay(_options.UserAgent) is { } crawlDelay) Pace(new Uri(url)).CrawlDelay = crawlDelay;
            return robots;
        }
        catch (RedirectLimitException) { return new HostRobots(RobotsTxt.AllowAll, null); }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException or InputException)
        {
            return new HostRobots(RobotsTxt.DisallowAll, e is OperationCanceledException ? "timed out" : e.Message);
        }
    }

    /// <summary>One request with retries; each attempt waits its turn at the host.</summary>
    private async Task<FetchResponse> SendAsync(Uri uri, CancellationToken ct)
    {
        var context = ResilienceContextPool.Shared.Get(ct);
        try
        {
            var outcome = await _retry.ExecuteOutcomeAsync(
                async (ctx, state) => Outcome.FromResult(await state.Fetcher.SendOnceAsync(state.Uri, ctx.CancellationToken)),
                context, (Fetcher: this, Uri: uri));
            outcome.ThrowIfException();
            return outcome.Result!;
        }
        finally { ResilienceContextPool.Shared.Return(context); }
    }

    private async Task<FetchResponse> SendOnceAsync(Uri uri, CancellationToken ct)
    {
        var pace = Pace(uri);
        await pace.Turn.WaitAsync(ct);
        try
        {
            // Timers round to whole milliseconds and may wake a little early: wait until the clock says so.
            TimeSpan wait;
            while ((wait = pace.NextRequest - DateTimeOffset.UtcNow) > TimeSpan.Zero)
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Ceiling(wait.TotalMilliseconds)), ct);
            await _inFlight.WaitAsync(ct);
            try
            {
                return await RequestAsync(uri, ct);
            }
            finally
            {
                _inFlight.Release();
                var delay = pace.CrawlDelay > _politeness.Delay ? pace.CrawlDelay : _politeness.Delay;
                pace.NextRequest = DateTimeOffset.UtcNow + delay;
            }
        }
        finally { pace.Turn.Release(); }
    }

    private async Task<FetchResponse> RequestAsync(Uri uri, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        if (_validators.TryGetValue(uri.AbsoluteUri, out var known))
        {
            if (known.ETag is not null) request.Headers.TryAddWithoutValidation("If-None-Match", known.ETag);
            if (known.LastModified is not null) request.Headers.TryAddWithoutValidation("If-Modified-Since", known.LastModified);
        }
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
        int status = (int)response.StatusCode;
        var location = status is 301 or 302 or 303 or 307 or 308 ? response.Headers.Location : null;
        byte[] body = [];
        if (response.IsSuccessStatusCode)
        {
            var length = response.Content.Headers.ContentLength;
            if (length > _options.MaxBytes)
                throw new InputException(uri.AbsoluteUri, $"response is {length / 1048576} MB, over the {_options.MaxBytes / 1048576} MB limit");
            await using var stream = await response.Content.ReadAsStreamAsync(ct);
            body = await PageReader.ReadWithLimitAsync(uri.AbsoluteUri, stream, _options.MaxBytes, ct);
        }
        return new FetchResponse(response.StatusCode, response.ReasonPhrase, body, response.Content.Headers.ContentType?.ToString(),
            location, RetryAfter(response), response.Headers.ETag?.ToString(),
            response.Content.Headers.LastModified?.ToString("R"));
    }

    private HostPace Pace(Uri uri) => _hosts.GetOrAdd(uri.Authority, _ => new HostPace());

    private static bool IsRetryable(Outcome<FetchResponse> outcome) =>
        outcome.Exception is HttpRequestException
        || outcome.Result is { Status: HttpStatusCode.TooManyRequests or >= HttpStatusCode.InternalServerError };

    /// <summary>What the server asks (Retry-After), else exponential backoff from <see cref="PolitenessOptions.RetryDelay"/>.</summary>
    private TimeSpan WaitBefore(Outcome<FetchResponse> outcome, int attempt) =>
        outcome.Result?.RetryAfter ?? _politeness.RetryDelay * Math.Pow(2, attempt);

    /// <summary>The wait a Retry-After asks, a little over: timers round to milliseconds and may wake early,
    /// and a retry must not arrive before the time the server gave.</summary>
    private static TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta + TimerSlack,
        { Date: { } date } => date - DateTimeOffset.UtcNow is var left && left > TimeSpan.Zero ? left + TimerSlack : TimeSpan.Zero,
        _ => null,
    };

    private static readonly TimeSpan TimerSlack = TimeSpan.FromMilliseconds(5);

    public void Dispose()
    {
        _http.Dispose();
        _inFlight.Dispose();
    }

    /// <summary>A response with its body read (only for a 2xx), so the host's turn ends with the request.</summary>
    private sealed record FetchResponse(HttpStatusCode Status, string? Reason, byte[] Body, string? ContentType, Uri? Location,
        TimeSpan? RetryAfter, string? ETag, string? LastModified)
    {
        public bool IsSuccess => (int)Status is >= 200 and < 300;
    }

    private sealed record Validators(string? ETag, string? LastModified);

    private sealed record HostRobots(RobotsTxt Rules, string? Unreachable);

    /// <summary>One host's turn: one request at a time, none before <see cref="NextRequest"/>.</summary>
    private sealed class HostPace
    {
        public SemaphoreSlim Turn { get; } = new(1, 1);
        public DateTimeOffset NextRequest { get; set; }
        public TimeSpan CrawlDelay { get; set; }
    }

    private sealed class RedirectLimitException(string source, int limit) : InputException(source, $"too many redirects (limit {limit})");
}
