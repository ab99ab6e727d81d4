using Newsgraph.Core.Model;
using Newsgraph.Extraction.Html;

namespace Newsgraph.Tests.Extraction.Html;

/// <summary>Canonical address, section, tags, lead image, authors and dates read from a whole page.</summary>
public sealed class HtmlArticleMetadataTests
{
    private const string PageUrl = "https://gazette.example/coast/2031/04/09/harbour-ferry-returns?ref=home";

    private static readonly ArticleDocument Harbour =
        HtmlArticleExtractor.Extract("harbour", Fixtures.Read("html-meta-harbour.html"), PageUrl);

    [Fact]
    public void RelativeCanonicalLinkIsResolvedAgainstThePageAddress() =>
        Assert.Equal("https://gazette.example/coast/2031/04/09/harbour-ferry-returns", Harbour.CanonicalUrl);

    [Fact]
    public void SectionComesFromArticleSectionMeta() => Assert.Equal("Coast & Islands", Harbour.Section);

    [Fact]
    public void ArticleTagsAreTakenOnceEachBeforeGenericKeywords() => Assert.Equal(["Ferries", "Storm Idris"], Harbour.Tags);

    [Fact]
    public void LeadImageIsAbsoluteWithTheAltCaptionAndTheJsonLdCredit()
    {
        var lead = Assert.Single(Harbour.Images);
        Assert.Equal("https://gazette.example/media/2031/ferry-at-dawn.jpg", lead.Url);
        Assert.Equal("The ferry Marisol leaving the east quay at dawn.", lead.Caption);
        Assert.Equal("Photo: Bryony Castell", lead.Credit);
    }

    [Fact]
    public void JsonLdPersonsAreCleanedOfByAndDegrees() => Assert.Equal(["Orla Penhallow", "Tomasz Wrenfield"], Harbour.Authors);

    [Fact]
    public void PublishedAndModifiedDatesKeepTheirStatedPrecision()
    {
        Assert.Equal("2031-04-09T06:30:00Z", Harbour.Published?.ToIso());
        Assert.Equal("2031-04-10T08:15:00+01:00", Harbour.Modified?.ToIso());
    }

    [Fact]
    public void BreadcrumbGivesTheSectionWhenNoneIsStatedSkippingTheArticleItself()
    {
        var page = Page("""
            <script type="application/ld+json">{"@type":"BreadcrumbList","itemListElement":[
              {"@type":"ListItem","position":3,"item":{"name":"Lanes by the old mill reopen to walkers"}},
              {"@type":"ListItem","position":1,"item":{"name":"Home"}},
              {"@type":"ListItem","position":2,"item":{"name":"Transport"}}]}</script>
            <meta property="og:title" content="Quiet lanes reopen">
            """, "<h1>Quiet lanes reopen</h1><p>The lanes reopened.</p>");
        Assert.Equal("Transport", HtmlArticleExtractor.Extract("crumbs", page, null).Section);
    }

    [Fact]
    public void OrganisationAsJsonLdAuthorGivesWayToANamedPersonInMeta()
    {
        var page = Page("""
            <script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Organization","name":"Valley Courier"}}</script>
            <meta name="author" content="Ines Marlowe">
            """, "<p>Text.</p>");
        Assert.Equal(["Ines Marlowe"], HtmlArticleExtractor.Extract("org", page, null).Authors);
    }

    [Fact]
    public void OrganisationAsJsonLdAuthorIsKeptWhenNoPersonIsNamed()
    {
        var page = Page("""
            <script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Organization","name":"Valley Courier"}}</script>
            """, "<p>Text.</p>");
        Assert.Equal(["Valley Courier"], HtmlArticleExtractor.Extract("org", page, null).Authors);
    }

    [Fact]
    public void MarkupBylineNearestTheHeadlineWinsOverTeasersFollowWidgetsAndComments()
    {
        var body = """
            <div class="teaser"><span class="byline">Pell Arkwright</span></div>
            <div class="follow-author">Sunniva Holt</div>
            <h1>Lighthouse keeper retires</h1>
            <div class="article-author"><span class="author-name">Cressida Vane</span> 4 May 2031</div>
            <p>The keeper retired.</p>
            <div class="comments"><span class="comment-author">Rafe Dunmore</span></div>
            """;
        Assert.Equal(["Cressida Vane"], HtmlArticleExtractor.Extract("markup", Page("", body), null).Authors);
    }

    [Fact]
    public void AuthorityClassesAreNotBylines()
    {
        var body = """<h1>Tide tables</h1><p>Tables.</p><div class="authority-control">Library Records</div>""";
        Assert.Empty(HtmlArticleExtractor.Extract("authority", Page("", body), null).Authors);
    }

    [Fact]
    public void DublinCoreCreatorsInCatalogueOrderAreTurnedAround()
    {
        var page = Page("""<meta name="DC.Creator" content="Vance, H."><meta name="DC.Creator" content="Berg, Aleida van">""", "<p>Text.</p>");
        Assert.Equal(["H. Vance", "Aleida van Berg"], HtmlArticleExtractor.Extract("dc", page, null).Authors);
    }

    [Fact]
    public void SocialMediaPostingDatesAreRead()
    {
        var page = Page("""<script type="application/ld+json">{"@type":"SocialMediaPosting","datePublished":"2031-02-03T04:05:06-04:00"}</script>""", "<p>Post.</p>");
        Assert.Equal("2031-02-03T04:05:06-04:00", HtmlArticleExtractor.Extract("post", page, null).Published?.ToIso());
    }

    [Fact]
    public void LocalTimeIsPreferredWhenMetaRestatesTheJsonLdInstant()
    {
        // The same instant: the UTC form falls on the next day, the publisher's local form does not.
        var page = Page("""
            <script type="application/ld+json">{"@type":"NewsArticle","dateCreated":"2031-02-24T01:18:13Z"}</script>
            <meta property="article:published_time" content="2031-02-23T17:18:13-08:00">
            """, "<p>Text.</p>");
        Assert.Equal("2031-02-23T17:18:13-08:00", HtmlArticleExtractor.Extract("local", page, null).Published?.ToIso());
    }

    [Fact]
    public void SiteLogoIsNotALeadImage()
    {
        var page = Page("""
            <meta property="og:image" content="https://paper.example/static/site-logo.png">
            <meta name="twitter:image" content="//cdn.paper.example/photos/market.jpg">
            """, "<p>Text.</p>");
        var image = Assert.Single(HtmlArticleExtractor.Extract("logo", page, "https://paper.example/a/b").Images);
        Assert.Equal("https://cdn.paper.example/photos/market.jpg", image.Url);
    }

    [Fact]
    public void NoStatedImageGivesNoImages() =>
        Assert.Empty(HtmlArticleExtractor.Extract("none", Page("", "<p>Text.</p>"), null).Images);

    private static string Page(string head, string body) =>
        $"<html><head><title>Test page</title>{head}</head><body>{body}</body></html>";
}
