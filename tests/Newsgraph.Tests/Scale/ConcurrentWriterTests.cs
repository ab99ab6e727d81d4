using Newsgraph.Corpus;
using Newsgraph.Corpus.Entities;
using Newsgraph.Engine;
using Newsgraph.Tests.Corpus;

namespace Newsgraph.Tests.Scale;

/// <summary>Cross-article work when two workers (two processes' stores, here two store instances with their own
/// connections) write reports of one happening at the same moment: one story, one person, nothing lost.</summary>
public sealed class ConcurrentWriterTests
{
    [SkippableTheory]
    [InlineData("postgres")]
    [InlineData("sqlite")]
    public async Task Two_writers_storing_reports_of_one_strike_at_once_make_one_story_and_one_person(string kind)
    {
        for (int round = 0; round < 3; round++)
        {
            var db = TestStores.NewDb(kind);
            await (await TestStores.Open(db)).DisposeAsync(); // the schema, made once before the writers race
            NewsPages.Page[][] shares = [[NewsPages.FerryStrike, NewsPages.LibraryRoof], [StoryPages.FerryStrikeReport, NewsPages.OrchardHarvest]];
            using var start = new Barrier(shares.Length);
            await Task.WhenAll(shares.Select(pages => Task.Run(async () =>
            {
                await using var store = await TestStores.Open(db);
                await using var engine = new NewsEngine();
                start.SignalAndWait();
                await new IngestRunner(engine, store, new IngestOptions { Jobs = 1, BatchSize = 1 })
                    .RunAsync(NewsPages.Items(pages), failure => Assert.Fail(failure));
            })));

            await using var check = await TestStores.Open(db);
            var stories = await check.StoriesAsync().ToListAsync();
            Assert.Equal(4, stories.Sum(s => s.Articles.Count)); // every article in exactly one story
            var strike = Assert.Single(stories, s => s.Articles.Any(a => a.Source == NewsPages.FerryStrike.Url));
            Assert.Contains(strike.Articles, a => a.Source == StoryPages.FerryStrikeReport.Url);
            Assert.Equal(3, stories.Count);
            var varga = Assert.Single(await check.EntitiesAsync(new EntityQuery { Name = "Varga" }).ToListAsync());
            Assert.Equal(2, varga.Articles.Count);
        }
    }
}
