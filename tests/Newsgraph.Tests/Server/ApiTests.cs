using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Newsgraph.Server;
using Newsgraph.Tests.Corpus;

namespace Newsgraph.Tests.Server;

/// <summary>The JSON API over a real store, through HTTP on 127.0.0.1.</summary>
[Collection(ServerCollection.Name)]
public sealed class ApiTests(ServerFixture server)
{
    private async Task<JsonElement> Json(string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await server.Client.GetAsync(path);
        Assert.Equal(expected, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task Search_ranks_highlights_and_counts_facets()
    {
        var result = await Json("/api/search?q=ferry+strike");
        var hits = result.GetProperty("hits").EnumerateArray().ToList();
        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.NotEmpty(h.GetProperty("highlights").EnumerateArray()));
        var first = hits[0];
        var range = first.GetProperty("highlights")[0];
        var marked = first.GetProperty("snippet").GetString()![range.GetProperty("start").GetInt32()..range.GetProperty("end").GetInt32()];
        Assert.Contains(marked.ToLowerInvariant(), new[] { "ferry", "strike", "ferries", "strikes" });
        var outlets = result.GetProperty("facets").GetProperty("publishers").EnumerateArray().ToList();
        Assert.Contains(outlets, o => o.GetProperty("value").GetString() == "Coastline Herald");
        Assert.Equal(hits.Count, outlets.Sum(o => o.GetProperty("count").GetInt32()));
    }

    [Fact]
    public async Task Search_filters_and_pages()
    {
        var island = await Json("/api/search?q=strike&publisher=Island+Times");
        Assert.All(island.GetProperty("hits").EnumerateArray(), h => Assert.Equal("Island Times", h.GetProperty("publisher").GetString()));
        var all = await Json("/api/search?q=strike");
        var second = await Json("/api/search?q=strike&page=2&page_size=1");
        Assert.Equal(all.GetProperty("hits")[1].GetProperty("article").GetInt64(), second.GetProperty("hits")[0].GetProperty("article").GetInt64());
        var byName = await Json("/api/search?q=strike&speaker=Varga");
        Assert.NotEmpty(byName.GetProperty("hits").EnumerateArray());
        Assert.Empty((await Json("/api/search?q=strike&speaker=Nobody+Such")).GetProperty("hits").EnumerateArray());
    }

    [Theory]
    [InlineData("/api/search", "q")]
    [InlineData("/api/search?q=strike&from=yesterday", "from")]
    [InlineData("/api/search?q=strike&page_size=1000", "page_size")]
    [InlineData("/api/search?q=strike&page=0", "page")]
    [InlineData("/api/stories?since=soon", "since")]
    [InlineData("/api/entities?page_size=101", "page_size")]
    [InlineData("/api/quotes?page=-1", "page")]
    public async Task Bad_parameters_are_problems_that_name_them(string path, string parameter)
    {
        using var response = await server.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.StartsWith(parameter + ":", problem.GetProperty("detail").GetString());
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task A_query_longer_than_the_limit_is_refused()
    {
        using var response = await server.Client.GetAsync("/api/search?q=" + new string('a', 501));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Missing_items_are_404_problems()
    {
        foreach (var path in new[] { "/api/articles/999999", "/api/stories/999999", "/api/nothing-here" })
        {
            using var response = await server.Client.GetAsync(path);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task An_article_comes_with_its_analysis_its_copies_and_its_story()
    {
        var hit = (await Json("/api/search?q=%22cannot+run+safe+boats%22")).GetProperty("hits").EnumerateArray()
            .Single(h => h.GetProperty("url").GetString() == NewsPages.FerryStrike.Url);
        var article = await Json($"/api/articles/{hit.GetProperty("article").GetInt64()}");
        var document = article.GetProperty("article");
        Assert.Equal(NewsPages.FerryStrike.Title, document.GetProperty("title").GetString());
        Assert.Contains(document.GetProperty("quotes").EnumerateArray(), q => q.GetProperty("text").GetString()!.Contains("safe boats"));
        Assert.Contains(article.GetProperty("copies").EnumerateArray(), c => c.GetProperty("url").GetString() == NewsPages.FerryStrikeCopy.Url);
        var story = await Json($"/api/stories/{article.GetProperty("story").GetInt64()}");
        Assert.Contains(story.GetProperty("articles").EnumerateArray(), a => a.GetProperty("url").GetString() == StoryPages.FerryStrikeReport.Url);

        var copy = await Json($"/api/articles/{article.GetProperty("copies")[0].GetProperty("id").GetInt64()}");
        Assert.Equal(NewsPages.FerryStrike.Url, copy.GetProperty("copy_of").GetProperty("url").GetString());
    }

    [Fact]
    public async Task Stories_page_through()
    {
        var all = await Json("/api/stories?page_size=100");
        int count = all.GetProperty("stories").GetArrayLength();
        Assert.True(count >= 2);
        var first = await Json("/api/stories?page_size=1");
        Assert.True(first.GetProperty("has_more").GetBoolean());
        var last = await Json($"/api/stories?page_size=1&page={count}");
        Assert.False(last.GetProperty("has_more").GetBoolean());
        Assert.Equal(all.GetProperty("stories")[count - 1].GetProperty("id").GetInt64(), last.GetProperty("stories")[0].GetProperty("id").GetInt64());
    }

    [Fact]
    public async Task Analyze_takes_a_page_in_the_body_and_fetches_nothing()
    {
        using var content = new StringContent(NewsPages.LibraryRoof.Html(), Encoding.UTF8, "text/html");
        using var response = await server.Client.PostAsync("/api/analyze?url=https%3A%2F%2Fcoastline.example%2Flibrary", content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(NewsPages.LibraryRoof.Title, document.GetProperty("title").GetString());
        Assert.Contains(document.GetProperty("entities").EnumerateArray(), e => e.GetProperty("name").GetString() == "Tomas Kell");

        using var empty = await server.Client.PostAsync("/api/analyze", new StringContent("", Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        // Expect: 100-continue, as a careful client sends a large body: the refusal comes before the body is sent,
        // so the client never races the server closing the connection.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/analyze") { Content = new ByteArrayContent(new byte[3 * 1024 * 1024]) };
        request.Headers.ExpectContinue = true;
        using var huge = await server.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_every_endpoint_and_the_reference_page_is_served_locally()
    {
        var openApi = await Json("/openapi/v1.json");
        var paths = openApi.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet();
        foreach (var path in new[] { "/api/search", "/api/articles/{id}", "/api/stories", "/api/stories/{id}", "/api/entities", "/api/entities/{id}",
                     "/api/quotes", "/api/quotes/{id}", "/api/analyze" })
            Assert.Contains(path, paths);
        Assert.DoesNotContain(paths, p => !p.StartsWith("/api/"));

        using var page = await server.Client.GetAsync("/reference/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.DoesNotContain("https://", html); // nothing from a CDN
        var policy = page.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("'sha256-", policy);
        Assert.DoesNotContain("script-src 'self' 'unsafe-inline'", policy);
    }

    [Fact]
    public async Task Every_response_carries_a_policy_without_inline_scripts()
    {
        foreach (var path in new[] { "/", "/stories", "/api/stories" })
        {
            using var response = await server.Client.GetAsync(path);
            var policy = response.Headers.GetValues("Content-Security-Policy").Single();
            Assert.Contains("script-src 'self';", policy);
            Assert.DoesNotContain("unsafe", policy);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        }
    }

    [Fact]
    public async Task Assets_come_from_the_server_itself()
    {
        foreach (var (path, type) in new[] { ("/assets/site.css", "text/css"), ("/assets/icon.svg", "image/svg+xml") })
        {
            using var response = await server.Client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
        }
        using var missing = await server.Client.GetAsync("/assets/other.js");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task The_rate_limiter_answers_429_past_the_limit()
    {
        await using var app = await ServerFixture.Start(new ServerOptions { Db = server.Db, Urls = "http://127.0.0.1:0", ApiRequestsPerSecond = 3 });
        using var client = new HttpClient { BaseAddress = ServerFixture.Address(app) };
        var statuses = new List<HttpStatusCode>();
        for (int i = 0; i < 8; i++)
        {
            using var response = await client.GetAsync("/api/stories");
            statuses.Add(response.StatusCode);
        }
        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        Assert.Equal(HttpStatusCode.OK, statuses[0]);
        await app.StopAsync();
    }
}

/// <summary>People and quotes across articles through the API.</summary>
[Collection(ServerCollection.Name)]
public sealed class AcrossArticleApiTests(ServerFixture server)
{
    private async Task<JsonElement> Json(string path)
    {
        using var response = await server.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task A_person_comes_with_roles_quotes_company_and_mentions_by_day()
    {
        var list = await Json("/api/entities?name=varga&type=PERSON");
        var varga = Assert.Single(list.GetProperty("entities").EnumerateArray());
        Assert.Equal("Ilse Varga", varga.GetProperty("name").GetString());
        var person = await Json($"/api/entities/{varga.GetProperty("id").GetInt64()}");
        Assert.True(person.GetProperty("articles").GetArrayLength() >= 2);
        Assert.Contains(person.GetProperty("named_with").EnumerateArray(), e => e.GetProperty("name").GetString() == "Tidewater Lines");
        Assert.Contains(person.GetProperty("mentions_by_day").EnumerateArray(), d => d.GetProperty("day").GetString() == "2031-04-02");
        var quote = Assert.Single(person.GetProperty("quotes").EnumerateArray(), q => q.GetProperty("text").GetString()!.Contains("safe boats"));
        var outlets = quote.GetProperty("appearances").EnumerateArray().Select(a => a.GetProperty("publisher").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "Coastline Herald", "Valley Post" }, outlets);
    }

    [Fact]
    public async Task Quotes_filter_by_speaker_words_and_story_and_one_shows_its_trail()
    {
        var bySpeaker = await Json("/api/quotes?speaker=Varga");
        Assert.True(bySpeaker.GetProperty("total").GetInt64() >= 1);
        var byWords = await Json("/api/quotes?q=safe+boats");
        var id = Assert.Single(byWords.GetProperty("quotes").EnumerateArray()).GetProperty("id").GetInt64();
        var trail = await Json($"/api/quotes/{id}");
        Assert.Equal("Ilse Varga", trail.GetProperty("speaker").GetProperty("name").GetString());
        Assert.Equal(2, trail.GetProperty("appearances").GetArrayLength());
        Assert.Equal(0, (await Json("/api/quotes?q=words+nobody+said")).GetProperty("total").GetInt64());

        var stories = await Json("/api/stories?page_size=100");
        var ferry = stories.GetProperty("stories").EnumerateArray().First(s => s.GetProperty("outlets").EnumerateArray().Any(o => o.GetString() == "Island Times"));
        var inStory = await Json($"/api/quotes?story={ferry.GetProperty("id").GetInt64()}");
        Assert.Contains(inStory.GetProperty("quotes").EnumerateArray(), q => q.GetProperty("id").GetInt64() == id);
    }

    [Fact]
    public async Task Unknown_people_and_quotes_are_404_problems()
    {
        foreach (var path in new[] { "/api/entities/999999", "/api/quotes/999999" })
        {
            using var response = await server.Client.GetAsync(path);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }
}
