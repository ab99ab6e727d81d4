using System.IO.Compression;

namespace Newsgraph.Analysis.Entities.Tagging;

/// <summary>
/// Distributional word classes learned from unlabelled news text (built by `newsgraph train clusters`):
/// each word has a fine cluster and the coarser clusters that contain it, so that the tagger can
/// generalise from "Pompeo" seen in training to a surname it has never seen in the same contexts.
/// </summary>
public sealed class WordClusters
{
    /// <summary>How many levels of granularity each word carries (fine to coarse).</summary>
    public const int Levels = 3;

    private readonly Dictionary<string, int[]> _byWord;

    public WordClusters(Dictionary<string, int[]> byWord) => _byWord = byWord;

    public static WordClusters Empty { get; } = new(new Dictionary<string, int[]>());

    public int Count => _byWord.Count;

    /// <summary>Cluster ids of a word: exact form first, then its title-case and lower-case forms, so that
    /// words in all-capital headlines still find their class.</summary>
    public int[]? Lookup(string word)
    {
        if (_byWord.TryGetValue(word, out var ids)) return ids;
        if (word.Length > 1 && WordShape.IsAllCaps(word))
        {
            var title = char.ToUpperInvariant(word[0]) + word[1..].ToLowerInvariant();
            if (_byWord.TryGetValue(title, out ids)) return ids;
        }
        return _byWord.TryGetValue(word.ToLowerInvariant(), out ids) ? ids : null;
    }

    /// <summary>Format: gzip of lines "word\tfine\tmiddle\tcoarse".</summary>
    public static WordClusters Read(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        var map = new Dictionary<string, int[]>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var parts = line.Split('\t');
            if (parts.Length != Levels + 1) continue;
            var ids = new int[Levels];
            for (int i = 0; i < Levels; i++) ids[i] = int.Parse(parts[i + 1]);
            map[parts[0]] = ids;
        }
        return new WordClusters(map);
    }

    public void Write(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize);
        using var writer = new StreamWriter(gzip) { NewLine = "\n" };
        foreach (var (word, ids) in _byWord.OrderBy(p => p.Key, StringComparer.Ordinal))
            writer.WriteLine($"{word}\t{string.Join('\t', ids)}");
    }
}
