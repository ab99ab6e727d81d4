using System.Text.Json;
using Newsgraph.Corpus;
using Newsgraph.Corpus.Stories;

namespace Newsgraph.Tests.Corpus;

/// <summary>Stories clustered as articles are stored, on SQLite and PostgreSQL alike, with our own fictional corpus.</summary>
public sealed class StoryTests
{
    private static Task<ICorpusStore> Ingest(string db, IEnumerable<NewsPages.Page> pages) => TestStores.Ingest(db, pages);

    private static async Task<List<Story>> Stories(ICorpusStore store)
    {
        var stories = new List<Story>();
        await foreach (var story in store.StoriesAsync()) stories.Add(story);
        return stories;
    }

    private static Story StoryOf(List<Story> stories, NewsPages.Page page) =>
        Assert.Single(stories, s => s.Articles.Any(a => a.Url == page.Url));

    [SkippableTheory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Reports_of_one_happening_form_one_story_and_another_of_the_same_kind_stays_apart(string kind)
    {
        await using var store = await Ingest(TestStores.NewDb(kind), StoryPages.All);
        var stories = await Stories(store);
        var merrow = StoryOf(stories, NewsPages.FerryStrike);
        Assert.Equal(
            new[] { NewsPages.FerryStrike.Url, NewsPages.FerryStrikeCopy.Url, StoryPages.FerryStrikeReport.Url }.Order(),
            merrow.Articles.Select(a => a.Url!).Order());
        Assert.Equal(3, merrow.Outlets.Count);
        Assert.Contains(merrow.Entities, e => e.Name.Contains("Varga", StringComparison.Ordinal));
        Assert.Equal("2031-04-02T08:00:00Z", merrow.FirstSeen);

        var kessel = StoryOf(stories, StoryPages.KesselFerryStrike);
        Assert.NotEqual(merrow.Id, kessel.Id);
        Assert.Single(kessel.Articles);
        Assert.Equal(4, stories.Count); // Merrow strike, library roof, orchards, Kessel strike
    }

    [SkippableTheory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task A_copy_joins_its_originals_story_marked_as_a_copy(string kind)
    {
        await using var store = await Ingest(TestStores.NewDb(kind), StoryPages.All);
        var merrow = StoryOf(await Stories(store), NewsPages.FerryStrike);
        var original = Assert.Single(merrow.Articles, a => a.Url == NewsPages.FerryStrike.Url);
        var copy = Assert.Single(merrow.Articles, a => a.Url == NewsPages.FerryStrikeCopy.Url);
        Assert.Equal(original.Id, copy.CopyOf);
        Assert.Null(original.CopyOf);
        Assert.Null(Assert.Single(merrow.Articles, a => a.Url == StoryPages.FerryStrikeReport.Url).CopyOf);
    }

    [SkippableTheory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task The_timeline_holds_each_happening_once_with_every_article_that_reports_it(string kind)
    {
        await using var store = await Ingest(TestStores.NewDb(kind), StoryPages.All);
        var merrow = StoryOf(await Stories(store), NewsPages.FerryStrike);
        Assert.NotEmpty(merrow.Events);
        Assert.Equal(merrow.Events.Count, merrow.Events.Select(e => (e.Date, e.Text)).Distinct().Count());
        Assert.Contains(merrow.Events, e => e.Articles.Count >= 2);
        Assert.All(merrow.Events, e => Assert.Subset(merrow.Articles.Select(a => a.Id).ToHashSet(), e.Articles.ToHashSet()));
        Assert.Equal(Json([merrow]), Json([Assert.IsType<Story>(await store.StoryAsync(merrow.Id))]));
    }

    [Fact]
    public void The_timeline_merges_one_date_by_shared_participants_or_words_and_keeps_other_dates_apart()
    {
        var merged = StoryTimeline.Merge(
        [
            new ReportedEvent(1, "2031-04-02", "Ferry crews on the Merrow crossing walked off the job", ["Ilse Varga"]),
            new ReportedEvent(2, "2031-04-02", "Crews went on strike and no ferries left Port Merrow", ["Ilse Varga", "Tidewater Lines"]),
            new ReportedEvent(3, "2031-04-02", "Ferry crews on the Merrow crossing walked off the job in protest", []),
            new ReportedEvent(2, "2031-04-04", "Tidewater Lines met the union", ["Tidewater Lines"]),
            new ReportedEvent(3, "2031-04-02", "The regional council met about the harbour budget", ["Regional Council"]),
        ]);
        Assert.Equal(3, merged.Count);
        Assert.Equal([1L, 2L, 3L], merged[0].Articles);
        Assert.Equal("Ferry crews on the Merrow crossing walked off the job", merged[0].Text);
        Assert.Equal(["Ilse Varga", "Tidewater Lines"], merged[0].Participants);
        Assert.Equal([3L], merged[1].Articles);
        Assert.Equal("2031-04-04", merged[2].Date);
    }

    [SkippableTheory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Rebuilding_gives_the_same_stories_every_time(string kind)
    {
        await using var store = await Ingest(TestStores.NewDb(kind), StoryPages.All);
        await store.RebuildStoriesAsync();
        var first = Json(await Stories(store));
        await store.RebuildStoriesAsync();
        Assert.Equal(first, Json(await Stories(store)));
        var stories = await Stories(store);
        Assert.Equal(4, stories.Count);
        // The second pass keeps what belongs together and apart.
        Assert.Equal(3, StoryOf(stories, NewsPages.FerryStrike).Articles.Count);
        Assert.Single(StoryOf(stories, StoryPages.KesselFerryStrike).Articles);
    }

    [Fact]
    public void Figures_are_terms_and_digits_inside_words_dates_or_addresses_are_not()
    {
        var evidence = StoryFeatures.Extract("A 5.6 quake shakes Varn", "Crews counted 1,200 homes damaged and 14 injured near route A7 on 3/4/2031, per valmora.example/q88.",
            null, [], []);
        var figures = evidence.Terms.Keys.Where(k => k.StartsWith("n:", StringComparison.Ordinal)).Order().ToList();
        Assert.Equal(["n:1200", "n:14", "n:5.6"], figures);
    }

    // Articles as the splitter sees them: words with counts, weighed alike and made unit vectors.
    private static StorySplitter.Member Article(long id, string period, params string[] words)
    {
        var counts = words.GroupBy(w => w).ToDictionary(g => g.Key, g => (double)g.Count());
        double norm = Math.Sqrt(counts.Values.Sum(c => c * c));
        return new StorySplitter.Member(id, counts.ToDictionary(p => p.Key, p => p.Value / norm), new Dictionary<string, int> { [period[..4]] = 1, [period] = 1 });
    }

    // Twelve reports of ferry fires at Port Merrow: what every one says, three details of its happening's
    // (each report its own choice, as outlets do) and a word of its own.
    private static List<StorySplitter.Member> FerryFires(Func<int, (string Period, string[] Details)> happening) =>
        Enumerable.Range(1, 12).Select(i =>
        {
            var (period, details) = happening(i);
            return Article(i, period, ["ferry", "fire", "merrow", "harbour", "crew", "blaze", .. Enumerable.Range(i, 3).Select(d => details[d % details.Length]), "own" + i]);
        }).ToList();

    private static readonly string[] AlbaRosa = ["alba", "rosa", "n:14", "e:ilse varga", "galley", "tug"];
    private static readonly string[] Kestrel = ["kestrel", "n:3", "e:tomas bryn", "engine", "room", "pier"];

    [Fact]
    public void A_story_of_two_happenings_of_one_kind_is_parted_by_what_only_some_of_its_articles_share()
    {
        var stories = StorySplitter.Split(FerryFires(i => i % 2 == 1 ? ("2031-04", AlbaRosa) : ("2033-09", Kestrel)), StoryWeights.Default);
        Assert.Equal([[1L, 3, 5, 7, 9, 11], [2L, 4, 6, 8, 10, 12]], stories);
    }

    [Fact]
    public void A_story_of_one_happening_stays_whole_and_so_does_one_too_small_to_part()
    {
        var one = FerryFires(_ => ("2031-04", AlbaRosa));
        Assert.Equal([Enumerable.Range(1, 12).Select(i => (long)i).ToList()], StorySplitter.Split(one, StoryWeights.Default));

        var few = FerryFires(i => i % 2 == 1 ? ("2031-04", AlbaRosa) : ("2033-09", Kestrel)).Take(2 * StoryWeights.Default.SplitMinArticles - 1).ToList();
        Assert.Single(StorySplitter.Split(few, StoryWeights.Default));
    }

    // Two ferry fires in Port Merrow's harbour in one month, each reported by eight outlets in their own choice of
    // its details: all twelve share what such a fire is, so they first gather in one story.
    private static readonly string[] AlbaRosaFire =
    [
        "The fire started in the galley of the Alba Rosa, where a fryer caught light during the lunch service.",
        "Chief engineer Ilse Varga led passengers to the stern deck while the crew fought the flames.",
        "Fourteen people were treated for smoke at Merrow General Hospital.",
        "The Alba Rosa had left the pier at Saltmarsh Point shortly after noon.",
        "Ilse Varga said the galley crew had followed every drill they had practised.",
        "The Alba Rosa was towed to the Saltmarsh Point repair yard by two tugs.",
        "Smoke from the galley vents could be seen from the Saltmarsh Point promenade.",
        "A cook from the Alba Rosa was praised for closing the galley doors on the flames.",
    ];

    private static readonly string[] KestrelFire =
    [
        "The fire broke out in the engine room of the Kestrel after a fuel line split near the generator.",
        "Deckhand Tomas Bryn raised the alarm and helped shut the fuel valves before leaving the engine room.",
        "Three crew members were treated for burns at Merrow General Hospital.",
        "The Kestrel was carrying timber and forty cars on the night crossing from Varn Island.",
        "Tomas Bryn said the generator had been serviced only a week before.",
        "Divers inspected the hull of the Kestrel at the Varn Island ferry berth.",
        "Timber from the Kestrel's deck was unloaded onto lorries at the Varn Island quay.",
        "The Kestrel's generator maker sent two engineers to examine the split fuel line.",
    ];

    private static IEnumerable<NewsPages.Page> FerryFirePages(string ship, string[] details, int day) =>
        Enumerable.Range(0, 8).Select(i => new NewsPages.Page($"https://outlet{i}.example/2031/04/{day + i:00}/{ship.ToLowerInvariant().Replace(' ', '-')}-fire",
            $"Fire on the {ship} ferry in Port Merrow harbour", $"Outlet {i}", $"2031-04-{day + i:00}T09:00:00Z",
            [
                "Fire crews from Port Merrow fought a blaze on a Tidewater Lines ferry in the harbour, and the harbour master closed the crossing for the day.",
                .. Enumerable.Range(i, 3).Select(d => details[d % details.Length]),
                "Tidewater Lines said it would investigate the cause of the fire with the coastguard, and passengers were taken to the ferry terminal.",
            ]));

    private static readonly NewsPages.Page[] FerryFireReports = [.. FerryFirePages("Alba Rosa", AlbaRosaFire, 2), .. FerryFirePages("Kestrel", KestrelFire, 16)];

    [SkippableTheory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Two_happenings_of_one_kind_gathered_while_ingesting_are_parted_and_stay_parted_in_a_rebuild(string kind)
    {
        await using var store = await Ingest(TestStores.NewDb(kind), FerryFireReports);
        foreach (var rebuild in new[] { false, true })
        {
            if (rebuild) await store.RebuildStoriesAsync();
            var stories = await Stories(store);
            var alba = StoryOf(stories, FerryFireReports[0]);
            var kestrel = StoryOf(stories, FerryFireReports[8]);
            Assert.NotEqual(alba.Id, kestrel.Id);
            Assert.Equal(FerryFireReports[..8].Select(p => p.Url).Order(), alba.Articles.Select(a => a.Url!).Order());
            Assert.Equal(FerryFireReports[8..].Select(p => p.Url).Order(), kestrel.Articles.Select(a => a.Url!).Order());
            Assert.Equal(8, kestrel.Articles.Count);
            Assert.Equal("2031-04-16T09:00:00Z", kestrel.FirstSeen);
        }
    }

    [Fact]
    public void A_story_is_checked_for_a_split_at_twice_the_least_group_then_each_time_it_grows_by_half()
    {
        var weights = StoryWeights.Default with { SplitMinArticles = 5, SplitMaxArticles = 40 };
        Assert.Equal([10, 15, 22, 33], Enumerable.Range(1, 60).Where(n => StorySplitter.IsDue(n, weights)));
    }

    [SkippableFact]
    public async Task SQLite_and_PostgreSQL_give_the_same_stories()
    {
        var postgres = TestStores.NewDb("postgres");
        await using var sqlite = await Ingest(TestStores.NewDb("sqlite"), StoryPages.All);
        await using var server = await Ingest(postgres, StoryPages.All);
        await sqlite.RebuildStoriesAsync();
        await server.RebuildStoriesAsync();
        Assert.Equal(Json(await Stories(sqlite)), Json(await Stories(server)));
    }

    // Rebuilt stories are compared whole: ids, titles, articles, entities and the timeline.
    private static string Json(List<Story> stories) => JsonSerializer.Serialize(stories);
}
