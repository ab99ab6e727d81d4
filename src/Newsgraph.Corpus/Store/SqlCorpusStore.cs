using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Newsgraph.Core.Model;
using Newsgraph.Core.Output;
using Newsgraph.Corpus;
using Newsgraph.Corpus.Entities;

namespace Newsgraph.Corpus.Store;

/// <summary>
/// The corpus on an SQL engine: one SQL text for SQLite and PostgreSQL, the differences kept in a
/// <see cref="SqlDialect"/>. Each batch is one transaction under the store's write lock.
/// </summary>
internal sealed partial class SqlCorpusStore : ICorpusStore
{
    private readonly SqlDialect _dialect;

    /// <summary>One write of this store object at a time: its caches are not shared between two.</summary>
    private readonly SemaphoreSlim _writeGate = new(1, 1);

    /// <summary>Who this store object is in the store's write stamp (see <see cref="ClaimWritesAsync"/>).</summary>
    private readonly string _writer = Guid.NewGuid().ToString("N");

    /// <summary>The write stamp this object's last committed batch left; -1 when its caches are not to be trusted.</summary>
    private long _lastWrite = -1;

    private readonly EntityProfileCache _entityCache = new();

    private SqlCorpusStore(SqlDialect dialect) => _dialect = dialect;

    public string Description => _dialect.Name;

    /// <summary>Opens the store, creating it or running the migrations it lacks.</summary>
    public static async Task<SqlCorpusStore> OpenAsync(SqlDialect dialect, CancellationToken ct)
    {
        var store = new SqlCorpusStore(dialect);
        await store.MigrateAsync(ct);
        return store;
    }

    private async Task<DbConnection> ConnectAsync(CancellationToken ct)
    {
        var connection = _dialect.Connect();
        await connection.OpenAsync(ct);
        await _dialect.PrepareAsync(connection, ct);
        return connection;
    }

    /// <summary>
    /// Runs <paramref name="work"/> in one write transaction, one at a time in this object, and commits it. A batch of
    /// stored articles (<paramref name="keepsCaches"/>) goes on with what this object cached while it was the last to
    /// write; anything else (a rebuild changes what the caches hold wholesale) and any failure empties the caches.
    /// </summary>
    private async Task InWriteTransactionAsync(Func<DbConnection, DbTransaction, Task> work, CancellationToken ct, bool keepsCaches = false)
    {
        await _writeGate.WaitAsync(ct);
        try
        {
            await using var connection = await ConnectAsync(ct);
            await using var transaction = await _dialect.BeginWriteAsync(connection, ct);
            var (cachesHold, stamp) = await ClaimWritesAsync(connection, transaction, ct);
            if (!cachesHold || !keepsCaches) ForgetCaches();
            _lastWrite = -1; // until the work commits: what it changes in the caches is not in the store before then
            await work(connection, transaction);
            await transaction.CommitAsync(ct);
            if (keepsCaches) _lastWrite = stamp;
        }
        finally
        {
            if (_lastWrite < 0) ForgetCaches();
            _writeGate.Release();
        }
    }

    /// <summary>
    /// Marks the store as written by this object, inside the write transaction (so under the write lock); says
    /// whether the last write before was this object's own last one, which is when its caches still hold.
    /// </summary>
    private async Task<(bool CachesHold, long Stamp)> ClaimWritesAsync(DbConnection c, DbTransaction t, CancellationToken ct)
    {
        var (writer, writes) = ("", 0L);
        await using (var command = Command(c, t, "SELECT writer, writes FROM store_writes", []))
        await using (var reader = await command.ExecuteReaderAsync(ct))
            if (await reader.ReadAsync(ct)) (writer, writes) = (reader.GetString(0), reader.GetInt64(1));
        await Execute(c, t, "UPDATE store_writes SET writer = @writer, writes = @writes", ct, ("writer", _writer), ("writes", writes + 1));
        return (writer == _writer && writes == _lastWrite, writes + 1);
    }

