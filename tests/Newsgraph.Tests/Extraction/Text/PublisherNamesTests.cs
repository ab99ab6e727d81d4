using Newsgraph.Extraction;

namespace Newsgraph.Tests.Extraction.Text;

public sealed class PublisherNamesTests
{
    [Theory]
    [InlineData("© 2024 Harbour Light Media. All rights reserved.", "Harbour Light Media")]
    [InlineData("Copyright 2019-2024 Northfield Courier All rights reserved", "Northfield Courier")]
    [InlineData("(c) 2021, Riverside Weekly | Imprint", "Riverside Weekly")]
    public void Copyright_holder(string line, string publisher) => Assert.Equal(publisher, PublisherNames.CopyrightHolder(line));

    [Fact]
    public void Name_opening_several_footer_lines()
    {
        var footer = new[] { "NCR/TV reporters cover six provinces.", "NCR/TV has been fined twice.", "If you live abroad, read this." };
        Assert.Equal("NCR/TV", PublisherNames.FromSelfReferences(footer));
    }

    [Fact]
    public void Ordinary_sentence_openers_are_no_publisher()
    {
        var footer = new[] { "The weather was fine.", "The council met.", "If you want more, subscribe." };
        Assert.Null(PublisherNames.FromSelfReferences(footer));
    }

    [Fact]
    public void Address_gives_the_site() => Assert.Equal("example.org", PublisherNames.FromUrl("https://www.example.org/news/1"));
}
