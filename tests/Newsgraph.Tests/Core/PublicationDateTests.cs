using Newsgraph.Core.Model;

namespace Newsgraph.Tests.Core;

public sealed class PublicationDateTests
{
    [Theory]
    [InlineData("2020-01-11", "2020-01-11")]
    [InlineData("2020-01-11T08:30:00Z", "2020-01-11T08:30:00Z")]
    [InlineData("2020-01-11T08:30:00+02:00", "2020-01-11T08:30:00+02:00")]
    [InlineData("2020-01-11T08:30:00", "2020-01-11T08:30:00")]
    public void Parses_and_prints_iso_dates_keeping_their_precision(string input, string expected)
    {
        Assert.True(PublicationDate.TryParse(input, out var date));
        Assert.Equal(expected, date!.ToIso());
    }

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("2020-13-45")]
    public void Rejects_what_is_not_a_date(string input) => Assert.False(PublicationDate.TryParse(input, out _));
}