    private void ForgetCaches()
    {
        _lastWrite = -1;
        _entityCache.Clear();
    }

    private async Task MigrateAsync(CancellationToken ct)
    {
        await using var connection = await ConnectAsync(ct);
        // A current store is only read: a reader opening it while an ingest writes must not wait for the write lock.
        if (await SchemaVersionAsync(connection, null, ct) == SqlSchema.Migrations.Count) return;
        await using var transaction = await _dialect.BeginWriteAsync(connection, ct);
        await Execute(connection, transaction, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)", ct);
        var stored = await SchemaVersionAsync(connection, transaction, ct) ?? 0;
        var migrations = SqlSchema.Migrations;
        if (stored > migrations.Count)
            throw new StoreException($"{Description}: the store has schema version {stored}, newer than this Newsgraph knows ({migrations.Count}); use a newer Newsgraph");
        for (int version = stored + 1; version <= migrations.Count; version++)
        {
            foreach (var statement in migrations[version - 1](_dialect)) await Execute(connection, transaction, statement, ct);
            await Execute(connection, transaction, "DELETE FROM schema_version", ct);
            await Execute(connection, transaction, $"INSERT INTO schema_version (version) VALUES ({version})", ct);
        }
        await transaction.CommitAsync(ct);
    }

    /// <summary>The schema version the store records; null when it records none (a new store).</summary>
    private async Task<int?> SchemaVersionAsync(DbConnection c, DbTransaction? t, CancellationToken ct)
    {
        if (t is null && Convert.ToInt64(await Scalar(c, null, _dialect.TableCountSql, ct, ("name", "schema_version")), CultureInfo.InvariantCulture) == 0) return null;
        return await Scalar(c, t, "SELECT max(version) FROM schema_version", ct) is { } v and not DBNull ? Convert.ToInt32(v, CultureInfo.InvariantCulture) : null;
    }

    public Task<long?> ChangeStampAsync(CancellationToken ct = default) => _dialect.ChangeStampAsync(ct);

    public async Task<bool> HoldsInputAsync(string source, string inputHash, CancellationToken ct = default)
    {
        await using var connection = await ConnectAsync(ct);
        return await Scalar(connection, null, "SELECT 1 FROM inputs WHERE source = @source AND input_hash = @hash", ct,
            ("source", source), ("hash", inputHash)) is not null;
    }

    public async Task<IReadOnlyList<StoreResult>> StoreAsync(IReadOnlyList<IngestedArticle> batch, CancellationToken ct = default)
    {
        var results = new List<StoreResult>(batch.Count);
        if (batch.Count == 0) return results;
        await InWriteTransactionAsync(async (connection, transaction) =>
        {
            var writer = new LayerWriter(connection, transaction);
            foreach (var article in batch) results.Add(await StoreOneAsync(connection, transaction, writer, article, ct));
            await ClusterStoriesAsync(connection, transaction, results, ct);
            await ResolveEntitiesAsync(connection, transaction, results, ct);
            await FollowQuotesAsync(connection, transaction, results, ct);
        }, ct, keepsCaches: true);
        return results;
    }

