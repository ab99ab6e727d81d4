using Newsgraph.Extraction.Html;

namespace Newsgraph.Tests.Extraction.Html;

public sealed class HtmlCreditsTests
{
    private const string Story = """
        <p>The regional council of Valdmoor voted on Thursday to reopen the old mountain railway for summer visitors after a decade of closure.</p>
        <p>"It brings the valley back to life," said councillor Ines Brandt, who led the campaign to restore the line and its three small stations.</p>
        <p>Trains are expected to run twice a day from June, with tickets on sale at the stations and on the council's website from next month.</p>
        """;

    [Fact]
    public void A_credit_line_after_the_story_gives_credits_and_stays_out_of_the_text()
    {
        var html = $"<html><body><nav><a href='/'>Home</a></nav><article><h1>Valdmoor railway to reopen</h1>{Story}<p class='credits'><em>Based on reporting by Reuters and AFP</em></p></article><footer>About us</footer></body></html>";
        var document = HtmlArticleExtractor.Extract("t.html", html, null);
        Assert.Equal(["Reuters", "AFP"], document.Credits);
        Assert.DoesNotContain("Based on reporting", document.Text);
        Assert.Contains("twice a day from June", document.Text);
    }

    [Fact]
    public void An_agency_dateline_gives_its_credit_and_keeps_the_paragraph()
    {
        var html = $"<html><body><article><p>VALDMOOR (AP) — The regional council voted on Thursday to reopen the old mountain railway for summer visitors.</p>{Story}</article></body></html>";
        var document = HtmlArticleExtractor.Extract("t.html", html, null);
        Assert.Equal(["AP"], document.Credits);
        Assert.StartsWith("VALDMOOR (AP)", document.Text);
    }
}
