namespace Newsgraph.Sources.Archives;

/// <summary>
/// Reads lines and fixed-size blocks from a stream through one buffer, keeping count of the position,
/// since archive formats mix text header lines with binary blocks of a declared length.
/// </summary>
internal sealed class ByteStreamReader(Stream stream, int bufferSize = 65536)
{
    private readonly byte[] _buffer = new byte[bufferSize];
    private int _start, _end;
    private bool _eof;

    /// <summary>Bytes consumed so far.</summary>
    public long Position { get; private set; }

    /// <summary>True at the end of the stream (after trying to read more).</summary>
    public async ValueTask<bool> AtEndAsync(CancellationToken ct) => !await FillAsync(ct);

    /// <summary>The next line without its CR LF or LF, as bytes; null at the end of the stream. A line longer
    /// than <paramref name="maxLength"/> is cut there and the rest is returned as the next lines.</summary>
    public async ValueTask<byte[]?> ReadLineAsync(int maxLength, CancellationToken ct)
    {
        var line = new List<byte>();
        while (await FillAsync(ct))
        {
            int newline = Array.IndexOf(_buffer, (byte)'\n', _start, _end - _start);
            int take = newline >= 0 ? newline - _start : _end - _start;
            take = Math.Min(take, maxLength - line.Count);
            line.AddRange(new ArraySegment<byte>(_buffer, _start, take));
            Consume(take);
            if (line.Count >= maxLength) return line.ToArray();
            if (newline >= 0 && _start == newline)
            {
                Consume(1);
                if (line.Count > 0 && line[^1] == '\r') line.RemoveAt(line.Count - 1);
                return line.ToArray();
            }
        }
        return line.Count > 0 ? line.ToArray() : null;
    }

    /// <summary>Reads up to <paramref name="count"/> bytes; fewer only at the end of the stream.</summary>
    public async ValueTask<byte[]> ReadBlockAsync(int count, CancellationToken ct)
    {
        var block = new byte[count];
        int filled = 0;
        while (filled < count && await FillAsync(ct))
        {
            int take = Math.Min(count - filled, _end - _start);
            Buffer.BlockCopy(_buffer, _start, block, filled, take);
            Consume(take);
            filled += take;
        }
        return filled == count ? block : block[..filled];
    }

    /// <summary>Skips up to <paramref name="count"/> bytes without keeping them; says how many were skipped.</summary>
    public async ValueTask<long> SkipAsync(long count, CancellationToken ct)
    {
        long skipped = 0;
        while (skipped < count && await FillAsync(ct))
        {
            int take = (int)Math.Min(count - skipped, _end - _start);
            Consume(take);
            skipped += take;
        }
        return skipped;
    }

    private void Consume(int count)
    {
        _start += count;
        Position += count;
    }

    private async ValueTask<bool> FillAsync(CancellationToken ct)
    {
        if (_start < _end) return true;
        if (_eof) return false;
        _start = 0;
        _end = await stream.ReadAsync(_buffer, ct);
        if (_end == 0) _eof = true;
        return _end > 0;
    }
}
