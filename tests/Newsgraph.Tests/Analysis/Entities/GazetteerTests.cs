using Newsgraph.Analysis.Entities.Gazetteers;
using Newsgraph.Analysis.Entities.Tagging;

namespace Newsgraph.Tests.Analysis.Entities;

public sealed class GazetteerTests
{
    private static readonly Gazetteer G = Gazetteer.Default;

    [Theory]
    [InlineData("United States", "US")]
    [InlineData("U.S.", "US")]
    [InlineData("United Kingdom", "GB")]
    [InlineData("U.K.", "GB")]
    [InlineData("Germany", "DE")]
    public void Countries_are_found_under_their_names_and_initials(string name, string code) =>
        Assert.Equal(code, G.CountryNamed(name)?.Code);

    [Fact]
    public void Codes_that_are_ordinary_words_are_not_country_names()
    {
        Assert.Null(G.CountryNamed("IN"));
        Assert.Null(G.CountryNamed("IT"));
    }

    [Theory]
    [InlineData("Iraqi", "IQ")]
    [InlineData("Americans", "US")]
    [InlineData("French", "FR")]
    public void Demonyms_lead_to_their_country(string demonym, string code) =>
        Assert.Equal(code, G.CountryOfDemonym(demonym)?.Code);

    [Fact]
    public void Cities_keep_coordinates()
    {
        var paris = G.PlaceNamed("Paris");
        Assert.NotNull(paris);
        Assert.Equal("FR", paris.CountryCode);
        Assert.InRange(paris.Lat, 48, 49.5);
        Assert.InRange(paris.Lon, 2, 3);
    }

    [Fact]
    public void The_lexicon_marks_multiword_names_with_their_positions()
    {
        var marks = G.Lexicon.Mark(["in", "the", "United", "Arab", "Emirates", "today"]);
        int country = G.Lexicon.ListNames.ToList().IndexOf("country");
        Assert.NotEqual(0UL, marks[2] & (1UL << (4 * country)));      // B
        Assert.NotEqual(0UL, marks[4] & (1UL << (4 * country + 2)));  // L
        Assert.Equal(0UL, marks[0]);
    }

    [Fact]
    public void Titles_are_recognised_in_any_case() =>
        Assert.True(G.IsTitle("Secretary of State") && G.IsTitle("spokeswoman") && !G.IsTitle("table"));
}
