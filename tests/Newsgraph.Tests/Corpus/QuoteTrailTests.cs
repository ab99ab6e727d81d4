using System.Text;
using System.Text.Json;
using Newsgraph.Corpus;
using Newsgraph.Corpus.Quotes;
using Newsgraph.Engine;
using Newsgraph.Sources;

namespace Newsgraph.Tests.Corpus;

/// <summary>
/// Quote trails over our own fictional corpus (Fixtures/quote-trail): six outlets carry a water minister's
/// pledge and an engineer's forecast with other quotation marks, dashes, an ellipsis, capitals, one changed
/// word and excerpts; one outlet names another speaker; the engineer's full quote is published first but
/// stored last; a short stock phrase of the minister's is said again by a fire chief in another story.
/// On SQLite and PostgreSQL alike.
/// </summary>
public sealed class QuoteTrailTests
{
    private static readonly string Corpus = Fixtures.Path("quote-trail");

    private const string Pledge = "We will not let a single household on the coast go without clean water this summer, whatever the cost to the treasury";
    private const string Forecast = "The pumps at the Alder plant can run at full capacity by the end of June, and the coast's reservoirs will be full again by August";

    // Batches of two in path order: the engineer's full quote (06) arrives after both its excerpts (01, 04).
    private static async Task<ICorpusStore> Ingest(string db, IAsyncEnumerable<IngestItem>? items = null)
    {
        var store = await TestStores.Open(db);
        await using var engine = new NewsEngine();
        var failures = new List<string>();
        await new IngestRunner(engine, store, new IngestOptions { Jobs = 1, BatchSize = 2 })
            .RunAsync(items ?? IngestSources.ResolveAsync([Corpus]), f => { lock (failures) failures.Add(f); });
        Assert.Empty(failures);
        return store;
    }

    private static async Task<List<QuoteTrail>> Trails(ICorpusStore store, QuoteQuery? query = null)
    {
        var trails = new List<QuoteTrail>();
        for (int offset = 0; ; offset += 2)
        {
            var page = await store.QuoteTrailsAsync((query ?? new QuoteQuery()) with { Limit = 2, Offset = offset });
            trails.AddRange(page.Trails);
            if (page.Trails.Count < 2) return trails;
        }
    }

    /// <summary>The one trail with these words (typography aside).</summary>
    private static QuoteTrail Quote(List<QuoteTrail> trails, string words) =>
        Assert.Single(trails, t => QuoteWords.Of(t.Text).Joined == QuoteWords.Of(words).Joined);

    private static string File(QuoteAppearance a) => Path.GetFileName(a.Source);

