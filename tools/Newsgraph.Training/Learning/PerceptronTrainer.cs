using Newsgraph.Analysis.Learning;

namespace Newsgraph.Training.Learning;

/// <summary>
/// Trains an averaged perceptron: on every wrong decision, the gold tag's weights go up and the
/// predicted tag's go down. Averaging (lazily, with per-weight timestamps) keeps
/// the model from over-fitting the last examples. Deterministic for a given seed.
/// </summary>
public sealed class PerceptronTrainer : ITagScorer
{
    private readonly Dictionary<ulong, int> _rows = new(1 << 20);
    private float[] _weights = new float[1 << 20];
    private double[] _totals = new double[1 << 20];
    private int[] _stamps = new int[1 << 20];
    private int _time;

    public PerceptronTrainer(int tagCount) => TagCount = tagCount;

    public int TagCount { get; }

    public void Score(List<ulong> features, Span<float> scores)
    {
        scores.Clear();
        foreach (var f in features)
        {
            if (!_rows.TryGetValue(f, out int row)) continue;
            var w = _weights.AsSpan(row * TagCount, TagCount);
            for (int t = 0; t < w.Length; t++) scores[t] += w[t];
        }
    }

    /// <summary>Counts one training decision, right or wrong, for the averaging; callers call it once per decision.</summary>
    public void Step() => _time++;

    /// <summary>Moves the weights of <paramref name="tag"/> for these features by <paramref name="delta"/>.</summary>
    public void Update(List<ulong> features, int tag, float delta)
    {
        foreach (var f in features)
        {
            int index = Row(f) * TagCount + tag;
            _totals[index] += (_time - _stamps[index]) * _weights[index];
            _stamps[index] = _time;
            _weights[index] += delta;
        }
    }

    private int Row(ulong feature)
    {
        if (_rows.TryGetValue(feature, out int row)) return row;
        row = _rows.Count;
        _rows[feature] = row;
        int needed = (row + 1) * TagCount;
        if (needed > _weights.Length)
        {
            int size = _weights.Length * 2;
            Array.Resize(ref _weights, size);
            Array.Resize(ref _totals, size);
            Array.Resize(ref _stamps, size);
        }
        return row;
    }

    /// <summary>The averaged weights, dropping features whose weights all average to nearly nothing.</summary>
    public PerceptronModel Average(float prune = 0f)
    {
        var rows = new Dictionary<ulong, int>();
        var kept = new List<float>();
        var average = new float[TagCount];
        foreach (var (key, row) in _rows.OrderBy(p => p.Key))
        {
            float max = 0;
            for (int t = 0; t < TagCount; t++)
            {
                int index = row * TagCount + t;
                double total = _totals[index] + (_time - _stamps[index]) * _weights[index];
                average[t] = (float)(total / Math.Max(1, _time));
                max = Math.Max(max, Math.Abs(average[t]));
            }
            if (max <= prune) continue;
            rows[key] = rows.Count;
            kept.AddRange(average);
        }
        return new PerceptronModel(TagCount, rows, kept.ToArray());
    }
}
