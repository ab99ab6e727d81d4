using System.IO.Compression;

namespace Newsgraph.Analysis.Entities.Tagging;

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

    public PerceptronModel(int tagCount, Dictionary<ulong, int> rows, float[] weights)
    {
        TagCount = tagCount;
        _rows = rows;
        _weights = weights;
    }

    public int TagCount { get; }
    public int FeatureCount => _rows.Count;

    public void Score(List<ulong> features, Span<float> scores)
    {
        scores.Clear();
        var weights = _weights.AsSpan();
        foreach (var f in features)
        {
            if (!_rows.TryGetValue(f, out int row)) continue;
            var w = weights.Slice(row * TagCount, TagCount);
            for (int t = 0; t < w.Length; t++) scores[t] += w[t];
        }
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
