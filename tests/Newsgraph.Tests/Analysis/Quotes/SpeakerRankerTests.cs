using Newsgraph.Core.Model;
using Newsgraph.Training.Quotes;

namespace Newsgraph.Tests.Analysis.Quotes;

public sealed class SpeakerRankerTests
{
    [Fact]
    public void Built_in_ranker_prefers_the_named_subject_over_the_pronoun_of_a_nested_cue()
    {
        // The rules credit the quotation to "she" (the cue "calls" governs it); the ranker learned that the
        // clause's named subject is the speaker.
        var quotes = QuoteAnalysis.QuotesOf("Mayor Ann Roe says she admired the volunteers through what she calls a \"long and bitter winter of work.\"");
        Assert.Equal("Mayor Ann Roe", Assert.Single(quotes, q => q.Kind == QuoteKind.Direct).Speaker?.At.Text);
    }

    [Fact]
    public void The_outlet_relaying_an_attribution_stays_its_via_and_never_becomes_its_speaker()
    {
        var quotes = QuoteAnalysis.QuotesOf("Ann Roe had asked the council to \"send more inspectors to the harbour soon,\" AP reported.");
        var relayed = Assert.Single(quotes, q => q.Via is not null);
        Assert.Equal("AP", relayed.Via!.At.Text);
        Assert.Equal("Ann Roe", relayed.Speaker?.At.Text);
    }

    [Fact]
    public void Trainer_learns_from_the_quotes_whose_annotated_source_is_a_candidate()
    {
        var articles = PolnearCorpus.Read(Fixtures.Path("polnear-mini")).ToList();
        var model = SpeakerRankerTrainer.Train(articles, epochs: 2, seed: 1, _ => { });
        var (right, rules, covered, uncovered) = SpeakerRankerTrainer.Evaluate(model, articles);
        // "We have no choice," she said. "The pier is unsafe." — both quotations are hers, annotated as one content
        Assert.Equal((2, 2, 2, 0), (right, rules, covered, uncovered));
    }
}
