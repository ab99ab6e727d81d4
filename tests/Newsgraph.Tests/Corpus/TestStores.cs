using Newsgraph.Corpus;
using Npgsql;

namespace Newsgraph.Tests.Corpus;

/// <summary>
/// Fresh, empty stores for a test: an SQLite file in a temporary folder, or a new database on the
/// PostgreSQL server named by NEWSGRAPH_TEST_POSTGRES (which .ci/run starts with tools/ci/postgres.sh);
/// PostgreSQL tests skip with a message when it is not set.
/// </summary>
public static class TestStores
{
    public static readonly string? Postgres = Environment.GetEnvironmentVariable("NEWSGRAPH_TEST_POSTGRES");

    /// <summary>The --db text of a new empty store of that kind ("sqlite" or "postgres").</summary>
    public static string NewDb(string kind)
    {
        if (kind == "sqlite") return Path.Combine(Directory.CreateTempSubdirectory("newsgraph-store-").FullName, "corpus.db");
        Skip.If(Postgres is null, "NEWSGRAPH_TEST_POSTGRES is not set (tools/ci/postgres.sh start prints it): PostgreSQL store test skipped");
        var name = "ng_" + Guid.NewGuid().ToString("N")[..16];
        using (var connection = new NpgsqlConnection(Postgres))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            command.ExecuteNonQuery();
        }
        return new NpgsqlConnectionStringBuilder(Postgres) { Database = name }.ConnectionString;
    }

    public static Task<ICorpusStore> Open(string db) => CorpusStores.OpenAsync(db);

    /// <summary>Opens the store and ingests the pages in one job, in the order given (so the first of two copies is the
    /// original and ids agree across stores), failing the test on any failure.</summary>
    public static async Task<ICorpusStore> Ingest(string db, IEnumerable<NewsPages.Page> pages)
    {
        var store = await Open(db);
        await IngestInto(store, pages);
        return store;
    }

    /// <summary>Ingests the pages into an open store, as <see cref="Ingest"/> does.</summary>
    public static async Task IngestInto(ICorpusStore store, IEnumerable<NewsPages.Page> pages)
    {
        await using var engine = new Newsgraph.Engine.NewsEngine();
        var failures = new List<string>();
        await new IngestRunner(engine, store, new IngestOptions { Jobs = 1, BatchSize = 2 })
            .RunAsync(NewsPages.Items(pages), f => { lock (failures) failures.Add(f); });
        Assert.Empty(failures);
    }
}
