using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Newsgraph.Corpus;
using Newsgraph.Corpus.Entities;
using Newsgraph.Corpus.Quotes;
using Newsgraph.Corpus.Stories;
using Newsgraph.Server.Api;
using Newsgraph.Server.Web.Components;

namespace Newsgraph.Server.Web;

/// <summary>The pages: server-rendered Razor components, readable without JavaScript (none is sent).</summary>
public static class PageEndpoints
{
    public static IEndpointRouteBuilder MapNewsgraphPages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", Search).ExcludeFromDescription();
        app.MapGet("/articles/{id:long}", Article).ExcludeFromDescription();
        app.MapGet("/stories", Stories).ExcludeFromDescription();
        app.MapGet("/stories/{id:long}", Story).ExcludeFromDescription();
        app.MapGet("/entities", Entities).ExcludeFromDescription();
        app.MapGet("/entities/{id:long}", Entity).ExcludeFromDescription();
        app.MapGet("/quotes", Quotes).ExcludeFromDescription();
        app.MapGet("/quotes/{id:long}", Quote).ExcludeFromDescription();
        app.MapGet("/assets/{name}", Asset).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> Search(ICorpusStore store, string? q, string? from, string? to, string? publisher,
        string? language, string? entity, string? speaker, int? page, CancellationToken ct)
    {
        var request = new ApiEndpoints.SearchRequest(q, from, to, publisher, language, entity, speaker, Math.Max(1, page ?? 1), 20);
        if (string.IsNullOrWhiteSpace(q)) return Page<SearchPage>(new { Request = request });
        var (query, problem) = ApiEndpoints.ToQuery(request);
        if (query is null) return Page<SearchPage>(new { Request = request, Problem = problem }, StatusCodes.Status400BadRequest);
        var results = await store.SearchAsync(query, ct);
        var facets = await store.SearchFacetsAsync(query, ct: ct);
        return Page<SearchPage>(new { Request = request, Results = results, Facets = facets });
    }

    private static async Task<IResult> Article(ICorpusStore store, long id, CancellationToken ct)
    {
        var article = await store.ArticleAsync(id, ct);
        if (article is null) return NotFound($"There is no article {id} in this store.");
        using var document = JsonDocument.Parse(article.DocumentJson);
        return Page<ArticlePage>(new { Article = article, Document = document.RootElement.Clone() });
    }

    private static async Task<IResult> Stories(ICorpusStore store, int? page, CancellationToken ct)
    {
        const int size = 20;
        int number = Math.Max(1, page ?? 1);
        var stories = new List<Story>();
        await foreach (var s in store.StoriesAsync(null, (number - 1) * size, size + 1, ct)) stories.Add(s);
        return Page<StoriesPage>(new { Stories = (IReadOnlyList<Story>)stories.Take(size).ToList(), Page = number, PageSize = size, HasMore = stories.Count > size });
    }

    private static async Task<IResult> Story(ICorpusStore store, long id, CancellationToken ct)
    {
        var story = await store.StoryAsync(id, ct);
        if (story is null) return NotFound($"There is no story {id} in this store.");
        var quotes = await store.QuoteTrailsAsync(new QuoteQuery(Story: id) { Limit = 20 }, ct);
        return Page<StoryPage>(new { Story = story, Quotes = quotes.Trails });
    }

    private const int ListSize = 50;

    private static async Task<IResult> Entities(ICorpusStore store, string? name, string? type, int? page, CancellationToken ct)
    {
        int number = Math.Max(1, page ?? 1);
        name = Blank(name);
        type = Blank(type);
        var list = new List<AcrossEntity>();
        await foreach (var e in store.EntitiesAsync(new EntityQuery { Name = name, Type = type, Offset = (number - 1) * ListSize, Limit = ListSize + 1 }, ct))
            list.Add(e);
        return Page<EntitiesPage>(new
        {
            Entities = (IReadOnlyList<AcrossEntity>)list.Take(ListSize).ToList(), Name = name, Type = type, Page = number, PageSize = ListSize, HasMore = list.Count > ListSize,
        });
    }

    private static async Task<IResult> Entity(ICorpusStore store, long id, CancellationToken ct)
    {
        var entity = await store.EntityAsync(id, ct);
        if (entity is null) return NotFound($"There is no entity {id} in this store.");
        var context = await store.EntityContextAsync(id, ct: ct);
        var quotes = await store.QuoteTrailsAsync(new QuoteQuery { SpeakerEntity = id, Limit = 100 }, ct);
        return Page<EntityPage>(new { Entity = entity, Context = context, Quotes = quotes.Trails });
    }

    private static async Task<IResult> Quotes(ICorpusStore store, string? speaker, string? q, int? page, CancellationToken ct)
    {
        int number = Math.Max(1, page ?? 1);
        speaker = Blank(speaker);
        q = Blank(q);
        var result = await store.QuoteTrailsAsync(new QuoteQuery(speaker, null, q) { Offset = (number - 1) * ListSize, Limit = ListSize }, ct);
        return Page<QuotesPage>(new { Result = result, Speaker = speaker, Q = q, Page = number, PageSize = ListSize });
    }

    private static async Task<IResult> Quote(ICorpusStore store, long id, CancellationToken ct)
    {
        var trail = await store.QuoteTrailAsync(id, ct);
        return trail is null ? NotFound($"There is no quote {id} in this store.") : Page<QuotePage>(new { Trail = trail });
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim()[..Math.Min(s.Trim().Length, ApiEndpoints.MaxQueryLength)];

    private static readonly Dictionary<string, string> AssetTypes = new()
    {
        ["site.css"] = "text/css; charset=utf-8",
        ["icon.svg"] = "image/svg+xml",
    };

    /// <summary>The stylesheet and icon, from the assembly: the server needs no files beside it.</summary>
    private static IResult Asset(string name) =>
        AssetTypes.TryGetValue(name, out var type) && typeof(PageEndpoints).Assembly.GetManifestResourceStream("Newsgraph.Server.Assets." + name) is { } stream
            ? Results.Stream(stream, type)
            : NotFound($"There is no asset {name}.");

    private static IResult NotFound(string detail) =>
        Page<ProblemPage>(new { Title = "Not found", Detail = detail }, StatusCodes.Status404NotFound);

    private static RazorComponentResult<T> Page<T>(object parameters, int status = StatusCodes.Status200OK) where T : Microsoft.AspNetCore.Components.IComponent =>
        new(parameters) { StatusCode = status };
}
