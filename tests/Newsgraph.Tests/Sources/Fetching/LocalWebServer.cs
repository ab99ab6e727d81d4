using System.Collections.Concurrent;
using System.Collections.Specialized;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Newsgraph.Tests.Sources.Fetching;

/// <summary>What the test server answers to one request.</summary>
public sealed record Reply(int Status, byte[] Body, string ContentType = "text/html; charset=utf-8")
{
    public Dictionary<string, string> Headers { get; init; } = [];

    public static Reply Text(string body, string contentType = "text/html; charset=utf-8") => new(200, Encoding.UTF8.GetBytes(body), contentType);

    public static Reply Empty(int status, params (string Name, string Value)[] headers) => new Reply(status, []).With(headers);

    public Reply With(params (string Name, string Value)[] headers) => this with { Headers = headers.ToDictionary(h => h.Name, h => h.Value) };
}

/// <summary>One request as it arrived.</summary>
public sealed record Hit(string Path, DateTimeOffset Arrived, NameValueCollection Headers);

/// <summary>An HTTP server on 127.0.0.1 and a free port, for tests: answers mapped paths, 404 for the rest, and
/// records every request with its arrival time.</summary>
public sealed class LocalWebServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentDictionary<string, Func<HttpListenerRequest, Reply>> _routes = new();
    private readonly ConcurrentQueue<Hit> _hits = new();

    public LocalWebServer()
    {
        for (int attempt = 0; ; attempt++)
        {
            Port = FreePort();
            _listener.Prefixes.Clear();
            _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
            try
            {
                _listener.Start();
                break;
            }
            catch (HttpListenerException) when (attempt < 5) { } // the port was taken in between: try another
        }
        _ = Task.Run(ServeAsync);
    }

    public int Port { get; private set; }

    public string Url(string path) => $"http://127.0.0.1:{Port}{path}";

    public IReadOnlyList<Hit> Hits => _hits.ToList();

    public IReadOnlyList<Hit> HitsOn(string path) => Hits.Where(h => h.Path == path).ToList();

    public void Map(string path, Func<HttpListenerRequest, Reply> reply) => _routes[path] = reply;

    public void Map(string path, Reply reply) => _routes[path] = _ => reply;

    /// <summary>Answers each request with the next reply in turn, the last one again once they run out.</summary>
    public void MapSequence(string path, params Reply[] replies)
    {
        int next = -1;
        _routes[path] = _ => replies[Math.Min(Interlocked.Increment(ref next), replies.Length - 1)];
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException) { return; }
            _ = Task.Run(() => Answer(context));
        }
    }

    private void Answer(HttpListenerContext context)
    {
        var request = context.Request;
        _hits.Enqueue(new Hit(request.Url!.PathAndQuery, DateTimeOffset.UtcNow, new NameValueCollection(request.Headers)));
        var reply = _routes.TryGetValue(request.Url.AbsolutePath, out var route) ? route(request) : Reply.Empty(404);
        var response = context.Response;
        try
        {
            response.StatusCode = reply.Status;
            foreach (var (name, value) in reply.Headers) response.Headers[name] = value;
            if (reply.Body.Length > 0) response.ContentType = reply.ContentType;
            response.ContentLength64 = reply.Body.Length;
            response.OutputStream.Write(reply.Body);
            response.Close();
        }
        catch (HttpListenerException) { } // the client went away
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        int port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
    }
}