    private async Task<StoreResult> StoreOneAsync(DbConnection c, DbTransaction t, LayerWriter writer, IngestedArticle article, CancellationToken ct)
    {
        var d = article.Document;
        var docId = d.Id.Value;
        if (await Scalar(c, t, "SELECT id FROM articles WHERE doc_id = @doc", ct, ("doc", docId)) is { } known and not DBNull)
        {
            long id = Convert.ToInt64(known, CultureInfo.InvariantCulture);
            await RecordInputAsync(c, t, d.Source, article.InputHash, id, ct);
            return new StoreResult(d.Source, StoreOutcome.Unchanged, id, null, null);
        }

        var normalized = AddressNormalizer.Normalize(d.CanonicalUrl) ?? AddressNormalizer.Normalize(d.Url);
        // Without an address, the input's name identifies the article (a file ingested again after an edit).
        var key = normalized ?? "source:" + d.Source;
        var previous = await Scalar(c, t, "SELECT max(version) FROM articles WHERE article_key = @key", ct, ("key", key));
        int version = previous is null or DBNull ? 1 : Convert.ToInt32(previous, CultureInfo.InvariantCulture) + 1;
        if (version > 1) await Execute(c, t, "UPDATE articles SET is_latest = 0 WHERE article_key = @key", ct, ("key", key));
        var (copyOf, similarity) = await FindCopyOfAsync(c, t, article.Signature, key, ct);

        var id2 = Convert.ToInt64(await Scalar(c, t, """
            INSERT INTO articles (doc_id, article_key, version, is_latest, source, source_kind, url, canonical_url, normalized_url,
                content_hash, title, authors, published, published_day, publisher, language, credits, text, fetched_at,
                minhash, copy_of, copy_similarity, document)
            VALUES (@doc, @key, @version, 1, @source, @kind, @url, @canonical, @normalized, @hash, @title, @authors, @published,
                @day, @publisher, @language, @credits, @text, @fetched, @minhash, @copy, @similarity, @document)
            RETURNING id
            """, ct,
            ("doc", docId), ("key", key), ("version", version), ("source", d.Source), ("kind", article.SourceKind),
            ("url", d.Url), ("canonical", d.CanonicalUrl), ("normalized", normalized), ("hash", ContentHash(d.Text)),
            ("title", d.Title), ("authors", JsonSerializer.Serialize(d.Authors)), ("published", d.Published?.ToIso()),
            ("day", d.Published?.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("publisher", d.Publisher),
            ("language", d.Language), ("credits", JsonSerializer.Serialize(d.Credits)), ("text", d.Text),
            ("fetched", article.FetchedAt.ToString("O", CultureInfo.InvariantCulture)),
            ("minhash", article.Signature.Length == 0 ? null : MinHash.ToBytes(article.Signature)),
            ("copy", copyOf), ("similarity", similarity), ("document", DocumentJson(d))), CultureInfo.InvariantCulture);

        await writer.WriteLayersAsync(id2, d, ct);
        await ExecuteManyAsync(c, t, "INSERT INTO lsh_bands (band_key, article_id) VALUES (@band, @id)",
            MinHash.BandKeys(article.Signature).Select(band => new (string, object?)[] { ("band", band), ("id", id2) }), ct);
        await RecordInputAsync(c, t, d.Source, article.InputHash, id2, ct);
        return new StoreResult(d.Source, version > 1 ? StoreOutcome.NewVersion : StoreOutcome.Stored, id2, copyOf, similarity);
    }

    /// <summary>The earliest stored article this text copies (its copies point to it too), with the similarity.</summary>
    private async Task<(long? CopyOf, double? Similarity)> FindCopyOfAsync(DbConnection c, DbTransaction t, uint[] signature, string key, CancellationToken ct)
    {
        var bands = MinHash.BandKeys(signature);
        if (bands.Length == 0) return (null, null);
        var names = bands.Select((_, i) => "@b" + i).ToArray();
        var sql = $"""
            SELECT a.id, a.minhash, a.copy_of, a.published_day FROM articles a
            WHERE a.id IN (SELECT article_id FROM lsh_bands WHERE band_key IN ({string.Join(", ", names)})) AND a.article_key <> @key
            """;
        await using var command = Command(c, t, sql, [("key", key), .. bands.Select((b, i) => ("b" + i, (object?)b))]);
        var best = (Root: (long?)null, Day: (string?)null, Similarity: 0.0);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            if (reader.IsDBNull(1)) continue;
            double similarity = MinHash.Similarity(signature, MinHash.FromBytes((byte[])reader.GetValue(1)));
            if (similarity < MinHash.CopyThreshold) continue;
            long root = reader.IsDBNull(2) ? reader.GetInt64(0) : reader.GetInt64(2);
            string? day = reader.IsDBNull(3) ? null : reader.GetString(3);
            bool earlier = best.Root is null || root < best.Root;
            if (earlier || root == best.Root && similarity > best.Similarity) best = (root, day, similarity);
        }
        return best.Root is null ? (null, null) : (best.Root, Math.Round(best.Similarity, 3));
    }

