using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Newsgraph.Corpus.Store;

/// <summary>SQLite with FTS5: the embedded store, one file, written in WAL mode so readers work while an
/// ingest writes and a killed process leaves the last committed batch intact.</summary>
internal sealed class SqliteDialect(string path) : SqlDialect
{
    private readonly string _connection = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true }.ToString();

    public override string Name => $"SQLite {path}";

    public override DbConnection Connect() => new SqliteConnection(_connection);

    // The pool hands the same native connections out again, and the settings stay with them: each is set once.
    private readonly ConditionalWeakTable<sqlite3, object> _prepared = new();

    public override async Task PrepareAsync(DbConnection connection, CancellationToken ct)
    {
        var handle = ((SqliteConnection)connection).Handle!;
        if (_prepared.TryGetValue(handle, out _)) return;
        await using var command = connection.CreateCommand();
        // Memory-mapped reads: a search touches thousands of scattered pages (the index, each hit's row), and a
        // read() per page cost more than the ranking itself. SQLite caps the size at what it was built with.
        command.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000; PRAGMA foreign_keys=ON; PRAGMA mmap_size=8589934592;";
        await command.ExecuteNonQueryAsync(ct);
        _prepared.AddOrUpdate(handle, handle);
    }

    // PRAGMA data_version changes when another connection (in any process) commits, as seen from one connection
    // that never writes: this one, kept open for it.
    private readonly Lock _watchLock = new();
    private SqliteConnection? _watch;

    public override Task<long?> ChangeStampAsync(CancellationToken ct)
    {
        lock (_watchLock)
        {
            if (_watch is null)
            {
                var watch = new SqliteConnection(new SqliteConnectionStringBuilder(_connection) { Pooling = false }.ToString());
                watch.Open();
                _watch = watch;
            }
            using var command = _watch.CreateCommand();
            command.CommandText = "PRAGMA data_version";
            return Task.FromResult<long?>(Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    public override ValueTask DisposeAsync()
    {
        lock (_watchLock)
        {
            _watch?.Dispose();
            _watch = null;
        }
        return ValueTask.CompletedTask;
    }

    public override string TableCountSql => "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = @name";

    public override string IdColumn => "INTEGER PRIMARY KEY";
    public override string BlobType => "BLOB";
    public override string RealType => "REAL";

    public override IEnumerable<string> FullTextSchema() =>
    [
        // External content: the index holds no second copy of the text. Porter stemming, as PostgreSQL's
        // english configuration stems, so both stores match the same words.
        "CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='id', tokenize='porter unicode61 remove_diacritics 0')",
        "CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, coalesce(new.title, ''), new.text); END",
    ];

    // A superseded version leaves the index, so that a search without filters is answered by the index alone:
    // joining every match to its article row only to read is_latest was most of a common word's cost.
    public override IEnumerable<string> LatestOnlyFullText() =>
    [
        """
        CREATE TRIGGER articles_fts_superseded AFTER UPDATE OF is_latest ON articles WHEN old.is_latest = 1 AND new.is_latest = 0
        BEGIN INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, coalesce(old.title, ''), old.text); END
        """,
        "INSERT INTO articles_fts(articles_fts, rowid, title, text) SELECT 'delete', id, coalesce(title, ''), text FROM articles WHERE is_latest = 0",
    ];

    public override string SearchSql(string filters) => filters.Length > 0 ? base.SearchSql(filters) :
        $"SELECT rowid AS id, {ScoreSql} AS score FROM articles_fts WHERE articles_fts MATCH @q ORDER BY score DESC, id LIMIT @limit OFFSET @offset";

    public override string CountSql(string filters) => filters.Length > 0 ? base.CountSql(filters) :
        $"SELECT count(*) FROM (SELECT 1 AS hit FROM articles_fts WHERE articles_fts MATCH @q LIMIT {CountCap}) hits";

    // Microsoft.Data.Sqlite begins IMMEDIATE unless asked for deferred: the write lock is taken now rather
    // than at the first write, so two ingests queue instead of failing.
    public override async Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken ct) =>
        await connection.BeginTransactionAsync(ct);

    public override string ScoreSql => "-bm25(articles_fts, 5.0, 1.0)";

    public override string MatchSql(string filters) => $"""
        FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
        WHERE articles_fts MATCH @q {filters}
        """;

    // Apart from the ranking: SQLite would otherwise make a snippet for every match before sorting.
    public override string SnippetSql(string ids) => $"""
        SELECT rowid, snippet(articles_fts, 1, char(2), char(3), '…', 32)
        FROM articles_fts WHERE articles_fts MATCH @q AND rowid IN ({ids})
        """;

    public override string? FullTextQuery(string text)
    {
        // Every word must occur (as PostgreSQL's websearch syntax does by default); quoted words stay a phrase.
        var terms = FullTextTerms.Parse(text).Select(t => t.Phrase
            ? "\"" + string.Join(' ', t.Words) + "\""
            : "\"" + t.Words[0] + "\"").ToList();
        return terms.Count == 0 ? null : string.Join(" AND ", terms);
    }
}
