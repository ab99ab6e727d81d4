using Newsgraph.Extraction.Html;

namespace Newsgraph.Tests.Extraction.Html;

/// <summary>Body and metadata extraction on our own fictional pages.</summary>
public sealed class HtmlArticleExtractorTests
{
    private static readonly Newsgraph.Core.Model.ArticleDocument Council =
        HtmlArticleExtractor.Extract("council", Fixtures.Read("html-council-vote.html"), null);

    private static readonly Newsgraph.Core.Model.ArticleDocument Blog =
        HtmlArticleExtractor.Extract("blog", Fixtures.Read("html-divbr-blog.html"), "https://garden.example/2029/02/03/apfelbaum");

    [Fact]
    public void BodyKeepsArticleParagraphsHeadingsQuotesAndLists()
    {
        Assert.StartsWith("Councillors in Riverside postponed", Council.Text);
        Assert.Contains("Costs still unclear", Council.Text);
        Assert.Contains("We cannot ask residents to wait another winter", Council.Text);
        Assert.Contains("more traffic on the ring road", Council.Text);
        Assert.EndsWith("once the revised estimate has been published.", Council.Text);
    }

    [Theory]
    [InlineData("cookie policy")]
    [InlineData("Share on Facebook")]
    [InlineData("Photo: Ledger staff")]
    [InlineData("Sign up for our free newsletter")]
    [InlineData("Related stories")]
    [InlineData("Flood damage closes")]
    [InlineData("Ridiculous")]
    [InlineData("Most read")]
    [InlineData("All rights reserved")]
    [InlineData("Sport")]
    public void BodyLeavesOutPageChrome(string chrome) => Assert.DoesNotContain(chrome, Council.Text);

    [Fact]
    public void ParagraphsAreSeparatedByExactlyOneBlankLine()
    {
        Assert.DoesNotContain("\n\n\n", Council.Text);
        Assert.Equal(10, Council.Text.Split("\n\n").Length);
        Assert.Equal(Council.Text.Trim(), Council.Text);
    }

    [Fact]
    public void MetadataComesFromJsonLdGraph()
    {
        Assert.Equal("Riverside council delays bridge vote again", Council.Title);
        Assert.Equal(["Orla Penhallow", "Tomasz Reeve"], Council.Authors);
        Assert.Equal("2031-03-14T09:30:00+01:00", Council.Published?.ToIso());
        Assert.Equal("2031-03-15T11:00:00+01:00", Council.Modified?.ToIso());
        Assert.Equal("The Valley Ledger", Council.Publisher);
        Assert.Equal("en", Council.Language);
        Assert.StartsWith("Councillors postponed", Council.Description);
    }

    [Fact]
    public void CanonicalUrlFillsAMissingAddress() =>
        Assert.Equal("https://ledger.example/news/2031/03/14/riverside-bridge-vote", Council.Url);

    [Fact]
    public void DivAndBreakMarkupGivesOneParagraphPerBlock()
    {
        var paragraphs = Blog.Text.Split("\n\n");
        Assert.Contains(paragraphs, p => p.StartsWith("Im Februar ist die beste Zeit", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.StartsWith("Wer unsicher ist", StringComparison.Ordinal));
        Assert.DoesNotContain("Impressum", Blog.Text);
        Assert.DoesNotContain("Datenschutz", Blog.Text);
    }

    [Fact]
    public void BlogMetadataFromMetaTagsTitleAndUrl()
    {
        Assert.Equal(["Marta Quill"], Blog.Authors);
        Assert.Equal("de", Blog.Language);
        Assert.Equal("2029-02-03", Blog.Published?.ToIso());
        Assert.Equal("Der Apfelbaum im Februar", Blog.Title);
    }
}
