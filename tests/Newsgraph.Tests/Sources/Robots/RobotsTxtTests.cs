using Newsgraph.Sources.Robots;

namespace Newsgraph.Tests.Sources.Robots;

public sealed class RobotsTxtTests
{
    private const string Agent = "Newsgraph/0.1 (news article extractor)";

    private const string File = """
        # The Velmora Courier's robots file (fictional)
        User-agent: *
        Disallow: /private/
        Allow: /private/press/
        Disallow: /*.pdf$
        Crawl-delay: 4

        user-agent: NEWSGRAPH
        user-agent: otherbot
        Disallow: /archive
        Allow: /archive/2026/
        Allow: /page
        Disallow: /page
        Disallow: /search?*q=
        Disallow: /caf%C3%A9/
        Disallow: /%7Eeditor/
        Crawl-delay: 2.5

        Sitemap: https://courier.example/sitemap.xml
        User-agent: newsgraph
        Disallow: /drafts/
        Sitemap: https://courier.example/news-sitemap.xml
        """;

    private static readonly RobotsTxt Robots = RobotsTxt.Parse(File);

    [Theory]
    [InlineData("https://courier.example/archive/2025/old.html", false)]
    [InlineData("https://courier.example/archive/2026/new.html", true)] // longer allow wins
    [InlineData("https://courier.example/page", true)]                  // a tie goes to allow
    [InlineData("https://courier.example/search?lang=en&q=storm", false)]
    [InlineData("https://courier.example/search?lang=en", true)]
    [InlineData("https://courier.example/café/menu", false)]           // non-ASCII percent-encoded before comparison
    [InlineData("https://courier.example/~editor/notes", false)]        // %7E is an unreserved '~'
    [InlineData("https://courier.example/drafts/x", false)]             // a second group for the same agent is combined
    [InlineData("https://courier.example/private/x", true)]             // the named group replaces '*'
    [InlineData("https://courier.example/robots.txt", true)]
    public void The_named_group_decides_by_longest_match(string url, bool allowed) =>
        Assert.Equal(allowed, Robots.IsAllowed(Agent, url));

    [Theory]
    [InlineData("/private/notes", false)]
    [InlineData("/private/press/release", true)]
    [InlineData("/files/report.pdf", false)]
    [InlineData("/files/report.pdf?download=1", true)] // '$' anchors the end
    [InlineData("/archive/2025", true)]
    public void Other_crawlers_fall_back_to_the_star_group(string path, bool allowed) =>
        Assert.Equal(allowed, Robots.IsAllowed("SomeCrawler/2.0", path));

    [Fact]
    public void Crawl_delay_and_sitemaps_are_read()
    {
        Assert.Equal(TimeSpan.FromSeconds(2.5), Robots.CrawlDelay(Agent));
        Assert.Equal(TimeSpan.FromSeconds(4), Robots.CrawlDelay("SomeCrawler"));
        Assert.Equal(["https://courier.example/sitemap.xml", "https://courier.example/news-sitemap.xml"], Robots.Sitemaps);
    }

    [Fact]
    public void The_status_of_the_fetch_decides_when_there_is_no_file()
    {
        Assert.True(RobotsTxt.FromResponse(404).IsAllowed(Agent, "/anything"));
        Assert.False(RobotsTxt.FromResponse(503).IsAllowed(Agent, "/anything"));
        Assert.False(RobotsTxt.FromResponse(null).IsAllowed(Agent, "/anything"));
        Assert.False(RobotsTxt.FromResponse(200, "User-agent: *\nDisallow: /\n"u8.ToArray()).IsAllowed(Agent, "/anything"));
    }

    [Fact]
    public void An_empty_file_or_empty_disallow_allows_everything()
    {
        Assert.True(RobotsTxt.Parse("").IsAllowed(Agent, "/x"));
        Assert.True(RobotsTxt.Parse("User-agent: *\nDisallow:\n").IsAllowed(Agent, "/x"));
    }

    [Theory]
    [InlineData("/a%2fb", "/a%2Fb")]   // reserved: stays encoded, hex upper-cased
    [InlineData("/%41bc", "/Abc")]     // unreserved: decoded
    [InlineData("/ü", "/%C3%BC")]
    public void Paths_are_normalised_before_comparison(string path, string expected) =>
        Assert.Equal(expected, RobotsTxt.Normalise(path));
}
