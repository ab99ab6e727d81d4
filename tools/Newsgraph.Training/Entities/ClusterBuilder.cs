using System.Numerics;
using Newsgraph.Analysis.Entities.Tagging;

namespace Newsgraph.Training.Entities;

/// <summary>Settings of cluster learning; the defaults reproduce the committed table.</summary>
public sealed record ClusterBuilderOptions(int Clusters, int MinCount, int MaxWords, int Contexts, int Dimensions, int Iterations, int Seed)
{
    public static ClusterBuilderOptions Default { get; } = new(1600, 3, 50_000, 800, 96, 12, 7);
}

/// <summary>
/// Learns word clusters from unlabelled text: each word is described by the words seen just before and
/// after it (Hellinger-transformed distributions, randomly projected to a few dimensions), words are
/// grouped by spherical k-means, and the cluster centres are grouped again into coarser classes.
/// Words used alike ("Pompeo", "Lavrov"; "Baghdad", "Tehran") end up together.
/// </summary>
public static class ClusterBuilder
{
    public static WordClusters Build(IEnumerable<string[]> sentences, ClusterBuilderOptions options, Action<string> log)
    {
        var corpus = sentences.ToList();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var contextCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in corpus)
            foreach (var w in s)
            {
                counts[w] = counts.GetValueOrDefault(w) + 1;
                var l = w.ToLowerInvariant();
                contextCounts[l] = contextCounts.GetValueOrDefault(l) + 1;
            }
        log($"{corpus.Count:N0} sentences, {counts.Values.Sum():N0} tokens, {counts.Count:N0} word forms");
        var vocabulary = counts.Where(p => p.Value >= options.MinCount).OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Take(options.MaxWords).Select(p => p.Key).ToArray();
        var contexts = contextCounts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Take(options.Contexts - 1).Select((p, i) => (p.Key, i)).ToDictionary(p => p.Key, p => p.i, StringComparer.Ordinal);
        var vectors = ContextVectors(corpus, vocabulary, contexts, options);
        log($"{vocabulary.Length:N0} words described by {options.Contexts} contexts on each side");
        return Hierarchy(vocabulary, vectors, vectors.Length, options.Clusters, options.Iterations, new Random(options.Seed));
    }

    /// <summary>Groups unit vectors into fine clusters and their centres into middle (a fifth as many) and coarse
    /// (a 25th) ones. The fine centres are learned from the first <paramref name="sample"/> vectors (the most
    /// frequent words, when the words come by frequency), then every word goes to its nearest centre.</summary>
    public static WordClusters Hierarchy(string[] words, float[][] vectors, int sample, int clusters, int iterations, Random random)
    {
        var fine = KMeans(sample < vectors.Length ? vectors[..sample] : vectors, clusters, iterations, random, out var centres);
        if (sample < vectors.Length) fine = vectors.Select(v => Nearest(v, centres)).ToArray();
        var middle = KMeans(centres, Math.Max(2, clusters / 5), iterations * 2, random, out var middleCentres);
        var coarse = KMeans(middleCentres, Math.Max(2, clusters / 25), iterations * 2, random, out _);
        var table = new Dictionary<string, int[]>(StringComparer.Ordinal);
        for (int w = 0; w < words.Length; w++)
            table[words[w]] = [fine[w], middle[fine[w]], coarse[middle[fine[w]]]];
        return new WordClusters(table);
    }

    /// <summary>Left and right neighbour distributions of each word, Hellinger-transformed and projected.</summary>
    private static float[][] ContextVectors(List<string[]> corpus, string[] vocabulary, Dictionary<string, int> contexts, ClusterBuilderOptions options)
    {
        var index = vocabulary.Select((w, i) => (w, i)).ToDictionary(p => p.w, p => p.i, StringComparer.Ordinal);
        int width = 2 * options.Contexts;
        var raw = new float[vocabulary.Length * (long)width];
        foreach (var s in corpus)
            for (int i = 0; i < s.Length; i++)
            {
                if (!index.TryGetValue(s[i], out int w)) continue;
                raw[(long)w * width + ContextId(s, i - 1, contexts, options)]++;
                raw[(long)w * width + options.Contexts + ContextId(s, i + 1, contexts, options)]++;
            }
        var projection = RandomProjection(width, options.Dimensions, new Random(options.Seed));
        var vectors = new float[vocabulary.Length][];
        var row = new float[width];
        for (int w = 0; w < vocabulary.Length; w++)
        {
            Array.Copy(raw, (long)w * width, row, 0, width);
            Hellinger(row.AsSpan(0, options.Contexts));
            Hellinger(row.AsSpan(options.Contexts));
            var v = new float[options.Dimensions];
            for (int c = 0; c < width; c++)
            {
                if (row[c] == 0) continue;
                var p = projection[c];
                for (int d = 0; d < v.Length; d++) v[d] += row[c] * p[d];
            }
            Normalize(v);
            vectors[w] = v;
        }
        return vectors;
    }

    private static int ContextId(string[] s, int k, Dictionary<string, int> contexts, ClusterBuilderOptions options)
    {
        if (k < 0 || k >= s.Length) return options.Contexts - 1; // sentence boundary
        return contexts.TryGetValue(s[k].ToLowerInvariant(), out int c) ? c : options.Contexts - 1;
    }

    private static void Hellinger(Span<float> counts)
    {
        float total = 0;
        foreach (var c in counts) total += c;
        if (total == 0) return;
        for (int i = 0; i < counts.Length; i++) counts[i] = MathF.Sqrt(counts[i] / total);
    }

    private static float[][] RandomProjection(int from, int to, Random random)
    {
        var m = new float[from][];
        for (int i = 0; i < from; i++)
        {
            m[i] = new float[to];
            for (int d = 0; d < to; d++) m[i][d] = random.Next(2) == 0 ? -1f : 1f;
        }
        return m;
    }

    /// <summary>Spherical k-means with k-means++ seeding; returns each point's cluster.</summary>
    private static int[] KMeans(float[][] points, int k, int iterations, Random random, out float[][] centres)
    {
        k = Math.Min(k, points.Length);
        centres = Seed(points, k, random);
        var assignment = new int[points.Length];
        for (int it = 0; it < iterations; it++)
        {
            var c = centres;
            for (int p = 0; p < points.Length; p++) assignment[p] = Nearest(points[p], c);
            var sums = new float[k][];
            for (int j = 0; j < k; j++) sums[j] = new float[points[0].Length];
            for (int p = 0; p < points.Length; p++)
            {
                var s = sums[assignment[p]];
                for (int d = 0; d < s.Length; d++) s[d] += points[p][d];
            }
            for (int j = 0; j < k; j++)
            {
                if (sums[j].All(x => x == 0)) sums[j] = (float[])points[random.Next(points.Length)].Clone();
                Normalize(sums[j]);
            }
            centres = sums;
        }
        return assignment;
    }

    private static float[][] Seed(float[][] points, int k, Random random)
    {
        var centres = new List<float[]> { points[random.Next(points.Length)] };
        var distance = points.Select(p => 1 - Dot(p, centres[0])).ToArray();
        while (centres.Count < k)
        {
            double total = distance.Sum(d => Math.Max(0, d)), pick = random.NextDouble() * total;
            int chosen = 0;
            for (double acc = 0; chosen < points.Length - 1; chosen++)
            {
                acc += Math.Max(0, distance[chosen]);
                if (acc >= pick) break;
            }
            var centre = points[chosen];
            centres.Add(centre);
            for (int p = 0; p < points.Length; p++) distance[p] = Math.Min(distance[p], 1 - Dot(points[p], centre));
        }
        return centres.Select(c => (float[])c.Clone()).ToArray();
    }

    private static int Nearest(float[] point, float[][] centres)
    {
        int best = 0;
        float bestDot = float.NegativeInfinity;
        for (int j = 0; j < centres.Length; j++)
        {
            float d = Dot(point, centres[j]);
            if (d > bestDot) { bestDot = d; best = j; }
        }
        return best;
    }

    private static float Dot(float[] a, float[] b)
    {
        var sum = Vector<float>.Zero;
        int i = 0;
        for (; i <= a.Length - Vector<float>.Count; i += Vector<float>.Count)
            sum += new Vector<float>(a, i) * new Vector<float>(b, i);
        float s = Vector.Sum(sum);
        for (; i < a.Length; i++) s += a[i] * b[i];
        return s;
    }

    internal static void Normalize(float[] v)
    {
        float n = MathF.Sqrt(Dot(v, v));
        if (n == 0) return;
        for (int d = 0; d < v.Length; d++) v[d] /= n;
    }
}