    private static Task RecordInputAsync(DbConnection c, DbTransaction t, string source, string hash, long id, CancellationToken ct) =>
        Execute(c, t, "INSERT INTO inputs (source, input_hash, article_id) VALUES (@source, @hash, @id) ON CONFLICT DO NOTHING", ct,
            ("source", source), ("hash", hash), ("id", id));

    public async IAsyncEnumerable<string> ExportAsync([EnumeratorCancellation] CancellationToken ct = default)
    {
        await using var connection = await ConnectAsync(ct);
        await using var command = Command(connection, null, "SELECT document FROM articles WHERE is_latest = 1 ORDER BY id", []);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) yield return reader.GetString(0);
    }

    public async Task<SearchResults> SearchAsync(SearchQuery query, CancellationToken ct = default)
    {
        var text = _dialect.FullTextQuery(query.Text);
        if (text is null) return new SearchResults([], 0);
        await using var connection = await ConnectAsync(ct);
        var (filters, parameters) = await FiltersAsync(connection, query, ct);
        parameters.Add(("q", text));

        // Without filters the engine counts the index's matches cheaply on its own. With them, every match must be
        // joined and tested anyway: the ranked matches (up to the count cap) are read once and counted here, rather
        // than tested a second time by a count.
        int limit = Math.Clamp(query.Limit, 1, 1000), offset = Math.Max(0, query.Offset);
        bool countHere = filters.Length > 0;
        var ranked = new List<(long Id, double Score)>();
        long total = 0;
        await using (var command = Command(connection, null, _dialect.SearchSql(filters),
            [.. parameters, ("limit", countHere ? Math.Max(SqlDialect.CountCap, offset + limit) : limit), ("offset", countHere ? 0 : offset)]))
        await using (var reader = await command.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct))
            {
                if (!countHere || (total >= offset && total < offset + limit))
                    ranked.Add((reader.GetInt64(0), Convert.ToDouble(reader.GetValue(1), CultureInfo.InvariantCulture)));
                total++;
            }

        if (!countHere)
        {
            await using var count = Command(connection, null, _dialect.CountSql(filters), parameters);
            total = Convert.ToInt64(await count.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
        }

        var ids = string.Join(", ", ranked.Select(r => r.Id));
        var rows = await ArticleRowsAsync(connection, ids, ct);
        var snippets = new Dictionary<long, string>();
        if (ranked.Count > 0)
        {
            await using var command = Command(connection, null, _dialect.SnippetSql(ids), [("q", text)]);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) snippets[reader.GetInt64(0)] = reader.IsDBNull(1) ? "" : reader.GetString(1);
        }
        var hits = ranked.Where(r => rows.ContainsKey(r.Id)).Select(r =>
        {
            var row = rows[r.Id];
            var (snippet, highlights) = Highlights(snippets.GetValueOrDefault(r.Id, ""));
            return new SearchHit(r.Id, row.DocId, row.Source, row.Url, row.Title, row.Publisher, row.Published, row.Language,
                Math.Round(r.Score, 6), snippet, highlights);
        }).ToList();
        return new SearchResults(hits, Math.Min(total, SqlDialect.CountCap), total >= SqlDialect.CountCap);
    }

    private sealed record ArticleRow(string DocId, string Source, string? Url, string? Title, string? Publisher, string? Published, string? Language);

    private static async Task<Dictionary<long, ArticleRow>> ArticleRowsAsync(DbConnection c, string ids, CancellationToken ct)
    {
        var rows = new Dictionary<long, ArticleRow>();
        if (ids.Length == 0) return rows;
        var sql = $"SELECT id, doc_id, source, url, title, publisher, published, language FROM articles WHERE id IN ({ids})";
        await using var command = Command(c, null, sql, []);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            rows[reader.GetInt64(0)] = new ArticleRow(reader.GetString(1), reader.GetString(2), Text(reader, 3), Text(reader, 4), Text(reader, 5), Text(reader, 6), Text(reader, 7));
        return rows;
    }

    /// <summary>At most this many distinct names are looked up for an entity filter; a fragment matching more is
    /// tested against each hit's entities instead.</summary>
    private const int EntityNameCap = 500;

    /// <summary>The filters as SQL conditions on <c>a</c> (articles) and their parameters.</summary>
    private static async Task<(string Sql, List<(string, object?)> Parameters)> FiltersAsync(DbConnection c, SearchQuery q, CancellationToken ct)
    {
        var sql = new StringBuilder();
        var parameters = new List<(string, object?)>();
        void Add(string condition, string name, object value)
        {
            sql.Append(" AND ").Append(condition);
            parameters.Add((name, value));
        }
        if (q.From is { } from) Add("a.published_day >= @from", "from", from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (q.To is { } to) Add("a.published_day <= @to", "to", to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (q.Publisher is { } publisher) Add("lower(a.publisher) = @publisher", "publisher", publisher.ToLowerInvariant());
        if (q.Language is { } language) Add("a.language = @language", "language", language.ToLowerInvariant());
        if (q.Entity is { } entity)
        {
            // The distinct names containing the fragment first, then the articles with an entity of one of those names
            // (by the index on lower(name)): a LIKE over each hit's entities cost seconds on a large store.
            var names = new List<string>();
            await foreach (var r in Rows(c, $"SELECT name FROM entity_names WHERE name LIKE @entity LIMIT {EntityNameCap + 1}", ("entity", Like(entity)), ct))
                names.Add(r.GetString(0));
            if (names.Count > EntityNameCap)
                Add("EXISTS (SELECT 1 FROM entities e WHERE e.article_id = a.id AND lower(e.name) LIKE @entity)", "entity", Like(entity));
            else
            {
                var list = names.Count == 0 ? "NULL" : string.Join(", ", names.Select((_, i) => $"@entity{i}"));
                sql.Append($" AND a.id IN (SELECT e.article_id FROM entities e WHERE lower(e.name) IN ({list}))");
                parameters.AddRange(names.Select((n, i) => ($"entity{i}", (object?)n)));
            }
        }
        if (q.Speaker is { } speaker)
            Add("EXISTS (SELECT 1 FROM quotes s WHERE s.article_id = a.id AND (lower(s.speaker_name) LIKE @speaker OR lower(s.speaker_text) LIKE @speaker))",
                "speaker", Like(speaker));
        return (sql.ToString(), parameters);
    }

    // LIKE's own wildcards in a name are taken literally by dropping them: names do not contain them.
    private static string Like(string text) => "%" + text.ToLowerInvariant().Replace("%", "").Replace("_", "") + "%";

    /// <summary>The snippet without the engine's match marks, and where the marks were.</summary>
    private static (string Text, List<(int, int)> Ranges) Highlights(string marked)
    {
        var text = new StringBuilder(marked.Length);
        var ranges = new List<(int, int)>();
        int open = -1;
        foreach (var ch in marked)
        {
            if (ch == '\u0002') open = text.Length;
            else if (ch == '\u0003') { if (open >= 0 && text.Length > open) ranges.Add((open, text.Length)); open = -1; }
            else text.Append(ch);
        }
        return (text.ToString(), ranges);
    }

    public async Task<CorpusStats> StatsAsync(CancellationToken ct = default)
    {
        await using var c = await ConnectAsync(ct);
        async Task<long> Count(string sql) => Convert.ToInt64(await Scalar(c, null, sql, ct), CultureInfo.InvariantCulture);
        async Task<List<(string, long)>> Groups(string column, string order, int limit)
        {
            var list = new List<(string, long)>();
            var sql = $"SELECT coalesce({column}, '(unknown)') AS k, count(*) AS n FROM articles WHERE is_latest = 1 GROUP BY k ORDER BY {order} LIMIT {limit}";
            await using var command = Command(c, null, sql, []);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) list.Add((reader.GetString(0), reader.GetInt64(1)));
            return list;
        }
        return new CorpusStats(
            Articles: await Count("SELECT count(*) FROM articles WHERE is_latest = 1"),
            Versions: await Count("SELECT count(*) FROM articles"),
            Copies: await Count("SELECT count(*) FROM articles WHERE is_latest = 1 AND copy_of IS NOT NULL"),
            Inputs: await Count("SELECT count(*) FROM inputs"),
            BySourceKind: await Groups("source_kind", "n DESC, k", 20),
            ByPublisher: await Groups("publisher", "n DESC, k", 25),
            ByDay: await Groups("published_day", "k DESC", 31),
            ByLanguage: await Groups("language", "n DESC, k", 25));
    }

    private static string DocumentJson(ArticleDocument d)
    {
        var json = new StringWriter();
        new JsonDocumentWriter(indented: false).Write(d, json);
        return json.ToString().TrimEnd('\n');
    }

    private static string ContentHash(string text) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static string? Text(DbDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetString(i);

    internal static DbCommand Command(DbConnection c, DbTransaction? t, string sql, IEnumerable<(string Name, object? Value)> parameters)
    {
        var command = c.CreateCommand();
        command.Transaction = t;
        command.CommandText = sql;
        AddParameters(command.Parameters, command.CreateParameter, parameters);
        return command;
    }

    private static void AddParameters(DbParameterCollection target, Func<DbParameter> create, IEnumerable<(string Name, object? Value)> parameters)
    {
        foreach (var (name, value) in parameters)
        {
            var p = create();
            p.ParameterName = name;
            p.Value = value ?? DBNull.Value;
            target.Add(p);
        }
    }

    internal static async Task Execute(DbConnection c, DbTransaction? t, string sql, CancellationToken ct, params (string, object?)[] parameters)
    {
        await using var command = Command(c, t, sql, parameters);
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Runs one statement once per parameter row, in order. Where the engine takes a batch (PostgreSQL), the
    /// rows go in one round trip, the writes of an article being hundreds of small rows; elsewhere (SQLite, in
    /// process) one prepared command is reused.</summary>
    internal static async Task ExecuteManyAsync(DbConnection c, DbTransaction? t, string sql, IEnumerable<(string Name, object? Value)[]> rows, CancellationToken ct)
    {
        if (!c.CanCreateBatch)
        {
            DbCommand? command = null;
            try
            {
                foreach (var row in rows)
                {
                    command ??= Command(c, t, sql, row);
                    for (int i = 0; i < row.Length; i++) command.Parameters[i].Value = row[i].Value ?? DBNull.Value;
                    await command.ExecuteNonQueryAsync(ct);
                }
            }
            finally
            {
                if (command is not null) await command.DisposeAsync();
            }
            return;
        }
        await using var batch = c.CreateBatch();
        batch.Transaction = t;
        foreach (var row in rows)
        {
            var statement = batch.CreateBatchCommand();
            statement.CommandText = sql;
            AddParameters(statement.Parameters, statement.CreateParameter, row);
            batch.BatchCommands.Add(statement);
        }
        if (batch.BatchCommands.Count > 0) await batch.ExecuteNonQueryAsync(ct);
    }

    internal static async Task<object?> Scalar(DbConnection c, DbTransaction? t, string sql, CancellationToken ct, params (string, object?)[] parameters)
    {
        await using var command = Command(c, t, sql, parameters);
        return await command.ExecuteScalarAsync(ct);
    }

    public ValueTask DisposeAsync() => _dialect.DisposeAsync();
}
