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

    /// <summary>An auto-numbered 64-bit primary key column.</summary>
    public abstract string IdColumn { get; }

    public abstract string BlobType { get; }
    public abstract string RealType { get; }

    /// <summary>Statements that make the full-text index over articles (title and text).</summary>
    public abstract IEnumerable<string> FullTextSchema();

    /// <summary>Begins a transaction that holds the store's write lock until it ends, so two writers never
    /// interleave a version number or a copy link.</summary>
    public abstract Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken ct);

    /// <summary>Ranked full-text hits as (id, score, snippet) rows; <c>@q</c> is the query text, <c>{filters}</c> the
    /// extra conditions on <c>a</c> (articles), <c>@limit</c> and <c>@offset</c> the page. Snippets mark matches
    /// between \u0002 and \u0003.</summary>
    public abstract string SearchSql(string filters);

    /// <summary>The number of hits of the same query, for paging.</summary>
    public abstract string CountSql(string filters);

    /// <summary>The query as the engine's full-text syntax takes it; null when nothing searchable is left.</summary>
    public abstract string? FullTextQuery(string text);

    public virtual ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
