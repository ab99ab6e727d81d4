using System.Text.Json;
using Newsgraph.Corpus;
using Newsgraph.Corpus.Entities;

namespace Newsgraph.Tests.Corpus;

/// <summary>People, organisations and places resolved across articles as they are stored, on SQLite and
/// PostgreSQL alike, with our own fictional corpus (<see cref="EntityPages"/>).</summary>
public sealed class EntityStoreTests
{
    private static Task<ICorpusStore> Ingest(string db, IEnumerable<NewsPages.Page> pages) => TestStores.Ingest(db, pages);

    private static async Task<List<AcrossEntity>> Entities(ICorpusStore store, EntityQuery? query = null)
    {
        var entities = new List<AcrossEntity>();
        await foreach (var entity in store.EntitiesAsync(query ?? new EntityQuery())) entities.Add(entity);
        return entities;
    }

    private static AcrossEntity Named(List<AcrossEntity> entities, string text) =>
        Assert.Single(entities, e => e.Name == text || e.Aliases.Contains(text));

    private static HashSet<string> Urls(AcrossEntity entity) => entity.Articles.Select(a => a.Source).ToHashSet();

    [SkippableTheory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Name_variants_in_two_outlets_are_one_entity_and_similar_names_stay_apart(string kind)
    {
        await using var store = await Ingest(TestStores.NewDb(kind), EntityPages.All);
        var entities = await Entities(store);

        var minister = Named(entities, "Adil Harun-Qasemi");
        Assert.Equal("PERSON", minister.Type);
        Assert.Contains(minister.Mentions, m => m.Text == "Adel Harun Qassemi");
        Assert.Equal(new[] { EntityPages.QuayReopens.Url, EntityPages.ProtestEnds.Url }.Order(), Urls(minister).Order());
        Assert.Contains(minister.Roles, r => r.Role.Equals("port minister", StringComparison.OrdinalIgnoreCase) && r.AsOf == "2031-05-04");
        Assert.Single(minister.Stories);

        var council = Named(entities, "Northern Fisheries Council");
        Assert.Contains("NFC", council.Aliases);
        Assert.Equal(2, council.Articles.Count);
        Assert.Equal(2, Named(entities, "U.S. Coast Guard").Articles.Count);
        Assert.Contains("Coast Guard", Named(entities, "U.S. Coast Guard").Aliases);

        // "Brandt" alone in the second report is the union leader of that story, not the farmer.
        var leader = Assert.Single(entities, e => e.Name == "Ilka Brandt");
        Assert.Contains(leader.Mentions, m => m.Source == EntityPages.ProtestEnds.Url && m.Text == "Brandt");
        var farmer = Assert.Single(entities, e => e.Name == "Tomas Brandt");
        Assert.Equal([EntityPages.PumpkinFair.Url], Urls(farmer));
        Assert.NotEqual(leader.Stories, farmer.Stories);

        // The headlines name Tarvik too, untagged: found by the name the stories give it.
        var tarvik = Named(entities, "Tarvik");
        Assert.True(tarvik.MentionCount > tarvik.Mentions.Count, $"{tarvik.MentionCount} mentions of Tarvik");

        var georgias = entities.Where(e => e.Name == "Georgia").ToList();
        Assert.Equal(2, georgias.Count);
        Assert.Equal([[EntityPages.PeachFrost.Url], [EntityPages.GrapeHarvest.Url]], georgias.Select(g => Urls(g).ToArray()).OrderBy(u => u[0]));
    }

    [SkippableTheory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Teams_are_found_in_capitals_and_by_their_towns_and_the_town_of_another_story_stays_a_place(string kind)
    {
        await using var store = await Ingest(TestStores.NewDb(kind), EntityPages.Sport);
        var entities = await Entities(store);
        var rovers = Named(entities, "Orrin Rovers");
        // The headline in capitals, and "Orrin" for the team beside it.
        Assert.Contains(rovers.Mentions, m => m.Source == EntityPages.RoversWin.Url && m.Text == "ORRIN ROVERS");
        Assert.Contains(rovers.Mentions, m => m.Source == EntityPages.RoversWin.Url && m.Text == "Orrin");
        Assert.Equal(3, rovers.Articles.Count);
        var harriers = Named(entities, "Leeds Harriers");
        var leeds = Assert.Single(entities, e => e.Name == "Leeds");
        Assert.NotEqual(harriers.Id, leeds.Id);
        Assert.Equal("GPE", leeds.Type);
        Assert.DoesNotContain(harriers.Mentions, m => m.Source == EntityPages.FloodWarning.Url);
        // A person's name is listed without the title tagged with it.
        Assert.DoesNotContain(entities.SelectMany(e => e.Mentions), m => m.Text.StartsWith("Mayor ", StringComparison.Ordinal));
    }

    [SkippableTheory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task An_article_added_later_joins_the_entities_already_stored(string kind)
    {
        var db = TestStores.NewDb(kind);
        List<AcrossEntity> before;
        await using (var store = await Ingest(db, [EntityPages.QuayReopens, EntityPages.PumpkinFair]))
            before = await Entities(store);
        await using var again = await Ingest(db, [EntityPages.ProtestEnds]);
        var after = await Entities(again);
        var minister = Named(after, "Adel Harun Qassemi");
        Assert.Equal(Named(before, "Adil Harun-Qasemi").Id, minister.Id);
        Assert.Equal(2, minister.Articles.Count);
        Assert.Equal(Named(before, "Ilka Brandt").Id, Named(after, "Ilka Brandt").Id);
        Assert.Equal(2, Named(after, "Ilka Brandt").Articles.Count);
        Assert.Single(Named(after, "Tomas Brandt").Articles);
    }

    [SkippableTheory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task A_new_version_of_an_article_replaces_its_links(string kind)
    {
        var db = TestStores.NewDb(kind);
        await (await Ingest(db, EntityPages.All)).DisposeAsync();
        await using var store = await Ingest(db, [EntityPages.ProtestEndsEdited]);
        var entities = await Entities(store);
        var leader = Named(entities, "Ilka Brandt");
        Assert.Equal([EntityPages.QuayReopens.Url], Urls(leader));
        Assert.DoesNotContain(leader.Mentions, m => m.Source == EntityPages.ProtestEnds.Url);
        Assert.Equal(2, Named(entities, "Adil Harun-Qasemi").Articles.Count);
    }

    [SkippableTheory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Rebuilding_gives_the_same_entities_every_time(string kind)
    {
        await using var store = await Ingest(TestStores.NewDb(kind), [.. EntityPages.All, .. EntityPages.Sport]);
        var streamed = Json(await Entities(store));
        await store.RebuildEntitiesAsync();
        var first = Json(await Entities(store));
        await store.RebuildEntitiesAsync();
        Assert.Equal(first, Json(await Entities(store)));
        Assert.Equal(streamed, first); // stored in publication order, so the stream and the rebuild agree
    }

    [Fact]
    public async Task Entities_are_filtered_by_name_and_type_and_paged()
    {
        await using var store = await Ingest(TestStores.NewDb("sqlite"), EntityPages.All);
        var all = await Entities(store);
        Assert.Equal([Named(all, "Adil Harun-Qasemi").Id], (await Entities(store, new EntityQuery { Name = "QASSEMI" })).Select(e => e.Id));
        Assert.All(await Entities(store, new EntityQuery { Type = "person" }), e => Assert.Equal("PERSON", e.Type));
        Assert.Equal(all.Skip(1).Take(2).Select(e => e.Id), (await Entities(store, new EntityQuery { Limit = 2, Offset = 1 })).Select(e => e.Id));
        Assert.Equal(all.Skip(3).Select(e => e.Id), (await Entities(store, new EntityQuery { Offset = 3 })).Select(e => e.Id));
        Assert.Equal(Json([all[0]]), Json([Assert.IsType<AcrossEntity>(await store.EntityAsync(all[0].Id))]));
        Assert.Null(await store.EntityAsync(9999));
        await Assert.ThrowsAsync<ArgumentException>(async () => await Entities(store, new EntityQuery { Type = "PLANET" }));
    }

    [SkippableFact]
    public async Task SQLite_and_PostgreSQL_give_the_same_entities()
    {
        var postgres = TestStores.NewDb("postgres");
        await using var sqlite = await Ingest(TestStores.NewDb("sqlite"), [.. EntityPages.All, .. EntityPages.Sport]);
        await using var server = await Ingest(postgres, [.. EntityPages.All, .. EntityPages.Sport]);
        Assert.Equal(Json(await Entities(sqlite)), Json(await Entities(server)));
    }

    /// <summary>A third report naming the minister, by a third outlet.</summary>
    private static readonly NewsPages.Page QuayOpen = new("https://islandherald.example/2031/05/07/quay-open",
        "Northern quay at Tarvik open again", "Island Herald", "2031-05-07T09:00:00Z",
        [
            "Port Minister Adil Harun-Qasemi opened the northern quay at Tarvik on Thursday, a week earlier than planned.",
            "Harun-Qasemi thanked the dockworkers' union for ending its protest.",
        ]);

    [SkippableTheory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Two_writers_taking_turns_give_the_entities_one_writer_gives(string kind)
    {
        // A writer keeps the entities it has read between its batches; another writer's batch in between must make it
        // read them again, or it would write back the minister without what the other outlet added.
        var db = TestStores.NewDb(kind);
        await using var first = await TestStores.Open(db);
        await using var second = await TestStores.Open(db);
        await TestStores.IngestInto(first, [EntityPages.QuayReopens]);
        await TestStores.IngestInto(second, [EntityPages.ProtestEnds]);
        await TestStores.IngestInto(first, [QuayOpen]);
        await using var alone = await Ingest(TestStores.NewDb(kind), [EntityPages.QuayReopens, EntityPages.ProtestEnds, QuayOpen]);

        var entities = await Entities(first);
        var minister = Named(entities, "Adil Harun-Qasemi");
        Assert.Equal(3, minister.Articles.Count);
        Assert.Contains("Adel Harun Qassemi", minister.Aliases);
        Assert.Equal(Json(await Entities(alone)), Json(entities));
    }

    private static string Json(List<AcrossEntity> entities) => JsonSerializer.Serialize(entities);
}
