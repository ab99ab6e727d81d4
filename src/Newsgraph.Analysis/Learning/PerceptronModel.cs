using System.Runtime.Intrinsics;
using System.IO.Compression;

namespace Newsgraph.Analysis.Learning;

/// <summary>Scores tags for a list of feature hashes.</summary>
public interface ITagScorer
{
    int TagCount { get; }
    void Score(List<ulong> features, Span<float> scores);
}

/// <summary>
/// The trained (averaged) perceptron weights: one row of tag weights per feature. Stored sparse with
/// 16-bit weights, gzipped; the loss of precision does not change which tag wins in practice.
/// </summary>
public sealed class PerceptronModel : ITagScorer
{
    private const int Magic = 0x4E475052; // "NGPR"
    private readonly Dictionary<ulong, int> _rows;
    private readonly float[] _weights;
    private readonly RowTable _lookup;

    public PerceptronModel(int tagCount, Dictionary<ulong, int> rows, float[] weights)
    {
        TagCount = tagCount;
        _rows = rows;
        _weights = weights;
        _lookup = new RowTable(rows);
    }

    public int TagCount { get; }
    public int FeatureCount => _rows.Count;

    public void Score(List<ulong> features, Span<float> scores)
    {
        scores.Clear();
        var weights = _weights.AsSpan();
        foreach (var f in features)
        {
            int row = _lookup.Find(f);
            if (row >= 0) AddRow(weights.Slice(row * TagCount, TagCount), scores);
        }
    }

    /// <summary>scores += row, eight tags at a time where the hardware allows.</summary>
    private static void AddRow(ReadOnlySpan<float> row, Span<float> scores)
    {
        int t = 0;
        if (Vector256.IsHardwareAccelerated)
            for (; t + 8 <= row.Length; t += 8)
                (Vector256.Create(scores.Slice(t, 8)) + Vector256.Create(row.Slice(t, 8))).CopyTo(scores.Slice(t, 8));
        for (; t < row.Length; t++) scores[t] += row[t];
    }

    public void Write(Stream stream)
    {
        float scale = MaxAbs();
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize);
        using var writer = new BinaryWriter(gzip);
        writer.Write(Magic);
        writer.Write(TagCount);
        writer.Write(scale);
        writer.Write(_rows.Count);
        foreach (var (key, row) in _rows.OrderBy(p => p.Key))
        {
            writer.Write(key);
            var w = _weights.AsSpan(row * TagCount, TagCount);
            int nonZero = 0;
            foreach (var v in w) if (Quantize(v, scale) != 0) nonZero++;
            writer.Write((byte)nonZero);
            for (int t = 0; t < w.Length; t++)
            {
                short q = Quantize(w[t], scale);
                if (q == 0) continue;
                writer.Write((byte)t);
                writer.Write(q);
            }
        }
    }

    public static PerceptronModel Read(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new BinaryReader(new BufferedStream(gzip, 1 << 16));
        if (reader.ReadInt32() != Magic) throw new InvalidDataException("not a Newsgraph perceptron model");
        int tagCount = reader.ReadInt32();
        float scale = reader.ReadSingle();
        int count = reader.ReadInt32();
        var rows = new Dictionary<ulong, int>(count);
        var weights = new float[count * tagCount];
        for (int r = 0; r < count; r++)
        {
            rows[reader.ReadUInt64()] = r;
            int nonZero = reader.ReadByte();
            for (int k = 0; k < nonZero; k++)
            {
                int tag = reader.ReadByte();
                weights[r * tagCount + tag] = reader.ReadInt16() * scale / short.MaxValue;
            }
        }
        return new PerceptronModel(tagCount, rows, weights);
    }

    private float MaxAbs()
    {
        float max = 1e-9f;
        foreach (var v in _weights) max = Math.Max(max, Math.Abs(v));
        return max;
    }

    private static short Quantize(float v, float scale) => (short)Math.Round(v / scale * short.MaxValue);
}

/// <summary>
/// Feature hash → weight row, as an open-addressing table with linear probing: scoring looks up every
/// feature of every token, and this is about twice as fast as a Dictionary for well-mixed 64-bit keys.
/// </summary>
internal sealed class RowTable
{
    // Key and row side by side: a lookup touches one cache line, not one in each of two arrays.
    private readonly Entry[] _entries;
    private readonly int _mask;
    private readonly int _zeroRow = -1; // the key 0 marks an empty slot, so it is kept apart

    private struct Entry
    {
        public ulong Key;
        public int Row;
    }

    public RowTable(Dictionary<ulong, int> rows)
    {
        int size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, rows.Count * 2));
        _entries = new Entry[size];
        _mask = size - 1;
        foreach (var (key, row) in rows)
        {
            if (key == 0) { _zeroRow = row; continue; }
            int i = (int)key & _mask;
            while (_entries[i].Key != 0) i = (i + 1) & _mask;
            _entries[i] = new Entry { Key = key, Row = row };
        }
    }

    /// <summary>The row of a feature, or -1.</summary>
    public int Find(ulong key)
    {
        if (key == 0) return _zeroRow;
        var entries = _entries;
        int i = (int)key & _mask;
        while (true)
        {
            ref var entry = ref entries[i];
            if (entry.Key == key) return entry.Row;
            if (entry.Key == 0) return -1;
            i = (i + 1) & _mask;
        }
    }
}
