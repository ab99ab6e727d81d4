using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace Newsgraph.Sources.Archives;

/// <summary>One gzip member of a multi-member file: where it starts in the file and what it holds, or why
/// the bytes from there could not be decompressed.</summary>
internal sealed record GzipMember(long Offset, byte[]? Content, string? Problem);

/// <summary>
/// Splits a gzip file into its members and decompresses each on its own, so that a record can be named by
/// its member's offset and a damaged member costs only itself. .NET's GZipStream reads concatenated
/// members but tells neither where one ends nor how to go on after a broken one, so member starts are
/// found by their magic bytes; a magic sequence inside compressed data (rare, but it happens in large
/// files) is told apart because the bytes up to it do not form a complete member.
/// </summary>
internal static class GzipMembers
{
    public static bool HasMagic(ReadOnlySpan<byte> bytes) => bytes.Length >= 3 && bytes[0] == 0x1f && bytes[1] == 0x8b && bytes[2] == 8;

    public static async IAsyncEnumerable<GzipMember> ReadAsync(Stream stream, int maxMemberBytes, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var pending = new MemoryStream(); // the compressed bytes from the current member's start on
        long pendingOffset = 0;            // the file offset of pending[0]
        var starts = new List<int> { 0 };  // possible member starts inside pending
        int scanned = 1;
        var chunk = new byte[65536];
        bool eof = false, skipping = false;
        while (!eof)
        {
            int n = await stream.ReadAsync(chunk, ct);
            eof = n == 0;
            pending.Write(chunk, 0, n);
            var buffer = pending.GetBuffer();
            int length = (int)pending.Length;
            // A boundary needs four bytes to check; at the end of the file the end is the last boundary.
            var boundaries = new List<int>();
            for (; scanned + 4 <= length; scanned++)
                if (HasMagic(buffer.AsSpan(scanned)) && (buffer[scanned + 3] & 0xE0) == 0) boundaries.Add(scanned);
            if (eof) boundaries.Add(length);

            int consumed = 0;
            foreach (int end in boundaries)
            {
                if (skipping)
                {
                    // The first possible start after an oversized member: reading begins again there.
                    skipping = false;
                    starts.Clear();
                    starts.Add(end);
                    consumed = end;
                    continue;
                }
                if (!TryResolve(buffer, starts, end, maxMemberBytes, out var found, out var content))
                {
                    starts.Add(end);
                    continue;
                }
                if (found > starts[0])
                    yield return new GzipMember(pendingOffset + starts[0], null, Damaged(found - starts[0]));
                yield return new GzipMember(pendingOffset + found, content, null);
                starts.Clear();
                starts.Add(end);
                consumed = end;
            }
            if (skipping)
                consumed = scanned; // nothing scanned so far can start a member
            else if (eof && starts[0] < length)
            {
                // Nothing from the last good member on forms a member: the rest of the file is damaged.
                yield return new GzipMember(pendingOffset + starts[0], null, Damaged(length - starts[0]));
            }
            else if (length - starts[0] > maxMemberBytes)
            {
                // Holding more would break the memory bound: report it once and drop bytes up to the next
                // possible start (a later start already seen is kept).
                yield return new GzipMember(pendingOffset + starts[0], null,
                    $"gzip member over the {maxMemberBytes} byte limit; skipped to the next member");
                if (starts.Count > 1) starts.RemoveRange(0, starts.Count - 1);
                else
                {
                    skipping = true;
                    consumed = scanned;
                }
            }
            if (!skipping) consumed = Math.Max(consumed, starts[0]);
            if (consumed > 0)
            {
                var rest = buffer.AsSpan(consumed, length - consumed).ToArray();
                pending.SetLength(0);
                pending.Write(rest);
                pendingOffset += consumed;
                if (!skipping)
                    for (int i = 0; i < starts.Count; i++) starts[i] -= consumed;
                scanned -= consumed;
            }
        }
    }

    private static string Damaged(int bytes) => $"damaged or truncated gzip member ({bytes} bytes skipped)";

    /// <summary>The first possible start from which the bytes up to <paramref name="end"/> decompress as
    /// complete members.</summary>
    private static bool TryResolve(byte[] buffer, List<int> starts, int end, int maxMemberBytes, out int found, out byte[] content)
    {
        foreach (int start in starts)
        {
            if (start >= end) break;
            if (TryInflate(buffer.AsSpan(start, end - start).ToArray(), maxMemberBytes, out content))
            {
                found = start;
                return true;
            }
        }
        found = -1;
        content = [];
        return false;
    }

    /// <summary>Decompresses one member completely: the trailer's length must match what came out, which
    /// catches a member cut short (GZipStream may end quietly on a truncated stream).</summary>
    internal static bool TryInflate(byte[] member, int maxBytes, out byte[] content)
    {
        content = [];
        if (member.Length < 18) return false;
        try
        {
            var output = Decompression.ReadAll(Decompression.Gunzip(member), maxBytes);
            uint declared = BinaryPrimitives.ReadUInt32LittleEndian(member.AsSpan(member.Length - 4));
            if (output is null || declared != (uint)output.Length) return false;
            content = output;
            return true;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }
}
