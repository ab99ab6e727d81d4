using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Newsgraph.Core.Output;
using Newsgraph.Corpus;
using Newsgraph.Core.Model;
using Newsgraph.Corpus.Entities;
using Newsgraph.Corpus.Quotes;
using Newsgraph.Corpus.Stories;
using Newsgraph.Engine;
using Newsgraph.Extraction;
using Newsgraph.Sources;

namespace Newsgraph.Server.Api;

/// <summary>The JSON API under /api: thin handlers over the store and the engine. Bad parameters get an
/// RFC 9457 problem (400) naming the parameter; a missing item a 404 problem.</summary>
public static class ApiEndpoints
{
    public const int MaxPageSize = 100;
    public const int MaxQueryLength = 500;

    public static RouteGroupBuilder MapNewsgraphApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").RequireRateLimiting(NewsServer.ApiRateLimit);
        api.MapGet("/search", Search).WithName("search").WithSummary("Ranked full-text search with highlighted snippets and facets.");
        api.MapGet("/articles/{id:long}", Article).WithName("article").WithSummary("One article as `analyze` writes it, with its copies and its story.");
        api.MapGet("/stories", Stories).WithName("stories").WithSummary("The stories, in the order they began.");
        api.MapGet("/stories/{id:long}", Story).WithName("story").WithSummary("One story: its articles, outlets, key entities and merged timeline.");
        api.MapGet("/entities", Entities).WithName("entities").WithSummary("People, organisations and places across the articles, filtered by name and type.");
        api.MapGet("/entities/{id:long}", Entity).WithName("entity")
            .WithSummary("One entity: aliases, roles over time, articles, stories, who it is named with, mentions by day, its quotes.");
        api.MapGet("/quotes", Quotes).WithName("quotes").WithSummary("Quotes followed across outlets, filtered by speaker, story or words.");
        api.MapGet("/quotes/{id:long}", Quote).WithName("quote").WithSummary("One quote with its trail: every appearance, outlet, date and wording.");
        api.MapPost("/analyze", Analyze).WithName("analyze")
            .WithSummary("Analyses the page (HTML or text) in the request body; the server fetches nothing.")
            .Accepts<string>("text/html", "text/plain");
        return api;
    }

    /// <summary>The query string of a search as both the API and the search page read it.</summary>
    public sealed record SearchRequest(string? Q, string? From, string? To, string? Publisher, string? Language, string? Entity, string? Speaker, int Page, int PageSize);

    /// <summary>The store's query for a request, or the problem with it.</summary>
    public static (SearchQuery? Query, string? Problem) ToQuery(SearchRequest r)
    {
        if (string.IsNullOrWhiteSpace(r.Q)) return (null, "q: a search needs words");
        if (r.Q.Length > MaxQueryLength) return (null, $"q: longer than {MaxQueryLength} characters");
        if (Paging(r.Page, r.PageSize).Problem is { } paging) return (null, paging);
        DateOnly? Day(string? text, string name, out string? problem)
        {
            problem = null;
            if (string.IsNullOrWhiteSpace(text)) return null;
            if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return day;
            problem = $"{name}: '{text}' is not a date (YYYY-MM-DD)";
            return null;
        }
        var from = Day(r.From, "from", out var fromProblem);
        var to = Day(r.To, "to", out var toProblem);
        if ((fromProblem ?? toProblem) is { } problem) return (null, problem);
        return (new SearchQuery(r.Q.Trim())
        {
            From = from, To = to, Publisher = Blank(r.Publisher), Language = Blank(r.Language), Entity = Blank(r.Entity), Speaker = Blank(r.Speaker),
            Limit = r.PageSize, Offset = (r.Page - 1) * r.PageSize,
        }, null);
    }

    private static async Task<Results<Ok<SearchResponse>, ProblemHttpResult>> Search(ICorpusStore store,
        string? q, string? from, string? to, string? publisher, string? language, string? entity, string? speaker,
        int? page, int? page_size, CancellationToken ct)
    {
        var request = new SearchRequest(q, from, to, publisher, language, entity, speaker, page ?? 1, page_size ?? 20);
        var (query, problem) = ToQuery(request);
        if (query is null) return BadRequest(problem!);
        var results = await store.SearchAsync(query, ct);
        var facets = await store.SearchFacetsAsync(query, ct: ct);
        return TypedResults.Ok(new SearchResponse(query.Text, results.Total, results.TotalIsAtLeast, request.Page, request.PageSize,
            results.Hits.Select(h => new SearchHitResponse(h.ArticleId, h.DocumentId, h.Source, h.Url, h.Title, h.Publisher, h.Published,
                h.Language, h.Score, h.Snippet, h.Highlights.Select(r => new RangeResponse(r.Start, r.End)).ToList())).ToList(),
            ToResponse(facets)));
    }

    public static SearchFacetsResponse ToResponse(SearchFacets f)
    {
        static List<FacetCount> Counts(IReadOnlyList<(string Key, long Count)> list) => list.Select(x => new FacetCount(x.Key, x.Count)).ToList();
        return new SearchFacetsResponse(Counts(f.Publishers), Counts(f.Languages), Counts(f.Days));
    }

    private static async Task<Results<Ok<ArticleResponse>, ProblemHttpResult>> Article(ICorpusStore store, long id, CancellationToken ct)
    {
        var article = await store.ArticleAsync(id, ct);
        if (article is null) return NotFound($"no article {id}");
        using var document = JsonDocument.Parse(article.DocumentJson);
        return TypedResults.Ok(new ArticleResponse(article.Id, document.RootElement.Clone(), Related(article.Original),
            article.Copies.Select(c => Related(c)!).ToList(), article.StoryId));
    }

    private static RelatedArticleResponse? Related(RelatedArticle? a) =>
        a is null ? null : new RelatedArticleResponse(a.Id, a.Source, a.Url, a.Title, a.Publisher, a.Published);

    private static async Task<Results<Ok<StoryListResponse>, ProblemHttpResult>> Stories(ICorpusStore store, string? since, int? page, int? page_size, CancellationToken ct)
    {
        var (number, size, problem) = Paging(page, page_size);
        if (problem is not null) return BadRequest(problem);
        DateOnly? day = null;
        if (!string.IsNullOrWhiteSpace(since))
        {
            if (!DateOnly.TryParseExact(since.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                return BadRequest($"since: '{since}' is not a date (YYYY-MM-DD)");
            day = d;
        }
        var stories = new List<StorySummaryResponse>();
        // One more than a page tells whether another page follows.
        await foreach (var s in store.StoriesAsync(day, (number - 1) * size, size + 1, ct))
            stories.Add(new StorySummaryResponse(s.Id, s.Title, s.FirstSeen, s.LastSeen, s.Articles.Count, s.Outlets));
        return TypedResults.Ok(new StoryListResponse(number, size, stories.Count > size, stories.Take(size).ToList()));
    }

    private static async Task<Results<Ok<StoryResponse>, ProblemHttpResult>> Story(ICorpusStore store, long id, CancellationToken ct)
    {
        var story = await store.StoryAsync(id, ct);
        return story is null ? NotFound($"no story {id}") : TypedResults.Ok(ToResponse(story));
    }

    public static StoryResponse ToResponse(Story s) => new(s.Id, s.Title, s.FirstSeen, s.LastSeen, s.Outlets,
        s.Articles.Select(a => new StoryArticleResponse(a.Id, a.Source, a.Url, a.Title, a.Publisher, a.Published, a.CopyOf)).ToList(),
        s.Entities.Select(e => new StoryEntityResponse(e.Name, e.Type, e.Articles)).ToList(),
        s.Events.Select(e => new StoryEventResponse(e.Date, e.Text, e.Participants, e.Articles)).ToList());

    /// <summary>(offset, size) of a page, or the problem with the request's paging.</summary>
    public static (int Number, int Size, string? Problem) Paging(int? page, int? pageSize)
    {
        int number = page ?? 1, size = pageSize ?? 20;
        if (number < 1) return (0, 0, "page: pages count from 1");
        if (size is < 1 or > MaxPageSize) return (0, 0, $"page_size: between 1 and {MaxPageSize}");
        return (number, size, null);
    }

    private static async Task<Results<Ok<EntityListResponse>, ProblemHttpResult>> Entities(ICorpusStore store, string? name, string? type,
        int? page, int? page_size, CancellationToken ct)
    {
        var (number, size, problem) = Paging(page, page_size);
        if (problem is not null) return BadRequest(problem);
        if (name?.Length > MaxQueryLength) return BadRequest($"name: longer than {MaxQueryLength} characters");
        var list = new List<EntitySummaryResponse>();
        var query = new EntityQuery { Name = Blank(name), Type = Blank(type), Offset = (number - 1) * size, Limit = size + 1 };
        await foreach (var e in store.EntitiesAsync(query, ct))
            list.Add(new EntitySummaryResponse(e.Id, e.Name, e.Type, e.Aliases, e.Articles.Count, e.MentionCount));
        return TypedResults.Ok(new EntityListResponse(number, size, list.Count > size, list.Take(size).ToList()));
    }

    private static async Task<Results<Ok<EntityResponse>, ProblemHttpResult>> Entity(ICorpusStore store, long id, CancellationToken ct)
    {
        var entity = await store.EntityAsync(id, ct);
        if (entity is null) return NotFound($"no entity {id}");
        var context = await store.EntityContextAsync(id, ct: ct);
        var quotes = await store.QuoteTrailsAsync(new QuoteQuery { SpeakerEntity = id, Limit = 50 }, ct);
        return TypedResults.Ok(new EntityResponse(entity.Id, entity.Name, entity.Type, entity.Aliases,
            entity.Roles.Select(r => new RoleResponse(r.Role, r.AsOf)).ToList(),
            entity.Articles.Select(a => new EntityArticleResponse(a.Id, a.Source)).ToList(), entity.Stories, entity.MentionCount,
            context.Companions.Select(c => new CompanionResponse(c.Id, c.Name, c.Type, c.SharedArticles)).ToList(),
            context.MentionsByDay.Select(d => new DayCount(d.Day, d.Mentions)).ToList(),
            quotes.Trails.Select(ToResponse).ToList()));
    }

    private static async Task<Results<Ok<QuoteListResponse>, ProblemHttpResult>> Quotes(ICorpusStore store, string? speaker, long? speaker_entity,
        long? story, string? q, int? page, int? page_size, CancellationToken ct)
    {
        var (number, size, problem) = Paging(page, page_size);
        if (problem is not null) return BadRequest(problem);
        if (q?.Length > MaxQueryLength) return BadRequest($"q: longer than {MaxQueryLength} characters");
        var result = await store.QuoteTrailsAsync(new QuoteQuery(Blank(speaker), story, Blank(q))
            { SpeakerEntity = speaker_entity, Offset = (number - 1) * size, Limit = size }, ct);
        return TypedResults.Ok(new QuoteListResponse(result.Total, number, size, result.Trails.Select(ToResponse).ToList()));
    }

    private static async Task<Results<Ok<QuoteResponse>, ProblemHttpResult>> Quote(ICorpusStore store, long id, CancellationToken ct)
    {
        var trail = await store.QuoteTrailAsync(id, ct);
        return trail is null ? NotFound($"no quote {id}") : TypedResults.Ok(ToResponse(trail));
    }

    public static QuoteResponse ToResponse(QuoteTrail t)
    {
        static SpeakerResponse Speaker(QuoteSpeaker s) => new(s.Name, s.Entity, s.Appearances);
        return new QuoteResponse(t.Id, t.Text, t.Speaker is null ? null : Speaker(t.Speaker), t.Speakers.Select(Speaker).ToList(), t.Conflict,
            t.Appearances.Select(a => new AppearanceResponse(a.Article, a.Source, a.Url, a.Publisher, a.Published, a.Text, a.Speaker, a.SpeakerEntity)).ToList(),
            t.FirstSeen, t.PartOf);
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static async Task<IResult> Analyze(HttpRequest request, NewsEngine engine, ServerOptions options,
        string? url, string? published, bool? verbatim, CancellationToken ct)
    {
        if (request.ContentLength > options.MaxAnalyzeBytes)
            return TooLarge(options.MaxAnalyzeBytes);
        PublicationDate? date = null;
        if (!string.IsNullOrWhiteSpace(published))
        {
            if (!PublicationDate.TryParse(published, out date) || date is null) return BadRequest($"published: '{published}' is not a date (ISO 8601)");
        }
        if (url is not null && !Uri.TryCreate(url, UriKind.Absolute, out _)) return BadRequest($"url: '{url}' is not an absolute address");
        using var body = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, ct)) > 0)
        {
            if (body.Length + read > options.MaxAnalyzeBytes) return TooLarge(options.MaxAnalyzeBytes);
            body.Write(buffer, 0, read);
        }
        if (body.Length == 0) return BadRequest("body: the page to analyse is empty");
        var page = new RawPage("request body", body.ToArray(), request.ContentType, url);
        var extraction = new ExtractionOptions { Url = url, Published = date, Verbatim = verbatim ?? false };
        ArticleDocument document;
        try
        {
            // The engine is synchronous CPU work: run it off the thread that serves the connection.
            document = await Task.Run(() => engine.Process(page, new EngineOptions { Extraction = extraction }, ct), ct);
        }
        catch (Exception e) when (e is InputException or Newsgraph.Core.Pipeline.StageException)
        {
            return TypedResults.Problem(NewsEngine.DescribeFailure("request body", e), statusCode: StatusCodes.Status422UnprocessableEntity);
        }
        var json = new StringWriter();
        new JsonDocumentWriter(indented: false).Write(document, json);
        return TypedResults.Text(json.ToString(), "application/json", Encoding.UTF8);
    }

    private static ProblemHttpResult BadRequest(string detail) => TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest);
    private static ProblemHttpResult NotFound(string detail) => TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound);
    private static ProblemHttpResult TooLarge(long limit) =>
        TypedResults.Problem($"body: larger than {limit} bytes", statusCode: StatusCodes.Status413PayloadTooLarge);
}
