using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Newsgraph.Tests.Corpus;

namespace Newsgraph.Tests.Server;

/// <summary>The pages in a real Chromium: what a reader sees and can do, WCAG 2.2 AA checks with axe, and
/// the hostile page shown as text with nothing run.</summary>
[Collection(ServerCollection.Name)]
public sealed class BrowserTests(ServerFixture server, BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private async Task<(IPage Page, List<string> Problems)> Open(string path)
    {
        var page = await browser.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") problems.Add(m.Text); };
        page.PageError += (_, e) => problems.Add(e);
        page.Dialog += async (_, d) => { problems.Add("dialog: " + d.Message); await d.DismissAsync(); };
        var response = await page.GotoAsync(new Uri(server.BaseAddress, path).ToString());
        Assert.True(response?.Ok, $"{path}: {response?.Status}");
        return (page, problems);
    }

    private async Task<long> ArticleId(string url)
    {
        var hits = await server.Client.GetStringAsync("/api/search?q=" + Uri.EscapeDataString(url.Split('/')[^1].Replace('-', ' ')));
        using var json = System.Text.Json.JsonDocument.Parse(hits);
        return json.RootElement.GetProperty("hits").EnumerateArray().First(h => h.GetProperty("url").GetString() == url).GetProperty("article").GetInt64();
    }

    private async Task<long> PersonId(string name)
    {
        using var json = System.Text.Json.JsonDocument.Parse(await server.Client.GetStringAsync("/api/entities?type=PERSON&name=" + Uri.EscapeDataString(name)));
        return json.RootElement.GetProperty("entities").EnumerateArray().First(e => e.GetProperty("name").GetString() == name).GetProperty("id").GetInt64();
    }

    [SkippableFact]
    public async Task A_reader_goes_from_an_article_to_a_person_and_from_a_quote_to_its_trail()
    {
        var (page, problems) = await Open($"/articles/{await ArticleId(NewsPages.FerryStrike.Url)}");
        await page.RunAndWaitForNavigationAsync(() => page.Locator(".article-text a.mark.entity", new() { HasText = "Ilse Varga" }).First.ClickAsync());
        Assert.Equal("Ilse Varga", await page.Locator("h1").TextContentAsync());
        Assert.Contains("cannot run safe boats", await page.Locator(".quotes").TextContentAsync());
        Assert.Equal(1, await page.Locator("svg.chart[role=img] title").First.CountAsync());
        await page.RunAndWaitForNavigationAsync(() => page.Locator(".quotes a", new() { HasText = "trail of this quote" }).First.ClickAsync());
        var rows = await page.Locator("table.trail tbody tr").AllTextContentsAsync();
        Assert.Equal(2, rows.Count);
        Assert.Contains("Coastline Herald", rows[0]);
        Assert.Empty(problems);
    }

    private static async Task AssertAccessible(IPage page, string what)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
        });
        var violations = result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => string.Join(" ", n.Target)))})").ToList();
        Assert.True(violations.Count == 0, $"{what}: {string.Join("; ", violations)}");
    }

    [SkippableFact]
    public async Task A_reader_searches_with_the_keyboard_and_the_url_holds_the_query()
    {
        var (page, problems) = await Open("/");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to content", await page.EvaluateAsync<string>("document.activeElement.textContent"));
        await page.FocusAsync("#q");
        await page.Keyboard.TypeAsync("ferry strike");
        await page.RunAndWaitForNavigationAsync(() => page.Keyboard.PressAsync("Enter"));
        Assert.Contains("q=ferry+strike", page.Url);
        var marked = await page.Locator(".snippet mark").AllTextContentsAsync();
        Assert.NotEmpty(marked);
        await page.RunAndWaitForNavigationAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Island Times" }).ClickAsync());
        Assert.Contains("publisher=Island%20Times", page.Url);
        Assert.All(await page.Locator(".hits .meta").AllTextContentsAsync(), m => Assert.StartsWith("Island Times", m));
        Assert.Empty(problems);
    }

    [SkippableFact]
    public async Task Every_page_passes_the_WCAG_22_AA_checks()
    {
        var article = await ArticleId(NewsPages.FerryStrike.Url);
        var (page, problems) = await Open("/");
        await AssertAccessible(page, "search");
        var person = await PersonId("Ilse Varga");
        foreach (var path in new[] { "/?q=ferry+strike", "/stories", $"/articles/{article}", "/stories/1", "/articles/999999",
                     "/entities", "/entities?name=varga", $"/entities/{person}", "/quotes", "/quotes?speaker=varga", "/quotes/1" })
        {
            await page.GotoAsync(new Uri(server.BaseAddress, path).ToString());
            await AssertAccessible(page, path);
        }
        Assert.Empty(problems.Where(p => !p.Contains("404")));
    }

    [SkippableFact]
    public async Task The_article_page_marks_names_quotes_and_dates_with_labels()
    {
        var (page, problems) = await Open($"/articles/{await ArticleId(NewsPages.FerryStrike.Url)}");
        var person = page.Locator(".mark.entity", new() { HasText = "Ilse Varga" }).First;
        Assert.Contains("person", await person.Locator(".tag").TextContentAsync());
        var quote = page.Locator(".article-text .mark.quote").First;
        Assert.Contains("said by Ilse Varga", await quote.Locator(":scope > .tag").TextContentAsync());
        Assert.NotEmpty(await page.Locator(".mark.time").AllAsync());
        Assert.Empty(problems);
    }

    [SkippableFact]
    public async Task A_hostile_page_shows_as_text_and_runs_nothing()
    {
        var id = await ArticleId(HostilePage.Url);
        var (page, problems) = await Open($"/articles/{id}");
        Assert.Equal(HostilePage.TitleText, await page.Locator("h1").TextContentAsync());
        Assert.Contains("<b>one crate</b>", await page.Locator(".article-text").TextContentAsync());
        Assert.Contains(HostilePage.Author, await page.Locator("dl.meta").TextContentAsync());
        Assert.Equal(0, await page.Locator("main img, main script, main i, main b, a[href^='javascript:' i]").CountAsync());
        foreach (var path in new[] { $"/?q=pier+dispute", "/stories" })
            await page.GotoAsync(new Uri(server.BaseAddress, path).ToString());
        Assert.Contains(HostilePage.TitleText, await page.Locator("main").TextContentAsync());
        Assert.Null(await page.EvaluateAsync<int?>("window.__pwned ?? null"));
        Assert.Empty(problems);
    }

    [SkippableFact]
    public async Task The_API_reference_loads_from_the_server_alone()
    {
        var page = await browser.NewPageAsync();
        var problems = new List<string>();
        var elsewhere = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") problems.Add(m.Text); };
        page.Request += (_, r) => { if (!r.Url.StartsWith(server.BaseAddress.ToString()) && !r.Url.StartsWith("data:")) elsewhere.Add(r.Url); };
        await page.GotoAsync(new Uri(server.BaseAddress, "/reference/").ToString());
        await page.GetByText("Ranked full-text search", new() { Exact = false }).First.WaitForAsync(new() { Timeout = 15000 });
        Assert.Empty(elsewhere);
        Assert.Empty(problems);
    }
}
