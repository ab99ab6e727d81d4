using Newsgraph.Core.Model;
using Newsgraph.Core.Output;
using Newsgraph.Extraction.Html;

namespace Newsgraph.Tests.Extraction.Html;

/// <summary>Markdown structure and in-article images, on our own fictional page.</summary>
public sealed class HtmlStructureAndImagesTests
{
    private static readonly ArticleDocument Lighthouse =
        HtmlArticleExtractor.Extract("lighthouse", Fixtures.Read("html-harbour-lighthouse.html"), "https://courier.example/news/2032/05/lighthouse");

    [Fact]
    public void MarkdownKeepsHeadingsListsQuotesLinksAndEmphasis()
    {
        var markdown = Lighthouse.Markdown!;
        Assert.Contains("\n\n## What the museum will show\n\n", markdown);
        Assert.Contains("- the keepers' living quarters, restored to their state of the 1920s;\n- a gallery of lenses", markdown);
        Assert.Contains("1. Enter through the old oil store.\n2. Climb to the lantern room.", markdown);
        Assert.Contains("> We want children to climb the same stairs", markdown);
        Assert.Contains("a small [maritime museum](https://courier.example/topics/museums), the harbour trust", markdown);
        Assert.Contains("from *brass fog horns* to", markdown);
        Assert.Contains("**before the summer festival**", markdown);
    }

    [Fact]
    public void PlainTextStaysPlainParagraphs()
    {
        var paragraphs = Lighthouse.Text.Split("\n\n");
        Assert.StartsWith("The disused lighthouse at the end of Pelling Quay will reopen next spring as a small maritime museum, the", paragraphs[0]);
        Assert.Equal("Volunteers have catalogued more than four hundred objects, from brass fog horns to", paragraphs[1][..82]);
        Assert.Equal(["What the museum will show", "The exhibition is planned in three parts, each on its own floor of the tower:",
            "the keepers' living quarters, restored to their state of the 1920s;"], paragraphs[2..5]);
    }

    [Theory]
    [InlineData("Scaffolding around the lantern room")]
    [InlineData("Mira Castellan")]
    [InlineData("A page from a keeper's log")]
    [InlineData("All rights reserved")]
    public void CaptionsCreditsAndChromeStayOutOfTheBody(string outside)
    {
        Assert.DoesNotContain(outside, Lighthouse.Text);
        Assert.DoesNotContain(outside, Lighthouse.Markdown!);
    }

    [Fact]
    public void ImagesInsideTheArticleHaveAbsoluteAddressesCaptionsAndCredits()
    {
        Assert.Equal(
            [
                new ArticleImage("https://courier.example/news/2032/05/lighthouse-scaffold.jpg",
                    "Scaffolding around the lantern room during the winter repairs.", "Mira Castellan/Quayside Courier"),
                new ArticleImage("https://cdn.courier.example/img/keeper-log.jpg",
                    "A page from a keeper's log of 1911.", "Photo: Harbour Trust archive"),
            ],
            Lighthouse.Images);
    }

    [Fact]
    public void ImagesAlreadyListedAreNotAddedAgain()
    {
        var document = new ArticleDocument { Source = "lead", Images = [new ArticleImage("https://cdn.courier.example/img/keeper-log.jpg", null, null)] };
        document.AddImages(Lighthouse.Images);
        Assert.Equal(["https://cdn.courier.example/img/keeper-log.jpg", "https://courier.example/news/2032/05/lighthouse-scaffold.jpg"],
            document.Images.Select(i => i.Url));
    }

    [Fact]
    public void MarkdownOutputPrintsTheStructuredBodyAndTheImages()
    {
        var output = new StringWriter();
        IDocumentWriter.For(OutputFormat.Markdown).Write(Lighthouse, output);
        var written = output.ToString();
        Assert.Contains("## What the museum will show", written);
        Assert.Contains("![A page from a keeper's log of 1911.](https://cdn.courier.example/img/keeper-log.jpg) *Photo: Harbour Trust archive*", written);
    }

    [Theory]
    [InlineData("Harbour at dawn. (AP Photo/Jane Roe)", "Harbour at dawn.", "AP Photo/Jane Roe")]
    [InlineData("Harbour at dawn. Photo by Jane Roe", "Harbour at dawn.", "Photo by Jane Roe")]
    [InlineData("Credit Jane Roe", null, "Jane Roe")]
    [InlineData("Harbour at dawn, before the storm.", "Harbour at dawn, before the storm.", null)]
    public void CaptionTextSplitsIntoCaptionAndCredit(string figcaption, string? caption, string? credit)
    {
        using var dom = HtmlLoader.Parse($"<figure><figcaption>{figcaption}</figcaption></figure>");
        Assert.Equal((caption, credit), ArticleImageReader.CaptionAndCredit(dom.QuerySelector("figcaption")!));
    }
}
