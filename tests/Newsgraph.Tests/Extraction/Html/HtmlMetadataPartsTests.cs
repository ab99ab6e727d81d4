using Newsgraph.Extraction.Html;

namespace Newsgraph.Tests.Extraction.Html;

/// <summary>The metadata helpers on single values.</summary>
public sealed class HtmlMetadataPartsTests
{
    [Theory]
    [InlineData("By Jane Doe and John Roe", new[] { "Jane Doe", "John Roe" })]
    [InlineData("Jane Doe, Senior Correspondent", new[] { "Jane Doe" })]
    [InlineData("Von Anna Beispiel und Karl Muster", new[] { "Anna Beispiel", "Karl Muster" })]
    [InlineData("Jane Doe @janedoe", new[] { "Jane Doe" })]
    [InlineData("Jane Doe - Staff Writer", new[] { "Jane Doe" })]
    [InlineData("https://site.example/authors/jane", new string[0])]
    [InlineData("Jane Doe\n  March 3, 2030", new[] { "Jane Doe" })]
    [InlineData("By Jane Doe, PhD and John Roe, Jr.", new[] { "Jane Doe", "John Roe" })]
    [InlineData("By Our Foreign Staff", new string[0])]
    [InlineData("Staff Reports", new string[0])]
    [InlineData("Metro News", new[] { "Metro News" })]
    [InlineData("Jane Doe Staff Writer", new[] { "Jane Doe" })]
    [InlineData("Datum\n12.03.2030", new string[0])]
    public void AuthorNamesAreCleanedAndSplit(string raw, string[] expected) =>
        Assert.Equal(expected, AuthorNames.Clean([raw]));

    [Theory]
    [InlineData("2030-03-04T10:20:30Z", "2030-03-04T10:20:30Z")]
    [InlineData("2030-03-04 10:20", "2030-03-04T10:20:00")]
    [InlineData("2030-03-04", "2030-03-04")]
    [InlineData("20300304", "2030-03-04")]
    [InlineData("March 4, 2030", "2030-03-04")]
    [InlineData("4 Mar 2030", "2030-03-04")]
    [InlineData("04.03.2030", "2030-03-04")]
    public void DatesParseWithoutInventingPrecision(string value, string iso) =>
        Assert.Equal(iso, DateText.Parse(value)?.ToIso());

    [Theory]
    [InlineData("March 2030")]
    [InlineData("2030-02-30")]
    [InlineData("yesterday")]
    [InlineData("২০৩০-০৩-০৪T০১:০২+০৫:৩০")]
    public void IncompleteOrImpossibleDatesGiveNothing(string value) => Assert.Null(DateText.Parse(value));

    [Theory]
    [InlineData("https://news.example/2030/03/04/story", "2030-03-04")]
    [InlineData("https://news.example/world/story-2030", null)]
    [InlineData("https://news.example/20300304/story", "2030-03-04")]
    [InlineData("https://news.example/2030-03-04-story", "2030-03-04")]
    [InlineData("https://news.example/2030/03/story", null)]
    [InlineData("https://news.example/20301399/story", null)]
    public void DatesFromUrls(string url, string? iso) => Assert.Equal(iso, DateText.FromUrl(url)?.ToIso());

    [Theory]
    [InlineData("Doe, Jane", "Jane Doe")]
    [InlineData("Jong, Anna de", "Anna de Jong")]
    [InlineData("Jane Doe, John Roe", "Jane Doe, John Roe")]
    public void CatalogueOrderNamesAreTurnedAround(string value, string expected) => Assert.Equal(expected, AuthorNames.Uninvert(value));

    [Fact]
    public void TagsAreSplitTrimmedDeduplicatedAndCapped()
    {
        Assert.Equal(["Rail", "budget", "City Hall"], ArticleTopics.SplitTags([" Rail ;budget, Budget ,, City Hall|rail", "null"]));
        Assert.Equal(25, ArticleTopics.SplitTags([string.Join(",", Enumerable.Range(1, 40).Select(i => $"tag {i}"))]).Count);
    }

    [Theory]
    [InlineData("photo.jpg", "https://a.example/x/y", "https://a.example/x/photo.jpg")]
    [InlineData("/img/p.png", "https://a.example/x/y", "https://a.example/img/p.png")]
    [InlineData("/img/p.png", null, null)]
    [InlineData("data:image/png;base64,AAAA", "https://a.example/", null)]
    [InlineData("ftp://a.example/p.png", null, null)]
    public void ImageAddressesAreMadeAbsolute(string value, string? pageUrl, string? expected) =>
        Assert.Equal(expected, PageAddress.Absolute(value, pageUrl));

    [Theory]
    [InlineData("en-US", "en")]
    [InlineData("pt_BR", "pt")]
    [InlineData("DE", "de")]
    [InlineData("english", null)]
    public void LanguageCodes(string value, string? code) => Assert.Equal(code, HtmlMetadataReader.LanguageCode(value));
}
