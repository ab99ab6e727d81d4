using Newsgraph.Core.Model;

namespace Newsgraph.Corpus;

/// <summary>An analysed page on its way into the store, with what the store needs beside the document.</summary>
/// <param name="Document">The analysed article.</param>
/// <param name="SourceKind">Where it came from: "file", "url", "warc", "feed", "sitemap", "stdin".</param>
/// <param name="InputHash">A hash of the input's bytes as read, so that a second run can skip an input before analysing it.</param>
/// <param name="FetchedAt">When the bytes were read.</param>
public sealed record IngestedArticle(ArticleDocument Document, string SourceKind, string InputHash, DateTimeOffset FetchedAt)
{
    /// <summary>The MinHash signature of the text, computed by the ingest worker (CPU work kept off the writer).</summary>
    public uint[] Signature { get; init; } = MinHash.Signature(Document.Text);
}

public enum StoreOutcome
{
    /// <summary>A new article.</summary>
    Stored,
    /// <summary>A new version of an article already stored (same address, changed text); the old one is kept.</summary>
    NewVersion,
    /// <summary>Already stored exactly so: nothing added.</summary>
    Unchanged,
}

/// <summary>What storing one article did.</summary>
public sealed record StoreResult(string Source, StoreOutcome Outcome, long ArticleId, long? CopyOf, double? Similarity);

/// <summary>A full-text query with its filters. Dates are inclusive publication days.</summary>
public sealed record SearchQuery(string Text)
{
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public string? Publisher { get; init; }
    public string? Language { get; init; }
    /// <summary>Only articles naming an entity whose name contains this (case-insensitive).</summary>
    public string? Entity { get; init; }
    /// <summary>Only articles quoting a speaker whose name contains this (case-insensitive).</summary>
    public string? Speaker { get; init; }
    public int Limit { get; init; } = 20;
    public int Offset { get; init; }
}

/// <summary>One ranked hit: the article and a snippet of its text with the matched words marked.</summary>
/// <param name="Highlights">Ranges [start, end) of <paramref name="Snippet"/> that matched the query.</param>
public sealed record SearchHit(
    long ArticleId, string DocumentId, string Source, string? Url, string? Title, string? Publisher, string? Published,
    string? Language, double Score, string Snippet, IReadOnlyList<(int Start, int End)> Highlights);

/// <param name="TotalIsAtLeast">The count stopped at its cap: there are at least <paramref name="Total"/> hits.</param>
public sealed record SearchResults(IReadOnlyList<SearchHit> Hits, long Total, bool TotalIsAtLeast = false);

/// <summary>What the store holds.</summary>
public sealed record CorpusStats(
    long Articles, long Versions, long Copies, long Inputs,
    IReadOnlyList<(string Key, long Count)> BySourceKind,
    IReadOnlyList<(string Key, long Count)> ByPublisher,
    IReadOnlyList<(string Key, long Count)> ByDay,
    IReadOnlyList<(string Key, long Count)> ByLanguage);

/// <summary>One stored article (its latest analysis as `analyze` writes it) with its near-duplicates and its story.</summary>
/// <param name="DocumentJson">The article as one JSON object.</param>
/// <param name="Original">The article this one is a copy of, when it is one.</param>
/// <param name="Copies">The articles that are copies of this one.</param>
/// <param name="EntityLinks">The cross-article entity each of the article's entities (by its id in the document) resolved to.</param>
public sealed record StoredArticle(long Id, string DocumentJson, RelatedArticle? Original, IReadOnlyList<RelatedArticle> Copies, long? StoryId,
    IReadOnlyDictionary<string, long> EntityLinks);

public sealed record RelatedArticle(long Id, string Source, string? Url, string? Title, string? Publisher, string? Published);

/// <summary>How the hits of a search spread over outlets, languages and days (most frequent first; days newest first).</summary>
public sealed record SearchFacets(
    IReadOnlyList<(string Key, long Count)> Publishers,
    IReadOnlyList<(string Key, long Count)> Languages,
    IReadOnlyList<(string Key, long Count)> Days);
