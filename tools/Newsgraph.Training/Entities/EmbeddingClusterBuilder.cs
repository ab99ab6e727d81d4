using System.Text.Json;
using Newsgraph.Analysis.Entities.Tagging;

namespace Newsgraph.Training.Entities;

/// <summary>Settings of embedding clustering; the defaults reproduce the committed table.</summary>
public sealed record EmbeddingClusterOptions(int Clusters, int Sample, int Iterations, int Seed)
{
    public static EmbeddingClusterOptions Default { get; } = new(1000, 100_000, 12, 11);
}

/// <summary>
/// Turns pre-trained word embeddings (lower-case GloVe vectors, trained on far more text than we have)
/// into word clusters at three granularities. A perceptron cannot use dense vectors well, but cluster
/// ids are ordinary sparse features (Guo et al. 2014, "Revisiting embedding features").
/// </summary>
public static class EmbeddingClusterBuilder
{
    /// <summary>Clusters the vectors of a wink-embeddings JSON file: {"dimensions": d, "vectors": {"word":
    /// [d values, norm, index], ...}} with the words by frequency.</summary>
    public static WordClusters Build(Stream json, EmbeddingClusterOptions options, Action<string> log)
    {
        var (words, vectors) = Read(json);
        log($"{words.Length:N0} word vectors of {vectors[0].Length} dimensions");
        return ClusterBuilder.Hierarchy(words, vectors, options.Sample, options.Clusters, options.Iterations, new Random(options.Seed));
    }

    /// <summary>The words (in the file's order, by frequency) that contain a letter, with unit-length vectors.</summary>
    private static (string[] Words, float[][] Vectors) Read(Stream json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        int dimensions = root.GetProperty("dimensions").GetInt32();
        var words = new List<string>();
        var vectors = new List<float[]>();
        foreach (var entry in root.GetProperty("vectors").EnumerateObject())
        {
            var (word, values) = (entry.Name, entry.Value);
            if (!word.Any(char.IsLetter)) continue;
            var v = new float[dimensions];
            int d = 0;
            foreach (var x in values.EnumerateArray())
            {
                if (d == dimensions) break;
                v[d++] = x.GetSingle();
            }
            ClusterBuilder.Normalize(v);
            words.Add(word);
            vectors.Add(v);
        }
        return (words.ToArray(), vectors.ToArray());
    }
}
