using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Newsgraph.Corpus;

namespace Newsgraph.Server.Api;

/// <summary>
/// The bodies of successful API GETs, kept while the store is unchanged: every API GET answers from the store
/// alone, so the same path and query give the same body until something commits to it. The store's change stamp
/// is read before each request; an entry answers only a request that sees the stamp it was made under, and a new
/// stamp drops every entry. Bounded in bytes: when full it starts again empty. Off where the store gives no stamp.
/// </summary>
public sealed class ResponseCache(ICorpusStore store, long maxBytes)
{
    private sealed record Entry(long Stamp, byte[] Body, string? ContentType);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Counts> _counts = new(StringComparer.Ordinal);
    private readonly Lock _resetLock = new();
    private long _stamp = long.MinValue;
    private long _bytes;

    /// <summary>Hits and misses of one endpoint.</summary>
    public sealed class Counts
    {
        internal long HitCount, MissCount;
        public long Hits => Interlocked.Read(ref HitCount);
        public long Misses => Interlocked.Read(ref MissCount);
    }

    /// <summary>Hits and misses so far, by endpoint name ("search", "story", "entity", …).</summary>
    public IReadOnlyDictionary<string, Counts> Statistics => _counts;

    public static bool Applies(HttpContext context) =>
        HttpMethods.IsGet(context.Request.Method) && context.Request.Path.StartsWithSegments("/api");

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        // Only requests an endpoint answers: the statistics stay one entry per endpoint whatever paths are asked for.
        var endpoint = context.GetEndpoint()?.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName;
        if (maxBytes <= 0 || endpoint is null || await store.ChangeStampAsync(context.RequestAborted) is not { } stamp)
        {
            await next(context);
            return;
        }
        if (Interlocked.Read(ref _stamp) < stamp) Reset(stamp);
        var key = context.Request.Path.Value + context.Request.QueryString.Value;
        var counts = _counts.GetOrAdd(endpoint, _ => new Counts());
        var response = context.Response;
        if (_entries.TryGetValue(key, out var entry) && entry.Stamp == stamp)
        {
            Interlocked.Increment(ref counts.HitCount);
            await Write(response, entry);
            return;
        }
        Interlocked.Increment(ref counts.MissCount);

        var original = response.Body;
        using var buffer = new MemoryStream();
        response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            response.Body = original;
        }
        if (response.StatusCode != StatusCodes.Status200OK)
        {
            // As the handler left it: an empty error body is still the status code pages' to fill.
            buffer.Position = 0;
            await buffer.CopyToAsync(original, context.RequestAborted);
            return;
        }
        entry = new Entry(stamp, buffer.ToArray(), response.ContentType);
        Keep(key, entry);
        await Write(response, entry);
    }

    private static Task Write(HttpResponse response, Entry entry)
    {
        response.ContentType = entry.ContentType;
        response.ContentLength = entry.Body.Length;
        return response.Body.WriteAsync(entry.Body, 0, entry.Body.Length);
    }

    private void Keep(string key, Entry entry)
    {
        if (entry.Body.Length > maxBytes) return;
        if (Interlocked.Add(ref _bytes, entry.Body.Length) > maxBytes)
        {
            lock (_resetLock)
            {
                _entries.Clear();
                Interlocked.Exchange(ref _bytes, entry.Body.Length);
            }
        }
        if (_entries.TryGetValue(key, out var replaced)) Interlocked.Add(ref _bytes, -replaced.Body.Length);
        _entries[key] = entry;
    }

    private void Reset(long stamp)
    {
        lock (_resetLock)
        {
            // The stamp only grows: a request that read an older one before another saw the new one changes nothing.
            if (Interlocked.Read(ref _stamp) >= stamp) return;
            _entries.Clear();
            Interlocked.Exchange(ref _bytes, 0);
            Interlocked.Exchange(ref _stamp, stamp);
        }
    }
}
