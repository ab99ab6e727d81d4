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

    /// <summary>A value that changes whenever a change to the store is committed, by this process or another, so
    /// what was read from it holds while the value stays the same; null where the store cannot tell (nothing read
    /// may then be kept).</summary>
    Task<long?> ChangeStampAsync(CancellationToken ct = default);

    /// <summary>Whether this exact input (same source, same bytes) was stored before: it need not be analysed again.</summary>
    Task<bool> HoldsInputAsync(string source, string inputHash, CancellationToken ct = default);

    /// <summary>Stores a batch in one transaction: all of it or, if the process dies, none of it.</summary>
    Task<IReadOnlyList<StoreResult>> StoreAsync(IReadOnlyList<IngestedArticle> batch, CancellationToken ct = default);

    /// <summary>The latest version of every article, in the order stored, as `analyze` writes it (one JSON object each).</summary>
    IAsyncEnumerable<string> ExportAsync(CancellationToken ct = default);

    Task<SearchResults> SearchAsync(SearchQuery query, CancellationToken ct = default);

    /// <summary>How the hits of <paramref name="query"/> spread over outlets, languages and days (its paging ignored).</summary>
    Task<SearchFacets> SearchFacetsAsync(SearchQuery query, int size = 10, CancellationToken ct = default);

    /// <summary>One article by its store id (any version), or null when there is none.</summary>
    Task<StoredArticle?> ArticleAsync(long id, CancellationToken ct = default);

    Task<CorpusStats> StatsAsync(CancellationToken ct = default);

    /// <summary>Forgets every story and clusters all the latest articles again, in publication order: the same
    /// store always gives the same stories.</summary>
    Task RebuildStoriesAsync(CancellationToken ct = default);

    /// <summary>Every story, in the order they began; with <paramref name="since"/>, those seen on or after that day;
    /// <paramref name="offset"/> and <paramref name="limit"/> page through them.</summary>
    IAsyncEnumerable<Stories.Story> StoriesAsync(DateOnly? since = null, int offset = 0, int? limit = null, CancellationToken ct = default);

    /// <summary>One story, or null when the store has no story with that id.</summary>
    Task<Stories.Story?> StoryAsync(long id, CancellationToken ct = default);

    /// <summary>Forgets every cross-article entity and resolves the entities of all the latest articles again,
    /// in publication order: the same store always gives the same entities.</summary>
    Task RebuildEntitiesAsync(CancellationToken ct = default);

    /// <summary>The people, organisations and places named across the stored articles, in the order they were
    /// first named, filtered and paged by <paramref name="query"/>.</summary>
    IAsyncEnumerable<Entities.AcrossEntity> EntitiesAsync(Entities.EntityQuery query, CancellationToken ct = default);

    /// <summary>One cross-article entity, or null when the store has none with that id.</summary>
    Task<Entities.AcrossEntity?> EntityAsync(long id, CancellationToken ct = default);

    /// <summary>The entities named in the same articles as entity <paramref name="id"/>, and its mentions by day.</summary>
    Task<Entities.EntityContext> EntityContextAsync(long id, int companions = 15, CancellationToken ct = default);

    /// <summary>Forgets every quote trail and follows the quotes of all the latest articles again, in publication
    /// order: the same store always gives the same trails.</summary>
    Task RebuildQuoteTrailsAsync(CancellationToken ct = default);

    /// <summary>One page of quote trails, in id order, with how many match the query in all.</summary>
    Task<Quotes.QuoteTrailPage> QuoteTrailsAsync(Quotes.QuoteQuery query, CancellationToken ct = default);

    /// <summary>One quote trail, or null when the store has no trail with that id.</summary>
    Task<Quotes.QuoteTrail?> QuoteTrailAsync(long id, CancellationToken ct = default);
}
