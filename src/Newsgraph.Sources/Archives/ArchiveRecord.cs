namespace Newsgraph.Sources.Archives;

/// <summary>One record of a WARC or ARC archive, its payload already decoded (HTTP chunking and
/// Content-Encoding undone for responses).</summary>
/// <param name="Archive">The archive's name, as the caller gave it.</param>
/// <param name="Offset">Where the record starts in the archive file: for a gzip archive, the offset of
/// its gzip member (what CDX indexes store).</param>
/// <param name="Number">The record's position in the archive, from 1.</param>
/// <param name="Type">The WARC-Type (<c>response</c>, <c>resource</c>, <c>conversion</c>, ...); ARC records
/// read as <c>warcinfo</c> (the filedesc record), <c>response</c> (an HTTP capture) or <c>resource</c>.</param>
/// <param name="Http">The HTTP status and headers of a record whose block is an HTTP response.</param>
/// <param name="Payload">The HTTP body for an HTTP response, the whole block otherwise.</param>
public sealed record ArchiveRecord(
    string Archive,
    long Offset,
    int Number,
    string Type,
    string? TargetUri,
    DateTimeOffset? Date,
    string? RecordId,
    string? ContentType,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    HttpResponseHead? Http,
    byte[] Payload)
{
    /// <summary>Where the record is, for messages and as the name of the page it becomes.</summary>
    public string Location => $"{Archive}@{Offset}";

    /// <summary>The first value of a record header, by case-insensitive name.</summary>
    public string? Header(string name) => HeaderLookup.Find(Headers, name);
}

/// <summary>The status line and headers of an HTTP response held in a record.</summary>
public sealed record HttpResponseHead(int Status, string Reason, IReadOnlyList<KeyValuePair<string, string>> Headers)
{
    public string? Header(string name) => HeaderLookup.Find(Headers, name);

    public string? ContentType => Header("Content-Type");
}

/// <summary>A record that could not be read, in one line naming the archive and where the record is.</summary>
public sealed record ArchiveProblem(string Archive, long Offset, int Number, string Reason)
{
    public override string ToString() => $"{Archive}: record {Number} at offset {Offset}: {Reason}";
}

/// <summary>What reading an archive yields, in order: a record, or a problem with one.</summary>
public sealed record ArchiveEntry(ArchiveRecord? Record, ArchiveProblem? Problem)
{
    public static ArchiveEntry Of(ArchiveRecord record) => new(record, null);
    public static ArchiveEntry Of(ArchiveProblem problem) => new(null, problem);
}

internal static class HeaderLookup
{
    public static string? Find(IReadOnlyList<KeyValuePair<string, string>> headers, string name)
    {
        foreach (var (key, value) in headers)
            if (key.Equals(name, StringComparison.OrdinalIgnoreCase)) return value;
        return null;
    }
}
