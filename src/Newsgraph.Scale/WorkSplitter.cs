using System.Runtime.CompilerServices;
using Newsgraph.Corpus;
using Newsgraph.Sources;
using Newsgraph.Sources.Archives;

namespace Newsgraph.Scale;

public sealed record SplitOptions
{
    /// <summary>Archive records per work item: a part small enough to redo cheaply when a worker dies.</summary>
    public int RecordsPerItem { get; init; } = 100;

    /// <summary>Files or URLs per work item.</summary>
    public int SourcesPerItem { get; init; } = 20;

    public IngestSettings Settings { get; init; } = new();
}

/// <summary>
/// Splits what a user names into work items: web archives into byte ranges of whole records, other files
/// and URLs into small batches. Files are named by their full path, which every worker must reach.
/// </summary>
public static class WorkSplitter
{
    public static async IAsyncEnumerable<WorkItem> SplitAsync(IEnumerable<string> sources, SplitOptions options,
        [EnumeratorCancellation] CancellationToken ct = default)
    {
        var batch = new List<string>();
        WorkItem Batch()
        {
            var item = new WorkItem { Kind = WorkItem.SourcesKind, Sources = [.. batch], Settings = options.Settings };
            batch.Clear();
            return item;
        }
        foreach (var source in sources)
        {
            var files = InputResolver.IsUrl(source) ? null : Directory.Exists(source) ? IngestSources.Walk(source) : [source];
            foreach (var file in files ?? [source])
            {
                if (files is not null && await IngestSources.SniffFileAsync(file, ct) is SourceKind.Warc or SourceKind.Arc)
                {
                    var archive = Path.GetFullPath(file);
                    await foreach (var (start, end) in ArchiveRangesAsync(archive, options.RecordsPerItem, ct))
                        yield return new WorkItem { Kind = WorkItem.ArchiveRangeKind, Archive = archive, Start = start, End = end, Settings = options.Settings };
                    continue;
                }
                batch.Add(files is null ? file : Path.GetFullPath(file));
                if (batch.Count >= options.SourcesPerItem) yield return Batch();
            }
        }
        if (batch.Count > 0) yield return Batch();
    }

    /// <summary>The archive cut into ranges of about <paramref name="recordsPerRange"/> records. A cut is made only
    /// where reading from that byte on gives that record first (in a gzip archive, where a member begins with a
    /// record), so every range reads alone exactly as it reads inside the whole file.</summary>
    public static async IAsyncEnumerable<(long Start, long End)> ArchiveRangesAsync(string path, int recordsPerRange,
        [EnumeratorCancellation] CancellationToken ct = default)
    {
        long length = new FileInfo(path).Length;
        long start = 0, last = -1;
        int records = 0;
        await foreach (var entry in ArchiveReader.ReadFileAsync(path, ct: ct))
        {
            long offset = entry.Record?.Offset ?? entry.Problem!.Offset;
            if (offset > last && records >= recordsPerRange && entry.Record is not null && await StartsRecordAsync(path, offset, length, ct))
            {
                yield return (start, offset);
                start = offset;
                records = 0;
            }
            last = Math.Max(last, offset);
            records++;
        }
        if (length > start) yield return (start, length);
    }

    private static async Task<bool> StartsRecordAsync(string path, long offset, long length, CancellationToken ct)
    {
        await foreach (var entry in ArchiveReader.ReadRangeAsync(path, offset, length, ct: ct))
            return entry.Record is { } record && record.Offset == offset;
        return false;
    }
}
