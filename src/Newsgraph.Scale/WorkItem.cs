using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Newsgraph.Corpus;

namespace Newsgraph.Scale;

/// <summary>
/// One unit of ingest work on the queue: either a few sources (files, folders, http(s) URLs of pages, feeds
/// or sitemaps) that a worker resolves as `ingest` does, or a byte range of a large web archive. Ranges start
/// where a record starts, so the pages of a range are named exactly as a whole-archive ingest names them, and
/// every worker must see the archive at the same path (shared storage).
/// </summary>
public sealed record WorkItem
{
    public const string SourcesKind = "sources";
    public const string ArchiveRangeKind = "archive-range";

    public required string Kind { get; init; }

    /// <summary>The sources of a <see cref="SourcesKind"/> item.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>The archive of an <see cref="ArchiveRangeKind"/> item, and its bytes [Start, End).</summary>
    public string? Archive { get; init; }
    public long Start { get; init; }
    public long End { get; init; }

    /// <summary>How `ingest` would have been called: these options travel with the item.</summary>
    public IngestSettings Settings { get; init; } = new();

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault,
    };

    public byte[] ToJson() => JsonSerializer.SerializeToUtf8Bytes(this, Json);

    /// <summary>The item read back from a queue message; a message that is not one gives a one-line reason.</summary>
    public static WorkItem Parse(ReadOnlySpan<byte> json)
    {
        WorkItem? item;
        try { item = JsonSerializer.Deserialize<WorkItem>(json, Json); }
        catch (JsonException e) { throw new FormatException($"not a work item: {e.Message.Split('\n')[0]}"); }
        if (item is null || item.Kind is not (SourcesKind or ArchiveRangeKind)
            || (item.Kind == SourcesKind ? item.Sources.Count == 0 : item.Archive is null || item.End <= item.Start))
            throw new FormatException("not a work item: no sources, or an archive range without an archive or bytes");
        return item;
    }

    /// <summary>A key that is the same for the same work: the queue's de-duplication id, so queueing the same
    /// sources twice in a short while adds nothing.</summary>
    public string Key() => Convert.ToHexStringLower(SHA256.HashData(ToJson()))[..32];

    /// <summary>A short name for logs and the dead-letter list.</summary>
    public string Describe() => Kind == ArchiveRangeKind
        ? $"{Archive} bytes {Start}-{End}"
        : Sources.Count == 1 ? Sources[0] : $"{Sources[0]} and {Sources.Count - 1} more";

    public override string ToString() => Encoding.UTF8.GetString(ToJson());
}
