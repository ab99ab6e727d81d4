namespace Newsgraph.Sources.Archives;

/// <summary>
/// The decompressed content of consecutive good gzip members as one stream, ending at the next damaged
/// member (kept in <see cref="Damaged"/>) or at the end of the file (<see cref="Finished"/>). Remembers
/// where each member's content starts, so a record is named by the offset of the member it starts in.
/// </summary>
internal sealed class MemberSegmentStream(IAsyncEnumerator<GzipMember> members) : ReadOnlyForwardStream
{
    private readonly List<(long Start, long Offset)> _starts = [];
    private byte[] _current = [];
    private int _position;
    private long _total;
    private bool _ended;

    public GzipMember? Damaged { get; private set; }
    public bool Finished { get; private set; }

    /// <summary>The file offset of the member holding this position of the decompressed content.</summary>
    public long MemberOffsetAt(long position)
    {
        int low = 0, high = _starts.Count - 1, found = 0;
        while (low <= high)
        {
            int mid = (low + high) / 2;
            if (_starts[mid].Start <= position) { found = mid; low = mid + 1; }
            else high = mid - 1;
        }
        return _starts.Count == 0 ? Damaged?.Offset ?? 0 : _starts[found].Offset;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken ct = default)
    {
        while (_position >= _current.Length)
        {
            if (_ended) return 0;
            if (!await members.MoveNextAsync())
            {
                _ended = Finished = true;
                return 0;
            }
            var member = members.Current;
            if (member.Content is null)
            {
                Damaged = member;
                _ended = true;
                return 0;
            }
            _starts.Add((_total, member.Offset));
            _current = member.Content;
            _position = 0;
            _total += member.Content.Length;
        }
        int n = Math.Min(buffer.Length, _current.Length - _position);
        _current.AsMemory(_position, n).CopyTo(buffer);
        _position += n;
        return n;
    }
}
