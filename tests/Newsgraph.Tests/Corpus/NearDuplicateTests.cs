using Newsgraph.Corpus;

namespace Newsgraph.Tests.Corpus;

public sealed class NearDuplicateTests
{
    private static string Text(NewsPages.Page page) => string.Join("\n\n", page.Paragraphs);

    [Fact]
    public void A_lightly_edited_copy_is_similar_and_another_story_is_not()
    {
        var original = MinHash.Signature(Text(NewsPages.FerryStrike));
        var copy = MinHash.Signature(Text(NewsPages.FerryStrikeCopy).Replace('\u201c', '"').Replace('\u201d', '"'));
        var other = MinHash.Signature(Text(NewsPages.OrchardHarvest));
        Assert.True(MinHash.Similarity(original, copy) >= MinHash.CopyThreshold);
        Assert.True(MinHash.Similarity(original, other) < 0.2);
        Assert.NotEmpty(MinHash.BandKeys(original).Intersect(MinHash.BandKeys(copy)));
        Assert.Empty(MinHash.BandKeys(original).Intersect(MinHash.BandKeys(other)));
    }

    [Fact]
    public void Signatures_are_the_same_from_run_to_run_and_survive_storage()
    {
        var a = MinHash.Signature(Text(NewsPages.LibraryRoof));
        Assert.Equal(a, MinHash.Signature(Text(NewsPages.LibraryRoof)));
        Assert.Equal(a, MinHash.FromBytes(MinHash.ToBytes(a)));
        Assert.Empty(MinHash.Signature("Too short to shingle."));
    }

    [Theory]
    [InlineData("https://www.Example.org/news/story/?utm_source=x&b=2&a=1#top", "example.org/news/story?a=1&b=2")]
    [InlineData("http://example.org:80/news/story", "example.org/news/story")]
    [InlineData("https://example.org", "example.org/")]
    [InlineData("https://example.org:8443/a?fbclid=1", "example.org:8443/a")]
    public void Addresses_of_one_page_normalise_alike(string address, string normalised) =>
        Assert.Equal(normalised, AddressNormalizer.Normalize(address));

    [Theory]
    [InlineData(null)]
    [InlineData("not a url")]
    [InlineData("ftp://example.org/file")]
    public void Anything_but_an_http_address_has_no_normal_form(string? address) => Assert.Null(AddressNormalizer.Normalize(address));
}
