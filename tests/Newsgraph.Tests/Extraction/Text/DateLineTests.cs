using Newsgraph.Extraction.Text;

namespace Newsgraph.Tests.Extraction.Text;

public sealed class DateLineTests
{
    [Theory]
    [InlineData("March 4th, 2031, 7: 35 am", "2031-03-04")]
    [InlineData("Published: 09th June 2031", "2031-06-09")]
    [InlineData("POSTED: 05 / 02 / 31, 9: 00 PM PDT |", "2031-05-02")]
    [InlineData("Last updated 15: 48 15 / 09 / 2031", "2031-09-15")]
    [InlineData("Published on: Fri, 11 Nov 2031 at 09: 56 IST", "2031-11-11")]
    [InlineData("Published: 2031. 08. 08 09: 01 AM", "2031-08-08")]
    [InlineData("2031-09-26", "2031-09-26")]
    [InlineData("SATURDAY, SEPTEMBER 13, 2031, 9: 29 PM", "2031-09-13")]
    [InlineData("4 October 2031, 18: 07 (GMT+05: 00)", "2031-10-04")]
    public void A_date_stamp_gives_its_date(string line, string expected) =>
        Assert.Equal(expected, DateLine.Parse(line)?.ToIso());

    [Theory]
    [InlineData("The ferry strike in Port Merrow began on March 4, 2031, and lasted a week.")]
    [InlineData("By Ilse Varga, harbour correspondent for the Valmora Post | March 4, 2031")]
    [InlineData("Merrow, Mar 4 -")]
    [InlineData("Ferry crews walk out")]
    public void A_sentence_byline_or_date_without_a_year_is_not_a_date_stamp(string line) =>
        Assert.Null(DateLine.Parse(line));

    [Fact]
    public void A_capture_takes_the_stamp_by_its_headline_as_published_and_not_a_date_from_the_body()
    {
        const string capture = """
            http://valmora-post.example/harbour/ferry-strike
            Ferry crews walk out on the Merrow crossing
            Updated: March 5, 2031, 10: 00 AM
            March 4th, 2031, 7: 35 am
            Ferry crews on the Merrow crossing walked off the job on Monday, leaving hundreds of passengers waiting at the quay in the rain.
            The union said the strike would last until the operator agreed to talks, which were last held on February 2, 2030.
            """;

        var document = TextCaptureExtractor.Extract("ferry", capture, null);

        Assert.Equal("2031-03-04", document.Published?.ToIso());
    }

    [Fact]
    public void A_capture_without_a_stamp_has_no_publication_date()
    {
        const string capture = """
            http://valmora-post.example/harbour/ferry-strike
            Ferry crews walk out on the Merrow crossing
            Ferry crews on the Merrow crossing walked off the job on March 4, 2031, leaving hundreds of passengers waiting at the quay.
            The union said the strike would last until the operator agreed to talks, which were last held on February 2, 2030.
            """;

        Assert.Null(TextCaptureExtractor.Extract("ferry", capture, null).Published);
    }
}
