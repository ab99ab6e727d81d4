namespace Newsgraph.Analysis.Entities.Tagging;

/// <summary>
/// A sentence prepared for feature extraction: per-token hashes, clusters and lexicon marks computed
/// once, plus what the document says about each word (its other occurrences, first-pass predictions).
/// </summary>
public sealed class SentenceView
{
    public required string[] Words { get; init; }
    public required ulong[] Lower { get; init; }
    public required ulong[] Shape { get; init; }
    public required int[]?[] Clusters { get; init; }
    /// <summary>Per token: clusters of its pre-trained embedding (fine to coarse), or null.</summary>
    public required int[]?[] Embeddings { get; init; }
    public required ulong[] LexiconMarks { get; init; }
    public required bool AllCaps { get; init; }
    /// <summary>Per token: bit 0 its lower-case form occurs lower-case elsewhere in the document; bit 1 it
    /// occurs capitalised inside some sentence (not first) elsewhere.</summary>
    public required byte[] DocumentCase { get; init; }
    /// <summary>Per capitalised token: the words around other occurrences of the same word in the document
    /// (hashes of the lower-case words before and after), or null.</summary>
    public required List<(ulong Before, ulong After)>?[] OtherContexts { get; init; }
    /// <summary>First-pass tags, when this is the second pass.</summary>
    public int[]? FirstPass { get; set; }
    /// <summary>Per token: how often the first pass put this word form in each class elsewhere in the document.</summary>
    public int[][]? Aggregate { get; set; }

    public int Length => Words.Length;
}
