using Newsgraph.Extraction.Text;

namespace Newsgraph.Tests.Extraction.Text;

public sealed class TextMeasureTests
{
    [Theory]
    [InlineData("Three short words", 3)]
    [InlineData("港の新しい灯台", 3.5)]
    [InlineData("Port 港湾", 2)]
    public void Word_units_count_unspaced_scripts_by_characters(string line, double units) =>
        Assert.Equal(units, TextMeasure.WordUnits(line));

    [Theory]
    [InlineData("It rained.", true)]
    [InlineData("\"It rained,\" she said.\"", true)]
    [InlineData("雨が降りました。", true)]
    [InlineData("¿Llueve?", true)]
    [InlineData("Weather", false)]
    [InlineData("Contact:", false)]
    public void Sentence_endings_of_several_scripts(string line, bool ends) =>
        Assert.Equal(ends, TextMeasure.EndsLikeSentence(line));

    [Fact]
    public void Numbers_and_addresses_are_not_punctuation() =>
        Assert.Equal(1, TextMeasure.PunctuationMarks("Visit www.example.org at 10:30 for 3.5 hours, today"));

    [Theory]
    [InlineData("• Home", true)]
    [InlineData("2. Stir the sugar", true)]
    [InlineData("Home", false)]
    public void List_markers(string line, bool isItem) => Assert.Equal(isItem, LineSignals.IsListItem(line));

    [Theory]
    [InlineData("Privacy | Terms | Contact", true)]
    [InlineData("https://example.org/page", true)]
    [InlineData("← Older post", true)]
    [InlineData("The port reopened on Friday.", false)]
    public void Link_shaped_lines(string line, bool linkLike) => Assert.Equal(linkLike, LineSignals.IsLinkLike(line));
}
