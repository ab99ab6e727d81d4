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
    public void IncompleteOrImpossibleDatesGiveNothing(string value) => Assert.Null(DateText.Parse(value));

    [Theory]
    [InlineData("https://news.example/2030/03/04/story", "2030-03-04")]
    [InlineData("https://news.example/world/story-2030", null)]
    public void DatesFromUrls(string url, string? iso) => Assert.Equal(iso, DateText.FromUrl(url)?.ToIso());

    [Theory]
    [InlineData("en-US", "en")]
    [InlineData("pt_BR", "pt")]
    [InlineData("DE", "de")]
    [InlineData("english", null)]
    public void LanguageCodes(string value, string? code) => Assert.Equal(code, HtmlMetadataReader.LanguageCode(value));
}
