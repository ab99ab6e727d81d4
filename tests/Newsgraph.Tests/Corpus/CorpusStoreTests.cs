using Newsgraph.Core.Output;
using Newsgraph.Corpus;
using Newsgraph.Engine;

namespace Newsgraph.Tests.Corpus;

/// <summary>The store contract, run against a real SQLite file and a real PostgreSQL server alike.</summary>
public sealed class CorpusStoreTests
{
    private static async Task<(ICorpusStore Store, IngestProgress Done, List<string> Failures)> Ingest(string db, IEnumerable<NewsPages.Page> pages)
    {
        var store = await TestStores.Open(db);
        await using var engine = new NewsEngine();
        var failures = new List<string>();
        var done = await new IngestRunner(engine, store, new IngestOptions { Jobs = 2, BatchSize = 3 })
            .RunAsync(NewsPages.Items(pages), f => { lock (failures) failures.Add(f); });
        return (store, done, failures);
    }

    [SkippableTheory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Ingesting_the_same_pages_again_adds_nothing(string kind)
    {
        var db = TestStores.NewDb(kind);
        var (store, first, failures) = await Ingest(db, NewsPages.All);
        await store.DisposeAsync();
        Assert.Empty(failures);
        Assert.Equal(4, first.Stored);
        var (again, second, _) = await Ingest(db, NewsPages.All);
        await using (again)
        {
            Assert.Equal((0L, 4L), (second.Stored, second.Skipped + second.Unchanged));
            var stats = await again.StatsAsync();
            Assert.Equal((4L, 4L), (stats.Articles, stats.Versions));
        }
    }

    [SkippableTheory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task A_changed_page_is_a_new_version_and_the_old_one_is_kept(string kind)
    {
        var db = TestStores.NewDb(kind);
        var (store, _, _) = await Ingest(db, [NewsPages.LibraryRoof]);
        await store.DisposeAsync();
        var edited = NewsPages.LibraryRoof with { Paragraphs = [.. NewsPages.LibraryRoof.Paragraphs, "Update: the works department now says June."] };
        var (again, done, _) = await Ingest(db, [edited]);
        await using (again)
        {
            Assert.Equal(1, done.Versions);
            var stats = await again.StatsAsync();
            Assert.Equal((1L, 2L), (stats.Articles, stats.Versions));
            var exported = new List<string>();
            await foreach (var line in again.ExportAsync()) exported.Add(line);
            Assert.Contains("now says June", Assert.Single(exported));
            // Only the latest version is a hit, with or without filters.
            Assert.Equal(1, (await again.SearchAsync(new SearchQuery("roof"))).Total);
            Assert.Equal(1, (await again.SearchAsync(new SearchQuery("roof") { From = new DateOnly(2000, 1, 1) })).Total);
        }
    }

    [SkippableTheory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task A_wire_copy_on_another_site_links_to_the_earliest_copy(string kind)
    {
        var (store, done, _) = await Ingest(TestStores.NewDb(kind), NewsPages.All);
        await using (store)
        {
            Assert.Equal(1, done.Copies);
            var stats = await store.StatsAsync();
            Assert.Equal(1, stats.Copies);
        }
    }

    [SkippableTheory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Search_ranks_highlights_and_filters(string kind)
    {
        var (store, _, _) = await Ingest(TestStores.NewDb(kind), NewsPages.All);
        await using (store)
        {
            var ferry = await store.SearchAsync(new SearchQuery("ferry rosters"));
            Assert.Equal(2, ferry.Total);
            Assert.All(ferry.Hits, h => Assert.Contains("roster", h.Snippet, StringComparison.OrdinalIgnoreCase));
            Assert.All(ferry.Hits, h => Assert.NotEmpty(h.Highlights));
            var marked = ferry.Hits[0].Highlights.Select(r => ferry.Hits[0].Snippet[r.Start..r.End].ToLowerInvariant()).ToHashSet();
            Assert.Contains("rosters", marked);

            var valley = await store.SearchAsync(new SearchQuery("ferry") { Publisher = "valley post" });
            Assert.Equal("https://valleypost.example/news/ferry-crews-strike", Assert.Single(valley.Hits).Url);
            var april = await store.SearchAsync(new SearchQuery("said") { From = new DateOnly(2031, 4, 4), To = new DateOnly(2031, 4, 6) });
            Assert.Equal("Library roof repairs to finish in May", Assert.Single(april.Hits).Title);
            var speaker = await store.SearchAsync(new SearchQuery("said") { Speaker = "Osei" });
            Assert.Equal("Orchards expect a late apple harvest", Assert.Single(speaker.Hits).Title);
            var entity = await store.SearchAsync(new SearchQuery("said") { Entity = "Tidewater" });
            Assert.Equal(2, entity.Total);
            var phrase = await store.SearchAsync(new SearchQuery("\"late apple harvest\""));
            Assert.Single(phrase.Hits);
            Assert.Empty((await store.SearchAsync(new SearchQuery("\"harvest apple late\""))).Hits);
            Assert.Empty((await store.SearchAsync(new SearchQuery("\" ( * OR : -"))).Hits);
        }
    }

    [SkippableFact]
    public async Task Both_stores_give_the_same_hits()
    {
        var (sqlite, _, _) = await Ingest(TestStores.NewDb("sqlite"), NewsPages.All);
        var (postgres, _, _) = await Ingest(TestStores.NewDb("postgres"), NewsPages.All);
        await using (sqlite)
        await using (postgres)
        {
            foreach (var query in new[] { new SearchQuery("ferry"), new SearchQuery("said"), new SearchQuery("harvest") { Language = "en" },
                         new SearchQuery("union secretary"), new SearchQuery("said") { Speaker = "Varga" } })
            {
                var a = await sqlite.SearchAsync(query);
                var b = await postgres.SearchAsync(query);
                Assert.Equal(a.Total, b.Total);
                Assert.Equal(a.Hits.Select(h => h.DocumentId).Order(), b.Hits.Select(h => h.DocumentId).Order());
            }
            Assert.Equal(await sqlite.StatsAsync() is var s ? (s.Articles, s.Copies) : default, await postgres.StatsAsync() is var p ? (p.Articles, p.Copies) : default);
        }
    }

    [SkippableTheory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Export_writes_every_article_as_analyze_does(string kind)
    {
        var (store, _, _) = await Ingest(TestStores.NewDb(kind), NewsPages.All);
        await using (store)
        {
            var documents = new List<Newsgraph.Core.Model.ArticleDocument>();
            await foreach (var line in store.ExportAsync()) documents.Add(JsonDocumentReader.Read(line));
            Assert.Equal(4, documents.Count);
            Assert.All(documents, d => Assert.NotNull(d.Entities));
            Assert.Contains(documents, d => d.Quotes!.Any(q => q.Speaker?.Name == "Ilse Varga"));
        }
    }

    [Fact]
    public async Task A_store_from_a_newer_newsgraph_is_refused_not_broken()
    {
        var db = TestStores.NewDb("sqlite");
        await (await TestStores.Open(db)).DisposeAsync();
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE schema_version SET version = 99";
            command.ExecuteNonQuery();
        }
        var e = await Assert.ThrowsAsync<StoreException>(() => TestStores.Open(db));
        Assert.Contains("schema version 99", e.Message);
    }

    [Fact]
    public async Task A_store_of_schema_5_is_upgraded_with_its_entity_names_and_latest_versions_only_in_the_index()
    {
        var db = TestStores.NewDb("sqlite");
        var edited = NewsPages.LibraryRoof with { Paragraphs = [.. NewsPages.LibraryRoof.Paragraphs, "Update: the works department now says June."] };
        var (store, _, failures) = await Ingest(db, NewsPages.All);
        await store.DisposeAsync();
        (store, _, _) = await Ingest(db, [edited]);
        await store.DisposeAsync();
        Assert.Empty(failures);
        // Back to schema 5, as a store written before: no names table, every version in the full-text index, and
        // story members indexed by story alone, no write stamp.
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = """
                DROP TABLE entity_names; DROP TRIGGER articles_fts_superseded; DROP TABLE store_writes;
                DROP INDEX story_articles_story_article; CREATE INDEX story_articles_story ON story_articles (story_id);
                INSERT INTO articles_fts(rowid, title, text) SELECT id, coalesce(title, ''), text FROM articles WHERE is_latest = 0;
                UPDATE schema_version SET version = 5
                """;
            command.ExecuteNonQuery();
        }
        await using var upgraded = await TestStores.Open(db);
        Assert.Equal(2, (await upgraded.SearchAsync(new SearchQuery("said") { Entity = "tidewater" })).Total);
        Assert.Empty((await upgraded.SearchAsync(new SearchQuery("said") { Entity = "Tidewaterx" })).Hits);
        Assert.Equal(1, (await upgraded.SearchAsync(new SearchQuery("roof"))).Total);
        await using var check = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Pooling=False");
        check.Open();
        using var indexes = check.CreateCommand();
        indexes.CommandText = "SELECT group_concat(name) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'story_articles' AND sql IS NOT NULL";
        Assert.Equal("story_articles_story_article", indexes.ExecuteScalar());
    }

    [Fact]
    public async Task Opening_a_current_store_while_another_process_writes_waits_for_no_lock()
    {
        var db = TestStores.NewDb("sqlite");
        var (store, _, failures) = await Ingest(db, NewsPages.All);
        Assert.Empty(failures);
        await store.DisposeAsync();
        // The write lock held as an ingest holds it between its batches' first write and commit; a writer
        // would wait the whole busy timeout (30 s) for it and then fail with "database is locked".
        await using var writer = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Pooling=False");
        writer.Open();
        using var transaction = writer.BeginTransaction(deferred: false);
        await using var reader = await TestStores.Open(db);
        Assert.Equal(2, (await reader.SearchAsync(new SearchQuery("ferry rosters"))).Total);
        transaction.Rollback();
    }
}
