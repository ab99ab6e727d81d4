using Newsgraph.Core.Model;
using Newsgraph.Extraction;
using Newsgraph.Extraction.Text;
using Newsgraph.Sources;

namespace Newsgraph.Tests.Extraction.Text;

public sealed class TextCaptureExtractorTests
{
    private static List<string> Paragraphs(string text) =>
        text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries).ToList();

    /// <summary>Checks the fields every capture test looks at and returns the body's paragraphs.</summary>
    private static List<string> AssertArticle(ArticleDocument document, string title, string publisher, string[] credits, int paragraphCount)
    {
        Assert.Equal(title, document.Title);
        Assert.Equal(publisher, document.Publisher);
        Assert.Equal(credits, document.Credits);
        var paragraphs = Paragraphs(document.Text);
        Assert.Equal(paragraphCount, paragraphs.Count);
        return paragraphs;
    }

    [Fact]
    public void Capture_with_chrome_gives_the_article_title_credit_and_publisher()
    {
        var document = TextCaptureExtractor.Extract("ferry", Fixtures.Read("capture-ferry-fares.txt"), null);

        var paragraphs = AssertArticle(document, "Island Ferry Fares To Rise By A Fifth From June", "Valmora Daily Post", ["AP"], 5);
        Assert.StartsWith("VALMORA, Feb. 14 (AP) — Ferry fares", paragraphs[0]);
        Assert.EndsWith("discuss the fares on March 3.", paragraphs[^1]);
        Assert.Contains(paragraphs, p => p.StartsWith("\"Nobody likes to pay more", StringComparison.Ordinal));
    }

    [Fact]
    public void Article_ending_on_a_list_keeps_its_sub_heading_and_items()
    {
        const string capture = """
            Home
            News
            Weather
            Harbour Walk Opens To Visitors On Saturday
            The new harbour walk in the fictional town of Corvel opens on Saturday morning, the council said, after two years of building work along the old quay.
            Guides will lead free tours every hour from the lighthouse, and the cafe on the pier will stay open until late in the evening.
            What to bring:
            • A warm coat for the windy pier.
            • Sturdy shoes for the cobbled quay.
            • Some coins for the telescope there.
            Contact us
            Privacy
            Terms
            """;

        var paragraphs = Paragraphs(TextCaptureExtractor.Extract("walk", capture, null).Text);

        Assert.Contains("What to bring:", paragraphs);
        Assert.Equal("• Some coins for the telescope there.", paragraphs[^1]);
    }

    [Theory]
    [InlineData("Skip to content")]
    [InlineData("Subscribe to our newsletter")]
    [InlineData("Image:")]
    [InlineData("Related stories")]
    [InlineData("Shipyard wins order")]
    [InlineData("Cookies help us")]
    [InlineData("All rights reserved")]
    [InlineData("News | Politics")]
    public void Page_chrome_stays_out_of_the_body(string chrome)
    {
        var document = TextCaptureExtractor.Extract("ferry", Fixtures.Read("capture-ferry-fares.txt"), null);
        Assert.DoesNotContain(chrome, document.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Credit_line_and_the_footer_after_it_are_not_body_text()
    {
        var document = TextCaptureExtractor.Extract("library", Fixtures.Read("capture-library-roof.txt"), null);

        AssertArticle(document, "Library Roof Repairs Finally Begin After Two Wet Winters", "Birchwick Gazette", ["Birchwick Community Radio"], 5);
        Assert.DoesNotContain("With reporting by", document.Text);
        Assert.DoesNotContain("journalists cover the town", document.Text);
        Assert.EndsWith("the timber frame was in good condition.", document.Text);
    }

    [Fact]
    public void Bare_article_keeps_every_paragraph_short_ones_too()
    {
        const string text = "Council Approves New Bus Route.\n\n"
            + "KESTON, May 2 (UPI) — The town council approved a new bus route on Thursday linking the station with the hospital and the university campus.\n\n"
            + "The route starts in June.\n\n"
            + "\"It was long overdue,\" said councillor Mara Vell, who proposed the plan last year after a petition signed by residents.\n\n"
            + "Votes: 9 to 2.";
        var document = TextCaptureExtractor.Extract("bus", text, null);

        Assert.Equal("Council Approves New Bus Route.", document.Title);
        Assert.Equal(["UPI"], document.Credits);
        var paragraphs = Paragraphs(document.Text);
        Assert.Equal(4, paragraphs.Count);
        Assert.Equal("The route starts in June.", paragraphs[1]);
        Assert.Equal("Votes: 9 to 2.", paragraphs[^1]);
    }

    [Fact]
    public void Article_in_a_language_without_spaces_is_found()
    {
        const string text = "ホーム\nニュース\n天気\n\n港の新しい灯台が完成\n\n"
            + "北浜町の港で新しい灯台が完成し、十日に記念式典が開かれました。町の人たちや漁業関係者など約二百人が集まりました。\n\n"
            + "灯台は高さ十八メートルで、夜は二十キロ先まで光が届くということです。古い灯台は五十年以上使われていました。\n\n"
            + "町長は「海の安全を守る大切な設備です」と話していました。\n\n"
            + "利用規約\nお問い合わせ\n© 2024 北浜新聞";
        var document = TextCaptureExtractor.Extract("jp", text, null);

        Assert.Equal("港の新しい灯台が完成", document.Title);
        Assert.StartsWith("北浜町の港で", document.Text);
        Assert.DoesNotContain("利用規約", document.Text);
        Assert.DoesNotContain("ホーム", document.Text);
    }

    [Fact]
    public void Empty_capture_gives_an_empty_article()
    {
        var document = TextCaptureExtractor.Extract("empty", "\n \n\t\n", null);
        Assert.Equal("", document.Text);
        Assert.Null(document.Title);
    }

    [Fact]
    public void Rendered_capture_named_html_is_sniffed_as_plain_text()
    {
        Assert.Equal(PageKind.PlainText, ContentSniffer.Sniff(Fixtures.Read("capture-ferry-fares.txt")));
    }

    [SkippableFact]
    public void Seed_page_passes_its_article_checks()
    {
        var path = SharedData.Require("examples", "rferl-us-iraq", "page.txt");
        var page = PageDecoder.Decode(new RawPage(path, File.ReadAllBytes(path)));
        var document = ArticleExtractor.Extract(page, new ExtractionOptions());

        var paragraphs = AssertArticle(document, "U.S. Focuses On 'How To Best Recommit' After Iraqi PM's Request For Plan On Withdrawal", "RFE/RL", ["Reuters", "AFP", "AP"], 13);
        Assert.StartsWith("The United States has seemingly dismissed an Iraqi government request", paragraphs[0]);
        Assert.EndsWith("Canadian Foreign Minister Francois-Philippe Champagne.", paragraphs[^1]);
        foreach (var chrome in new[] { "Accessibility links", "Breaking News", "16x9 Image", "journalists report", "undesirable organization", "click here", "Based on reporting by" })
            Assert.DoesNotContain(chrome, document.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Bundled_plain_text_example_extracts_cleanly()
    {
        var path = Path.Combine(RepositoryRoot(), "examples", "harbour-strike", "page.txt");
        var document = TextCaptureExtractor.Extract(path, File.ReadAllText(path), null);

        AssertArticle(document, "Dockworkers Walk Out At Port Merrow As Talks On Night Shifts Collapse", "Coastline Herald", ["Reuters", "AP"], 10);
        Assert.DoesNotContain("independent daily", document.Text);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Newsgraph.slnx"))) return dir.FullName;
        throw new DirectoryNotFoundException("repository root (Newsgraph.slnx) not found above the test binaries");
    }
}
