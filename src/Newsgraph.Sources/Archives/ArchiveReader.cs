using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;

namespace Newsgraph.Sources.Archives;

public enum ArchiveFormat { Warc, Arc }

/// <summary>
/// Reads WARC (1.0, 1.1) and ARC archives, plain or gzip-compressed (one member per record, as Common
/// Crawl writes them, or several records per member), as a stream: one record in memory at a time.
/// A damaged record becomes an <see cref="ArchiveProblem"/> and reading goes on at the next record
/// (the next gzip member, or the next version/header line); a problem after which nothing can be found
/// ends the archive.
/// </summary>
public static partial class ArchiveReader
{
    /// <summary>The largest record (and gzip member) read into memory; larger ones are skipped and reported.</summary>
    public const int DefaultMaxRecordBytes = 64 * 1024 * 1024;

    private const int MaxHeaderLine = 64 * 1024;
    private const int MaxHeaderLines = 1000;

    public static async IAsyncEnumerable<ArchiveEntry> ReadFileAsync(string path, int maxRecordBytes = DefaultMaxRecordBytes,
        [EnumeratorCancellation] CancellationToken ct = default)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        await foreach (var entry in ReadAsync(stream, path, maxRecordBytes, ct)) yield return entry;
    }

    /// <summary>The records of the bytes [<paramref name="start"/>, <paramref name="end"/>) of an archive file, named by
    /// their offsets in the whole file, as <see cref="ReadFileAsync"/> names them: a part of a large archive read on its
    /// own (by one of several workers). The range must begin where a record (or, compressed, a gzip member) begins.</summary>
    public static async IAsyncEnumerable<ArchiveEntry> ReadRangeAsync(string path, long start, long end, int maxRecordBytes = DefaultMaxRecordBytes,
        [EnumeratorCancellation] CancellationToken ct = default)
    {
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        file.Seek(start, SeekOrigin.Begin);
        var range = new LimitedStream(file, Math.Max(0, end - start));
        await foreach (var entry in ReadAsync(range, path, maxRecordBytes, start, ct)) yield return entry;
    }

    /// <summary>Reads an archive from a stream; the format and compression are told from the content.</summary>
    public static IAsyncEnumerable<ArchiveEntry> ReadAsync(Stream stream, string archive, int maxRecordBytes = DefaultMaxRecordBytes,
        CancellationToken ct = default) => ReadAsync(stream, archive, maxRecordBytes, 0, ct);

    /// <param name="baseOffset">Where the stream starts in the archive file: added to every offset reported.</param>
    private static async IAsyncEnumerable<ArchiveEntry> ReadAsync(Stream stream, string archive, int maxRecordBytes, long baseOffset,
        [EnumeratorCancellation] CancellationToken ct)
    {
        var counter = new RecordCounter();
        var head = new byte[3];
        int read = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, ct);
        var whole = new PrefixedStream(head[..read], stream);
        if (read == 0)
        {
            yield return ArchiveEntry.Of(new ArchiveProblem(archive, baseOffset, 1, baseOffset == 0 ? "empty file, not an archive" : "nothing at this offset: the archive is shorter"));
            yield break;
        }
        if (!GzipMembers.HasMagic(head.AsSpan(0, read)))
        {
            await foreach (var entry in ReadRecordsAsync(new ByteStreamReader(whole), archive, position => baseOffset + position, counter, maxRecordBytes, ct))
                yield return entry;
            yield break;
        }
        // A record may span members (a gzip file is one stream however it was cut), so records are read from
        // the members' content joined up to the next damaged member; reading then goes on after it.
        await using var members = GzipMembers.ReadAsync(whole, maxRecordBytes, ct).GetAsyncEnumerator(ct);
        while (true)
        {
            var segment = new MemberSegmentStream(members);
            await foreach (var entry in ReadRecordsAsync(new ByteStreamReader(segment), archive, position => baseOffset + segment.MemberOffsetAt(position), counter, maxRecordBytes, ct))
                yield return entry;
            if (segment.Damaged is { } damaged)
                yield return ArchiveEntry.Of(new ArchiveProblem(archive, baseOffset + damaged.Offset, counter.Next(), damaged.Problem!));
            if (segment.Finished) yield break;
        }
    }

    private sealed class RecordCounter
    {
        private int _count;
        public ArchiveFormat? Format;
        public int Next() => ++_count;
    }

    /// <summary>The records of a plain stream (a whole plain archive, or decompressed gzip members);
    /// <paramref name="archiveOffset"/> maps a position in that stream to an offset in the archive file.</summary>
    private static async IAsyncEnumerable<ArchiveEntry> ReadRecordsAsync(ByteStreamReader reader, string archive, Func<long, long> archiveOffset,
        RecordCounter counter, int maxRecordBytes, [EnumeratorCancellation] CancellationToken ct)
    {
        byte[]? pendingLine = null;
        while (true)
        {
            // Records are separated by blank lines (two CR LF after a WARC block, one LF after an ARC block).
            long offset;
            byte[]? first;
            do
            {
                offset = reader.Position;
                first = pendingLine ?? await reader.ReadLineAsync(MaxHeaderLine, ct);
                pendingLine = null;
            } while (first is not null && IsBlank(first));
            if (first is null) yield break;

            long at = archiveOffset(offset);
            int number = counter.Next();
            var line = Encoding.Latin1.GetString(first);
            counter.Format ??= line.StartsWith("WARC/", StringComparison.Ordinal) ? ArchiveFormat.Warc
                : ArcHeader().IsMatch(line) ? ArchiveFormat.Arc : null;

            RecordResult result = counter.Format switch
            {
                ArchiveFormat.Warc => await ReadWarcRecordAsync(reader, archive, at, number, line, maxRecordBytes, ct),
                ArchiveFormat.Arc => await ReadArcRecordAsync(reader, archive, at, number, line, maxRecordBytes, ct),
                _ => RecordResult.Fatal($"not a WARC or ARC archive (starts with \"{Shorten(line)}\")"),
            };
            if (result.Record is not null) yield return ArchiveEntry.Of(result.Record);
            if (result.Problem is null) continue;
            yield return ArchiveEntry.Of(new ArchiveProblem(archive, at, number, result.Problem));
            if (result.Ends) yield break;
            if (!result.Resync) continue;
            pendingLine = await ResyncAsync(reader, counter.Format!.Value, ct);
            if (pendingLine is null) yield break;
        }
    }

    /// <summary>A record, or a problem after which reading goes on at the next record (<see cref="Resync"/>
    /// when the position is unknown) or ends (<see cref="Ends"/>).</summary>
    private readonly record struct RecordResult(ArchiveRecord? Record, string? Problem, bool Resync, bool Ends)
    {
        public static RecordResult Ok(ArchiveRecord record) => new(record, null, false, false);
        public static RecordResult Skip(string problem) => new(null, problem, true, false);
        public static RecordResult Fatal(string problem) => new(null, problem, false, true);
        public static RecordResult Passed(string problem) => new(null, problem, false, false);
    }

    /// <summary>Skips lines up to the next record's first line; null when the stream ends first.</summary>
    private static async Task<byte[]?> ResyncAsync(ByteStreamReader reader, ArchiveFormat format, CancellationToken ct)
    {
        while (await reader.ReadLineAsync(MaxHeaderLine, ct) is { } line)
        {
            if (format == ArchiveFormat.Warc ? line.AsSpan().StartsWith("WARC/1."u8) : ArcHeader().IsMatch(Encoding.Latin1.GetString(line)))
                return line;
        }
        return null;
    }

    private static async Task<RecordResult> ReadWarcRecordAsync(ByteStreamReader reader, string archive, long at, int number,
        string versionLine, int maxRecordBytes, CancellationToken ct)
    {
        if (!versionLine.StartsWith("WARC/1.", StringComparison.Ordinal))
            return RecordResult.Skip($"malformed header: expected a \"WARC/1.x\" line, found \"{Shorten(versionLine)}\"");
        var lines = new List<string>();
        while (true)
        {
            var line = await reader.ReadLineAsync(MaxHeaderLine, ct);
            if (line is null) return RecordResult.Fatal("truncated: the archive ends inside the record header");
            if (line.Length == 0) break;
            if (lines.Count >= MaxHeaderLines) return RecordResult.Skip($"malformed header: over {MaxHeaderLines} lines");
            lines.Add(Encoding.UTF8.GetString(line));
        }
        var headers = HttpMessage.ParseHeaderLines(lines);
        var lengthText = HeaderLookup.Find(headers, "Content-Length");
        if (!long.TryParse(lengthText, NumberStyles.None, CultureInfo.InvariantCulture, out long length))
            return RecordResult.Skip(lengthText is null ? "malformed header: no Content-Length" : $"bad Content-Length \"{Shorten(lengthText)}\"");
        var type = HeaderLookup.Find(headers, "WARC-Type") ?? "";
        if (length > maxRecordBytes)
            return await SkipOversizedAsync(reader, length, maxRecordBytes, ct);
        var block = await reader.ReadBlockAsync((int)length, ct);
        if (block.Length < length)
            return RecordResult.Fatal($"truncated: the {type} record's block has {block.Length} of its {length} bytes");

        var target = HeaderLookup.Find(headers, "WARC-Target-URI")?.Trim().TrimStart('<').TrimEnd('>');
        var date = ParseWarcDate(HeaderLookup.Find(headers, "WARC-Date"));
        return RecordResult.Ok(Build(archive, at, number, type, target, date, HeaderLookup.Find(headers, "WARC-Record-ID"),
            HeaderLookup.Find(headers, "Content-Type"), headers, block, type is "response" or "revisit", maxRecordBytes));
    }

    private static async Task<RecordResult> ReadArcRecordAsync(ByteStreamReader reader, string archive, long at, int number,
        string headerLine, int maxRecordBytes, CancellationToken ct)
    {
        // "URL IP-address Archive-date Content-type Archive-length" (version 1; version 2 adds fields
        // between type and length). URLs may contain spaces, so the fields are taken from the right.
        var fields = headerLine.Split(' ');
        if (fields.Length < 5 || !ArcHeader().IsMatch(headerLine))
            return RecordResult.Skip($"malformed ARC header \"{Shorten(headerLine)}\"");
        if (!long.TryParse(fields[^1], NumberStyles.None, CultureInfo.InvariantCulture, out long length))
            return RecordResult.Skip($"bad ARC length \"{Shorten(fields[^1])}\"");
        int ipIndex = Array.FindIndex(fields, 1, f => IpAddress().IsMatch(f));
        var url = string.Join(' ', fields[..ipIndex]);
        var date = DateTimeOffset.TryParseExact(fields[ipIndex + 1], "yyyyMMddHHmmss", CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal, out var d) ? d : (DateTimeOffset?)null;
        var contentType = fields[ipIndex + 2];
        if (length > maxRecordBytes)
            return await SkipOversizedAsync(reader, length, maxRecordBytes, ct);
        var block = await reader.ReadBlockAsync((int)length, ct);
        if (block.Length < length)
            return RecordResult.Fatal($"truncated: the ARC record's block has {block.Length} of its {length} bytes");
        var type = url.StartsWith("filedesc:", StringComparison.OrdinalIgnoreCase) ? "warcinfo"
            : HttpMessage.LooksLikeResponse(block) ? "response" : "resource";
        var headers = new List<KeyValuePair<string, string>>
        {
            new("URL", url), new("IP-address", fields[ipIndex]), new("Archive-date", fields[ipIndex + 1]),
            new("Content-type", contentType), new("Archive-length", fields[^1]),
        };
        return RecordResult.Ok(Build(archive, at, number, type, url, date, null, contentType, headers, block, type == "response", maxRecordBytes));
    }

    private static async Task<RecordResult> SkipOversizedAsync(ByteStreamReader reader, long length, int maxRecordBytes, CancellationToken ct)
    {
        long skipped = await reader.SkipAsync(length, ct);
        var reason = $"record of {length} bytes is over the {maxRecordBytes} byte limit";
        return skipped < length ? RecordResult.Fatal(reason + ", and the archive ends inside it") : RecordResult.Passed(reason + "; skipped");
    }

    private static ArchiveRecord Build(string archive, long at, int number, string type, string? target, DateTimeOffset? date,
        string? recordId, string? contentType, List<KeyValuePair<string, string>> headers, byte[] block, bool mayHoldHttp, int maxRecordBytes)
    {
        HttpResponseHead? http = null;
        var payload = block;
        if (mayHoldHttp && HttpMessage.LooksLikeResponse(block) && HttpMessage.Parse(block, maxRecordBytes) is { } parsed)
            (http, payload) = parsed;
        return new ArchiveRecord(archive, at, number, type, target, date, recordId, contentType, headers, http, payload);
    }

    private static DateTimeOffset? ParseWarcDate(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date)
            ? date : null;

    private static bool IsBlank(byte[] line) => line.All(b => b is (byte)' ' or (byte)'\t' or (byte)'\r');

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";

    [GeneratedRegex(@"^\S+:\S*( \S+)* \d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3} \d{12,18} \S+( \S+)* \S+$")]
    private static partial Regex ArcHeader();

    [GeneratedRegex(@"^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$")]
    private static partial Regex IpAddress();
}

/// <summary>A stream that first gives back bytes already read from the inner stream (the sniffed magic).</summary>
internal sealed class PrefixedStream(byte[] prefix, Stream inner) : ReadOnlyForwardStream
{
    private int _prefixPosition;

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken ct = default)
    {
        if (_prefixPosition >= prefix.Length) return await inner.ReadAsync(buffer, ct);
        int n = Math.Min(buffer.Length, prefix.Length - _prefixPosition);
        prefix.AsMemory(_prefixPosition, n).CopyTo(buffer);
        _prefixPosition += n;
        return n;
    }
}

/// <summary>At most <paramref name="length"/> bytes of the inner stream, from where it stands: one worker's part of an archive.</summary>
internal sealed class LimitedStream(Stream inner, long length) : ReadOnlyForwardStream
{
    private long _left = length;

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken ct = default)
    {
        if (_left <= 0) return 0;
        int n = await inner.ReadAsync(buffer[..(int)Math.Min(buffer.Length, _left)], ct);
        _left -= n;
        return n;
    }
}
