using System.IO.Compression;

namespace Newsgraph.Sources.Archives;

/// <summary>The members every forward-only, read-only stream here shares; subclasses supply the reading.</summary>
internal abstract class ReadOnlyForwardStream : Stream
{
    public abstract override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken ct = default);

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken ct) =>
        ReadAsync(buffer.AsMemory(offset, count), ct).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer, offset, count, default).GetAwaiter().GetResult();

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}

/// <summary>Decompression within a size limit, so a small bomb cannot fill memory.</summary>
internal static class Decompression
{
    /// <summary>All of a decoding stream's output; null when it comes to more than <paramref name="maxBytes"/>.
    /// Damaged data throws <see cref="InvalidDataException"/>.</summary>
    public static byte[]? ReadAll(Stream decoder, int maxBytes)
    {
        using (decoder)
        {
            using var output = new MemoryStream();
            var chunk = new byte[65536];
            int n;
            while ((n = decoder.Read(chunk)) > 0)
            {
                output.Write(chunk, 0, n);
                if (output.Length > maxBytes) return null;
            }
            return output.ToArray();
        }
    }

    public static GZipStream Gunzip(byte[] bytes) => new(new MemoryStream(bytes), CompressionMode.Decompress);
}
