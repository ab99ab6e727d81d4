using Newsgraph.Analysis.Entities.Gazetteers;
using Newsgraph.Analysis.Learning;
using Newsgraph.Analysis.Lexicons;

namespace Newsgraph.Analysis.Entities.Tagging;

/// <summary>
/// Where the tagger's files live: Resources/ner/{first-pass.bin, second-pass.bin, clusters.tsv.gz,
/// embedding-clusters.tsv.gz},
/// embedded in the assembly at build time and written there by `newsgraph train`.
/// </summary>
public static class NerModelFiles
{
    public const string FirstPass = "first-pass.bin";
    public const string SecondPass = "second-pass.bin";
    public const string Clusters = "clusters.tsv.gz";
    public const string EmbeddingClusters = "embedding-clusters.tsv.gz";

    private static readonly Lazy<NerTagger?> Built = new(LoadBuiltIn);

    /// <summary>The built-in tagger, or null when this build carries no trained model.</summary>
    public static NerTagger? BuiltIn => Built.Value;

    /// <summary>The built-in word clusters (empty when none were built in).</summary>
    public static WordClusters BuiltInClusters() => BuiltInTable(Clusters);

    /// <summary>The built-in clusters of pre-trained word embeddings (empty when none were built in).</summary>
    public static WordClusters BuiltInEmbeddingClusters() => BuiltInTable(EmbeddingClusters);

    /// <summary>The features of the built-in tables.</summary>
    public static NerFeatureExtractor BuiltInFeatures() =>
        new(BuiltInClusters(), BuiltInEmbeddingClusters(), Gazetteer.Default.Lexicon);

    private static WordClusters BuiltInTable(string name)
    {
        using var stream = ResourceLoader.Open("ner/" + name);
        return stream is null ? WordClusters.Empty : WordClusters.Read(stream);
    }

    private static NerTagger? LoadBuiltIn()
    {
        using var first = ResourceLoader.Open("ner/" + FirstPass);
        using var second = ResourceLoader.Open("ner/" + SecondPass);
        if (first is null || second is null) return null;
        return new NerTagger(BuiltInFeatures(), PerceptronModel.Read(first), PerceptronModel.Read(second));
    }

    public static void Save(NerTagger tagger, string directory)
    {
        Directory.CreateDirectory(directory);
        using (var f = File.Create(Path.Combine(directory, FirstPass))) tagger.FirstPassModel.Write(f);
        using (var s = File.Create(Path.Combine(directory, SecondPass))) tagger.SecondPassModel.Write(s);
    }
}
