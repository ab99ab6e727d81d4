namespace Newsgraph.Corpus;

/// <summary>
/// Where ingested articles are kept: the articles with every version, their analysis layers as
/// queryable tables, near-duplicate links and a full-text index. SQLite embedded or PostgreSQL, with the
/// same results from both (<see cref="CorpusStores.Open"/> picks by the connection text).
/// </summary>
public interface ICorpusStore : IAsyncDisposable
{
    /// <summary>Names the store for messages ("SQLite newsgraph.db").</summary>
    string Description { get; }

    /// <summary>Whether this exact input (same source, same bytes) was stored before: it need not be analysed again.</summary>
    Task<bool> HoldsInputAsync(string source, string inputHash, CancellationToken ct = default);

    /// <summary>Stores a batch in one transaction: all of it or, if the process dies, none of it.</summary>
    Task<IReadOnlyList<StoreResult>> StoreAsync(IReadOnlyList<IngestedArticle> batch, CancellationToken ct = default);

    /// <summary>The latest version of every article, in the order stored, as `analyze` writes it (one JSON object each).</summary>
    IAsyncEnumerable<string> ExportAsync(CancellationToken ct = default);

    Task<SearchResults> SearchAsync(SearchQuery query, CancellationToken ct = default);

    Task<CorpusStats> StatsAsync(CancellationToken ct = default);
}
