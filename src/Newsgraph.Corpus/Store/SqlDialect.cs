using System.Data.Common;

namespace Newsgraph.Corpus.Store;

/// <summary>
/// What differs between the SQL engines the corpus runs on: connections, column types, the schema's
/// engine-specific parts and the full-text query. Everything else is one SQL text for both.
/// </summary>
internal abstract class SqlDialect : IAsyncDisposable
{
    public abstract string Name { get; }

    public abstract DbConnection Connect();

    /// <summary>Settings applied to every new connection (SQLite's journal mode, time-outs).</summary>
    public virtual Task PrepareAsync(DbConnection connection, CancellationToken ct) => Task.CompletedTask;

    /// <summary>Counts the tables named <c>@name</c> (0 or 1), without taking any lock.</summary>
    public abstract string TableCountSql { get; }

    /// <summary>An auto-numbered 64-bit primary key column.</summary>
    public abstract string IdColumn { get; }

    public abstract string BlobType { get; }
    public abstract string RealType { get; }

    /// <summary>Statements that make the full-text index over articles (title and text).</summary>
    public abstract IEnumerable<string> FullTextSchema();

    /// <summary>Begins a transaction that holds the store's write lock until it ends, so two writers never
    /// interleave a version number or a copy link.</summary>
    public abstract Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken ct);

    /// <summary>The relevance of a hit of query <c>@q</c> (higher is better).</summary>
    public abstract string ScoreSql { get; }

    /// <summary>FROM and WHERE of the hits of query <c>@q</c>, with <c>{filters}</c> as extra conditions on
    /// <c>a</c> (articles); only the latest version of an article is a hit.</summary>
    public abstract string MatchSql(string filters);

    /// <summary>Statements that keep superseded versions out of the full-text index, where the engine needs them;
    /// see <see cref="SqliteDialect"/>.</summary>
    public virtual IEnumerable<string> LatestOnlyFullText() => [];

    public virtual string SearchSql(string filters) =>
        $"SELECT a.id, {ScoreSql} AS score {MatchSql(filters)} ORDER BY score DESC, a.id LIMIT @limit OFFSET @offset";

    /// <summary>Hits are counted up to this many: beyond it a count costs more than it tells.</summary>
    public const int CountCap = 10_000;

    public virtual string CountSql(string filters) => $"SELECT count(*) FROM (SELECT 1 AS hit {MatchSql(filters)} LIMIT {CountCap}) hits";

    /// <summary>(value, count) rows of <paramref name="column"/> (unknown values left out) over the first
    /// <see cref="CountCap"/> hits of query <c>@q</c>.</summary>
    public string FacetSql(string filters, string column, string order, int size) =>
        $"SELECT k, count(*) AS n FROM (SELECT {column} AS k {MatchSql(filters)} LIMIT {CountCap}) hits WHERE k IS NOT NULL GROUP BY k ORDER BY {order} LIMIT {size}";

    /// <summary>(id, snippet) rows for the hits <paramref name="ids"/> (a list of numbers) of query <c>@q</c>; the
    /// snippets mark matched words between \u0002 and \u0003.</summary>
    public abstract string SnippetSql(string ids);

    /// <summary>The query as the engine's full-text syntax takes it; null when nothing searchable is left.</summary>
    public abstract string? FullTextQuery(string text);

    /// <summary>See <see cref="ICorpusStore.ChangeStampAsync"/>: null unless the engine says cheaply when the data changed.</summary>
    public virtual Task<long?> ChangeStampAsync(CancellationToken ct) => Task.FromResult<long?>(null);

    public virtual ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
