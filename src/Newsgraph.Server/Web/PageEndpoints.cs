using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Newsgraph.Corpus;
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
        app.MapGet("/assets/site.css", Stylesheet).ExcludeFromDescription();
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
        return story is null ? NotFound($"There is no story {id} in this store.") : Page<StoryPage>(new { Story = story });
    }

    private static IResult Stylesheet()
    {
        var stream = typeof(PageEndpoints).Assembly.GetManifestResourceStream("Newsgraph.Server.Assets.site.css")!;
        return Results.Stream(stream, "text/css; charset=utf-8");
    }

    private static IResult NotFound(string detail) =>
        Page<ProblemPage>(new { Title = "Not found", Detail = detail }, StatusCodes.Status404NotFound);

    private static RazorComponentResult<T> Page<T>(object parameters, int status = StatusCodes.Status200OK) where T : Microsoft.AspNetCore.Components.IComponent =>
        new(parameters) { StatusCode = status };
}
