using Newsgraph.Corpus.Store;

namespace Newsgraph.Corpus;

/// <summary>Opens the store a user names: a PostgreSQL connection (postgres://… URL or Host=…;Database=…)
/// or else an SQLite file path.</summary>
public static class CorpusStores
{
    public const string DefaultPath = "newsgraph.db";

    public static async Task<ICorpusStore> OpenAsync(string? db, CancellationToken ct = default)
    {
        db = string.IsNullOrWhiteSpace(db) ? DefaultPath : db.Trim();
        try
        {
            return await SqlCorpusStore.OpenAsync(IsPostgres(db) ? new PostgresDialect(PostgresConnection(db)) : new SqliteDialect(db), ct);
        }
        catch (Exception e) when (e is not StoreException and not OperationCanceledException)
        {
            throw new StoreException($"{Describe(db)}: cannot open the store ({e.Message.Split('\n')[0].Trim()})", e);
        }
    }

    public static bool IsPostgres(string db) =>
        db.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || db.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || db.Contains("Host=", StringComparison.OrdinalIgnoreCase);

    /// <summary>A postgres:// URL as an Npgsql connection string; a Host=… string as it is.</summary>
    public static string PostgresConnection(string db)
    {
        if (!db.Contains("://", StringComparison.Ordinal)) return db;
        var uri = new Uri(db);
        var builder = new Npgsql.NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')) is { Length: > 0 } name ? name : "postgres",
        };
        var user = uri.UserInfo.Split(':', 2);
        if (user[0].Length > 0) builder.Username = Uri.UnescapeDataString(user[0]);
        if (user.Length > 1) builder.Password = Uri.UnescapeDataString(user[1]);
        return builder.ConnectionString;
    }

    // Never print a password: the database as host/name, or the file path.
    private static string Describe(string db)
    {
        if (!IsPostgres(db)) return db;
        try
        {
            var b = new Npgsql.NpgsqlConnectionStringBuilder(PostgresConnection(db));
            return $"postgres {b.Host}:{b.Port}/{b.Database}";
        }
        catch (ArgumentException) { return "postgres connection"; }
    }
}
