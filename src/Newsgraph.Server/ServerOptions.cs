namespace Newsgraph.Server;

/// <summary>How `newsgraph serve` runs.</summary>
public sealed record ServerOptions
{
    /// <summary>The store: an SQLite file path or a PostgreSQL connection string (default: newsgraph.db here).</summary>
    public string? Db { get; init; }

    /// <summary>Where Kestrel listens (loopback by default: exposing the server is a deliberate choice).</summary>
    public string Urls { get; init; } = "http://127.0.0.1:5080";

    /// <summary>The largest page `POST /api/analyze` takes, in bytes.</summary>
    public long MaxAnalyzeBytes { get; init; } = 2 * 1024 * 1024;

    /// <summary>API requests one client may make per second (a fixed window); 0 turns the limit off.</summary>
    public int ApiRequestsPerSecond { get; init; } = 200;

    /// <summary>Bytes of API responses kept while the store is unchanged (<see cref="Api.ResponseCache"/>); 0 turns it off.</summary>
    public long ResponseCacheBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>The longest a request may take before it is cancelled.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);
}
