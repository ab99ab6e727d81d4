using Newsgraph.Extraction.Text;

namespace Newsgraph.Tests.Extraction.Text;

public sealed class CallToActionTests
{
    [Theory]
    [InlineData("Sign up for our weekly newsletter and never miss a story from the valley.", true)]
    [InlineData("Leave a comment. Your email address will not be published.", true)]
    [InlineData("We use cookies to improve your experience on this site.", true)]
    [InlineData("Read more: Harbour authority tables night-shift offer", true)]
    [InlineData("The council voted on Thursday to reopen the old mountain railway for visitors.", false)]
    [InlineData("Crews worked through the nights to rebuild the pier before the ferry returned.", false)]
    public void Recognises_prompts_addressed_to_the_reader(string line, bool expected) =>
        Assert.Equal(expected, LineSignals.IsCallToAction(line));

    [Fact]
    public void A_reader_prompt_inside_a_capture_is_not_article_text()
    {
        var line = new CaptureLine(0, "Subscribe to our newsletter for the latest news from the region, every morning.", afterBlank: true);
        Assert.Equal(LineClass.Bad, LineClassifier.ClassifyAlone(line));
    }
}
