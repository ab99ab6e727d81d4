using Newsgraph.Analysis.Text;
using Newsgraph.Analysis.Time;
using Newsgraph.Core.Model;

namespace Newsgraph.Tests.Analysis.Time;

public sealed class EventExtractorTests
{
    private const string Story =
        "The Lowland Council approved the canal budget on May 4, two weeks after a storm flooded the harbour.\n\n" +
        "\u201cWe acted quickly,\u201d the council said in a statement on May 5.\n\n" +
        "Mayor Ada Brenn visited the harbour later in the day.";

    private static ArticleDocument Analyse(string text, bool withEntities)
    {
        var doc = new ArticleDocument { Source = "test", Text = text, Published = new PublicationDate(new DateOnly(2022, 5, 9)) };
        new TokenizerStage().Process(doc);
        new TimeStage().Process(doc);
        if (withEntities)
        {
            int at = text.IndexOf("Ada Brenn", StringComparison.Ordinal);
            var ada = new Entity { Id = new Id<Entity>(1), Name = "Ada Brenn", Type = EntityType.PERSON };
            ada.Mentions.Add(new Mention(new Id<Mention>(1), new AnchoredText(at, at + 9, "Ada Brenn")));
            doc.Entities = [ada];
        }
        new EventStage().Process(doc);
        return doc;
    }

    [Fact]
    public void Events_are_dated_clauses_in_date_order()
    {
        var events = Analyse(Story, withEntities: false).Events!;
        Assert.Equal(["2022-04-20", "2022-05-04", "2022-05-05", "2022-05-05"], events.Select(e => e.Date.Text));
        Assert.Equal("a storm flooded the harbour", events[0].Clause.Text);
        Assert.Equal("the council said in a statement on May 5", events[2].Clause.Text);
        Assert.StartsWith("Mayor Ada Brenn visited", events[3].Clause.Text);
        foreach (var e in events) Assert.Equal(e.Clause.Text, Story[e.Clause.Start..e.Clause.End]);
    }

    private static List<NewsEvent> Timeline(string text)
    {
        var doc = new ArticleDocument { Source = "test", Text = text, Published = new PublicationDate(new DateOnly(2022, 5, 9)) };
        new TokenizerStage().Process(doc);
        new TimeStage().Process(doc);
        new EventStage().Process(doc);
        return doc.Events!;
    }

    [Theory]
    [InlineData("HARBOURTON, May 6 (Lowland Wire) -- The council approved the canal budget on May 4.", "2022-05-04", "The council approved the canal budget on May 4")]
    [InlineData("Profit for the first quarter ended March 31 doubled.", "2022-Q1", "Profit for the first quarter ended March 31 doubled")]
    public void A_dateline_reports_nothing_and_a_period_end_belongs_to_its_period(string text, string date, string clause)
    {
        var e = Assert.Single(Timeline(text));
        Assert.Equal((date, clause), (e.Date.Text, e.Clause.Text));
    }

    [Fact]
    public void A_date_that_describes_a_thing_or_opens_a_period_dates_no_event()
    {
        Assert.Empty(Timeline("Police towed the 1998 Ferrand sedan."));
        Assert.Empty(Timeline("Since 2015, the ferry has lost money."));
    }

    [Fact]
    public void A_range_of_dates_is_one_event_at_its_start()
    {
        var events = Timeline("Fares rose between 2015 and 2019, the ferry company said on May 2.");
        Assert.Equal(["2015", "2022-05-02"], events.Select(e => e.Date.Text));
        Assert.Equal("Fares rose between 2015 and 2019", events[0].Clause.Text);
        Assert.Equal("the ferry company said on May 2", events[1].Clause.Text);
    }


    [Fact]
    public void A_clock_time_takes_the_day_its_clause_names_later()
    {
        var events = Timeline("The storm hit on May 2. The ferry left port at 6 a.m. and sank near the reef on Thursday.");
        Assert.Contains(events, e => e.Date.Text == "2022-05-05T06:00");
        Assert.DoesNotContain(events, e => e.Date.Text.StartsWith("2022-05-02T", StringComparison.Ordinal));
    }

    [Fact]
    public void A_clock_time_with_no_day_in_its_clause_keeps_the_narrative_day()
    {
        var events = Timeline("The storm hit on May 2. The ferry left port at 6 a.m., and the crew was rescued on Thursday.");
        Assert.Contains(events, e => e.Date.Text == "2022-05-02T06:00");
    }

    [Fact]
    public void Participants_are_the_entities_mentioned_in_the_clause()
    {
        var events = Analyse(Story, withEntities: true).Events!;
        Assert.Equal(["e1"], events[3].Participants.Select(p => p.ToString()));
        Assert.Empty(events[1].Participants);
    }

    [Fact]
    public void Quotes_of_the_sentence_link_to_its_event()
    {
        var doc = new ArticleDocument { Source = "test", Text = Story, Published = new PublicationDate(new DateOnly(2022, 5, 9)) };
        new TokenizerStage().Process(doc);
        new TimeStage().Process(doc);
        int q = Story.IndexOf("We acted", StringComparison.Ordinal);
        doc.Quotes = [new Quote { Id = new Id<Quote>(1), Content = new AnchoredText(q, q + 17, "We acted quickly,"), Kind = QuoteKind.Direct }];
        new EventStage().Process(doc);
        var statement = Assert.Single(doc.Events!, e => e.Date.Text == "2022-05-05" && e.Clause.Text.Contains("statement"));
        Assert.Equal(["q1"], statement.Quotes.Select(q => q.ToString()));
    }

    [Fact]
    public void A_continuing_quote_of_the_same_speaker_joins_the_speakers_event()
    {
        const string text = "\u201cWe will rebuild,\u201d Ada Brenn said at a rally on May 4.\n\n\u201cThe harbour comes first,\u201d Brenn added.";
        var doc = new ArticleDocument { Source = "test", Text = text, Published = new PublicationDate(new DateOnly(2022, 5, 9)) };
        new TokenizerStage().Process(doc);
        new TimeStage().Process(doc);
        Quote Said(int number, string words, string speaker)
        {
            int at = text.IndexOf(words, StringComparison.Ordinal), who = text.IndexOf(speaker, at, StringComparison.Ordinal);
            return new Quote
            {
                Id = new Id<Quote>(number), Content = new AnchoredText(at, at + words.Length, words), Kind = QuoteKind.Direct,
                Speaker = new Speaker(new AnchoredText(who, who + speaker.Length, speaker), new Id<Entity>(1)),
            };
        }
        doc.Quotes = [Said(1, "We will rebuild,", "Ada Brenn"), Said(2, "The harbour comes first,", "Brenn")];
        new EventStage().Process(doc);
        var rally = Assert.Single(doc.Events!);
        Assert.Equal(["q1", "q2"], rally.Quotes.Select(q => q.ToString()));
    }
}