    [SkippableTheory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Each_statement_is_one_quote_with_every_appearance_whatever_the_typography(string kind)
    {
        await using var store = await Ingest(TestStores.NewDb(kind));
        var trails = await Trails(store);
        // The pledge, its excerpt, the forecast, its two excerpts, two statements carried once, and the
        // minister's "We are doing everything we can" apart from the fire chief's.
        Assert.Equal(9, trails.Count);
        var pledge = Quote(trails, Pledge);
        Assert.Equal(["01-alder-gazette.html", "02-coastal-wire.html", "03-meridian-times.html", "05-saltmarsh-echo.html"],
            pledge.Appearances.Select(File));
        Assert.Contains("single family", pledge.Appearances[2].Text);
        Assert.Contains("summer \u2026 whatever", pledge.Appearances[3].Text);
        Assert.Equal(["Alder Gazette", "Coastal Wire", "Meridian Times", "Saltmarsh Echo"], pledge.Appearances.Select(a => a.Publisher!));
        Assert.Equal("https://coastalwire.example/news/rivera-water-drought", pledge.Appearances[1].Url);

        // Another statement by the same minister sharing many of the pledge's words stays apart.
        var mistakes = Quote(trails, "We will not let the coast pay for the mistakes of the treasury");
        Assert.Single(mistakes.Appearances);
        Assert.Null(mistakes.PartOf);
        Quote(trails, "Every tanker we own is already on the road");
    }

    [SkippableTheory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task A_short_stock_phrase_joins_only_within_its_story_or_by_the_same_speaker(string kind)
    {
        await using var store = await Ingest(TestStores.NewDb(kind));
        var phrases = (await Trails(store)).Where(t => QuoteWords.Of(t.Text).Joined == "we are doing everything we can").ToList();
        Assert.Equal(2, phrases.Count);
        Assert.Equal(["02-coastal-wire.html", "03-meridian-times.html"], phrases[0].Appearances.Select(File));
        Assert.Equal("Ana Rivera", phrases[0].Speaker?.Name);
        Assert.Equal("07-kessel-courier.html", File(Assert.Single(phrases[1].Appearances)));
        Assert.Equal("Marta Lindqvist", phrases[1].Speaker?.Name);
    }

    [SkippableTheory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task An_excerpt_is_its_own_quote_pointing_to_the_full_one_even_when_the_full_one_comes_later(string kind)
    {
        await using var store = await Ingest(TestStores.NewDb(kind));
        var trails = await Trails(store);
        var pledge = Quote(trails, Pledge);
        var pledgeExcerpt = Quote(trails, "go without clean water this summer, whatever the cost to the treasury");
        Assert.Equal(pledge.Id, pledgeExcerpt.PartOf);
        Assert.Equal("04-north-quay-post.html", File(Assert.Single(pledgeExcerpt.Appearances)));

        var forecast = Quote(trails, Forecast);
        Assert.Null(forecast.PartOf);
        Assert.Equal(forecast.Id, Quote(trails, "the coast\u2019s reservoirs will be full again by August").PartOf);
        Assert.Equal(forecast.Id, Quote(trails, "THE PUMPS AT THE ALDER PLANT CAN RUN AT FULL CAPACITY BY THE END OF JUNE").PartOf);
        Assert.True(forecast.Id > pledgeExcerpt.Id, "the full forecast is stored after its excerpts");
    }

    [SkippableTheory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Outlets_naming_different_speakers_are_kept_as_a_conflict(string kind)
    {
        await using var store = await Ingest(TestStores.NewDb(kind));
        var trails = await Trails(store);
        var pledge = Quote(trails, Pledge);
        Assert.True(pledge.Conflict);
        // "Ms. Rivera" (Meridian Times) is the same speaker as "Ana Rivera"; Okafor is another.
        Assert.Equal([("Ana Rivera", 3), ("Joel Okafor", 1)], pledge.Speakers.Select(s => (s.Name, s.Appearances)));
        Assert.Equal("Ana Rivera", pledge.Speaker?.Name);
        Assert.Equal("Joel Okafor", pledge.Appearances[3].Speaker);
        // Each speaker is the cross-article entity resolution made of the outlets' names.
        var rivera = Assert.IsType<Newsgraph.Corpus.Entities.AcrossEntity>(await store.EntityAsync(Assert.IsType<long>(pledge.Speaker?.Entity)));
        Assert.Equal("Ana Rivera", rivera.Name);
        Assert.All(pledge.Appearances.Take(3), a => Assert.Equal(rivera.Id, a.SpeakerEntity));
        Assert.NotNull(pledge.Speakers[1].Entity);
        Assert.NotEqual(rivera.Id, pledge.Speakers[1].Entity);

        Assert.All(trails.Where(t => t.Id != pledge.Id), t => Assert.False(t.Conflict));
        var forecast = Quote(trails, Forecast);
        Assert.Equal("Idris Feld", forecast.Speaker?.Name);
        // An excerpt whose sentence names nobody ("the water minister" is no name) has no speaker.
        Assert.Null(Quote(trails, "go without clean water this summer, whatever the cost to the treasury").Speaker);
    }

    [SkippableTheory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task The_earliest_appearance_is_by_publication_date_not_by_store_order(string kind)
    {
        await using var store = await Ingest(TestStores.NewDb(kind));
        var trails = await Trails(store);
        var forecast = Quote(trails, Forecast);
        Assert.Equal("2031-05-11T16:20:00Z", forecast.FirstSeen);
        Assert.Equal("06-lantern-bay-news.html", File(Assert.Single(forecast.Appearances)));
        var pledge = Quote(trails, Pledge);
        Assert.Equal("2031-05-12T07:00:00Z", pledge.FirstSeen);
        // The text is the earliest outlet's, without the comma that led into its attribution.
        Assert.Equal("We will not let a single household on the coast go without clean water this summer \u2014 whatever the cost to the treasury", pledge.Text);
        Assert.Equal(pledge.Appearances.Select(a => a.Published).Order(StringComparer.Ordinal), pledge.Appearances.Select(a => a.Published));
    }

    [SkippableTheory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Ingesting_again_adds_nothing_and_a_rebuild_gives_the_same_quotes(string kind)
    {
        var db = TestStores.NewDb(kind);
        await using var store = await Ingest(db);
        var streamed = await Trails(store);
        await using (var again = await Ingest(db)) Assert.Equal(Json(streamed), Json(await Trails(again)));

        await store.RebuildQuoteTrailsAsync();
        var rebuilt = await Trails(store);
        // A rebuild follows articles in publication order, so ids may differ from the stream's; the quotes do not.
        Assert.Equal(Shape(streamed), Shape(rebuilt));
        await store.RebuildQuoteTrailsAsync();
        Assert.Equal(Json(rebuilt), Json(await Trails(store)));
    }

    [SkippableTheory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Quotes_are_found_by_speaker_story_and_words_and_one_by_id(string kind)
    {
        await using var store = await Ingest(TestStores.NewDb(kind));
        var trails = await Trails(store);
        var pledge = Quote(trails, Pledge);

        Assert.Equal([pledge.Id], (await Trails(store, new QuoteQuery(Speaker: "okafor"))).Select(t => t.Id));
        Assert.Equal(4, (await Trails(store, new QuoteQuery(Speaker: "Rivera"))).Count);
        // Typography aside: a straight apostrophe finds the curly one.
        var reservoirs = await Trails(store, new QuoteQuery(Text: "coast's RESERVOIRS"));
        Assert.Equal(2, reservoirs.Count);
        Assert.All(reservoirs, t => Assert.Contains("reservoirs", t.Text));

        var story = await StoryOf(store, pledge.Appearances[0].Article);
        var inStory = await Trails(store, new QuoteQuery(Story: story));
        Assert.Contains(inStory, t => t.Id == pledge.Id);
        Assert.Empty(await Trails(store, new QuoteQuery(Story: 9999)));
        Assert.Empty(await Trails(store, new QuoteQuery(Speaker: "okafor", Text: "tanker")));

        var page = await store.QuoteTrailsAsync(new QuoteQuery { Limit = 3, Offset = 3 });
        Assert.Equal(9, page.Total);
        Assert.Equal(trails.Skip(3).Take(3).Select(t => t.Id), page.Trails.Select(t => t.Id));
        Assert.Equal(Json([pledge]), Json([Assert.IsType<QuoteTrail>(await store.QuoteTrailAsync(pledge.Id))]));
        Assert.Null(await store.QuoteTrailAsync(9999));
    }

    [SkippableTheory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task A_new_version_of_an_article_takes_the_place_of_its_old_appearances(string kind)
    {
        var db = TestStores.NewDb(kind);
        await using var store = await Ingest(db);
        // Saltmarsh Echo corrects its story: the pledge is now the minister's, in her words.
        var path = Path.Combine(Corpus, "05-saltmarsh-echo.html");
        var corrected = System.IO.File.ReadAllText(path).Replace("Okafor said", "Water minister Ana Rivera said");
        var item = new IngestItem(InputItem.FromBytes(path, Encoding.UTF8.GetBytes(corrected), "text/html; charset=utf-8"), "file");
        await using (var again = await Ingest(db, Items(item))) { }

        var pledge = Quote(await Trails(store), Pledge);
        Assert.False(pledge.Conflict);
        Assert.Equal([("Ana Rivera", 4)], pledge.Speakers.Select(s => (s.Name, s.Appearances)));
        Assert.Equal(4, pledge.Appearances.Count);
    }

    [SkippableFact]
    public async Task SQLite_and_PostgreSQL_give_the_same_quotes()
    {
        var postgres = TestStores.NewDb("postgres");
        await using var sqlite = await Ingest(TestStores.NewDb("sqlite"));
        await using var server = await Ingest(postgres);
        Assert.Equal(Json(await Trails(sqlite)), Json(await Trails(server)));
    }

    private static async IAsyncEnumerable<IngestItem> Items(params IngestItem[] items)
    {
        foreach (var item in items) yield return item;
        await Task.CompletedTask;
    }

    private static async Task<long> StoryOf(ICorpusStore store, long article)
    {
        await foreach (var story in store.StoriesAsync())
            if (story.Articles.Any(a => a.Id == article)) return story.Id;
        throw new InvalidOperationException($"article {article} is in no story");
    }

    private static string Json(List<QuoteTrail> trails) => JsonSerializer.Serialize(trails);

    // The trails without their ids: each quote's text, appearances, speakers and the text of the quote it is part of.
    private static string Shape(List<QuoteTrail> trails)
    {
        var text = trails.ToDictionary(t => t.Id, t => t.Text);
        return JsonSerializer.Serialize(trails.OrderBy(t => t.Text, StringComparer.Ordinal).Select(t => new
        {
            t.Text, t.FirstSeen, t.Conflict, t.Speakers, PartOf = t.PartOf is { } p ? text[p] : null,
            Appearances = t.Appearances.Select(a => new { a.Source, a.Text, a.Speaker }).ToList(),
        }));
    }
}
