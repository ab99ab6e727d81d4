using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Newsgraph.Corpus.Store;

/// <summary>SQLite with FTS5: the embedded store, one file, written in WAL mode so readers work while an
/// ingest writes and a killed process leaves the last committed batch intact.</summary>
internal sealed class SqliteDialect(string path) : SqlDialect
{
    private readonly string _connection = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true }.ToString();

    public override string Name => $"SQLite {path}";

    public override DbConnection Connect() => new SqliteConnection(_connection);

    public override async Task PrepareAsync(DbConnection connection, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000; PRAGMA foreign_keys=ON;";
        await command.ExecuteNonQueryAsync(ct);
    }

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

    // Microsoft.Data.Sqlite begins IMMEDIATE unless asked for deferred: the write lock is taken now rather
    // than at the first write, so two ingests queue instead of failing.
    public override async Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken ct) =>
        await connection.BeginTransactionAsync(ct);

    public override string SearchSql(string filters) => $"""
        SELECT a.id, -bm25(articles_fts, 5.0, 1.0) AS score,
               snippet(articles_fts, 1, char(2), char(3), '…', 32) AS snippet
        FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
        WHERE articles_fts MATCH @q AND a.is_latest = 1 {filters}
        ORDER BY score DESC, a.id
        LIMIT @limit OFFSET @offset
        """;

    public override string CountSql(string filters) => $"""
        SELECT count(*) FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
        WHERE articles_fts MATCH @q AND a.is_latest = 1 {filters}
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
