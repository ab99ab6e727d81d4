using Newsgraph.Training.Quotes;
using Newsgraph.Core.Model;

namespace Newsgraph.Tests.Analysis.Quotes;

public sealed class ContentBoundaryTests
{
    [Fact]
    public void Corpus_reader_keeps_discontinuous_contents_and_skips_malformed_lines()
    {
        var article = Assert.Single(PolnearCorpus.Read(Fixtures.Path("polnear-mini")));
        Assert.Equal(2, article.Attributions.Count);
        Assert.Equal("that the ferry would stop", article.Attributions[0].Content[0].Slice(article.Text));
        Assert.Equal("told reporters on Monday", article.Attributions[0].Cue[0].Slice(article.Text));
        var interrupted = article.Attributions[1];
        Assert.Equal(2, interrupted.Content.Count);
        Assert.Equal("she", interrupted.Source[0].Slice(article.Text));
    }

    [Fact]
    public void Content_begins_after_an_addressee_and_time_adjunct()
    {
        var quotes = QuoteAnalysis.QuotesOf("Harbour master Ines Marr told reporters on Monday that the ferry would stop.");
        var q = Assert.Single(quotes);
        Assert.Equal("that the ferry would stop", q.Content.Text);
    }

    [Fact]
    public void Content_begins_after_the_preposition_the_cue_verb_takes()
    {
        var quotes = QuoteAnalysis.QuotesOf("Councillor Tova Brann pointed to the flooded tunnel under the old mill.");
        var q = Assert.Single(quotes);
        Assert.Equal("the flooded tunnel under the old mill", q.Content.Text);
    }

    [Fact]
    public void Training_on_annotations_learns_a_model_that_places_their_starts()
    {
        var articles = PolnearCorpus.Read(Fixtures.Path("polnear-mini")).ToList();
        var model = ContentBoundaryTrainer.Train(articles, epochs: 3, seed: 1, _ => { });
        var (starts, ends) = ContentBoundaryTrainer.Evaluate(model, articles);
        Assert.Equal((1, 1), starts);
        Assert.Equal((1, 1), ends);
    }

    [Fact]
    public void Training_the_reported_speech_filter_learns_to_drop_a_cue_word_not_used_for_speech()
    {
        var articles = PolnearCorpus.Read(Fixtures.Path("polnear-speech")).ToList();
        var boundaries = ContentBoundaryTrainer.Train(articles, epochs: 3, seed: 1, _ => { });
        var model = ReportedSpeechTrainer.Train(articles, boundaries, epochs: 3, seed: 1, _ => { });
        // "spoke at the harbour festival" reports nothing; "She said the pier would reopen" does.
        Assert.Equal((1, 0, 1, 0), ReportedSpeechTrainer.Evaluate(model, boundaries, articles));
    }

    [Fact]
    public void The_built_in_filter_drops_a_cue_word_that_reports_nothing_and_keeps_speech()
    {
        var quotes = QuoteAnalysis.QuotesOf("The harbour master spoke at the ferry festival on Sunday. He said the pier would reopen in May.");
        var q = Assert.Single(quotes);
        Assert.Equal("the pier would reopen in May", q.Content.Text);
    }
}

