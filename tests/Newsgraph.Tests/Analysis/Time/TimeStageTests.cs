using Newsgraph.Analysis.Text;
using Newsgraph.Analysis.Time;
using Newsgraph.Core.Model;

namespace Newsgraph.Tests.Analysis.Time;

public sealed class TimeStageTests
{
    // a Friday
    private static readonly DateOnly Dct = new(2021, 3, 12);

    internal static List<TimeExpression> Times(string text, DateOnly? dct)
    {
        var tokens = Tokenizer.Tokenize(text);
        return TimeStage.Find(text, tokens, SentenceSplitter.Split(text, tokens), dct);
    }

    private static TimeExpression Single(string text, DateOnly? dct = null) => Assert.Single(Times(text, dct ?? Dct));

    [Theory]
    [InlineData("The council met on Thursday.", "Thursday", "2021-03-11")]
    [InlineData("The council will meet on Thursday.", "Thursday", "2021-03-18")]
    [InlineData("The mayor spoke Friday.", "Friday", "2021-03-12")]
    [InlineData("Talks broke down last week.", "last week", "2021-W09")]
    [InlineData("Exports rose this week.", "this week", "2021-W10")]
    [InlineData("The bridge opened two years ago.", "two years ago", "2019")]
    [InlineData("Prices fell yesterday.", "yesterday", "2021-03-11")]
    [InlineData("The port closed earlier this month.", "earlier this month", "2021-03")]
    [InlineData("The dam was finished on Jan. 5, 2019.", "Jan. 5, 2019", "2019-01-05")]
    [InlineData("The ferry sank on 4 February.", "4 February", "2021-02-04")]
    [InlineData("The plant closed in late November.", "late November", "2020-11")]
    [InlineData("Revenue rose in the third quarter.", "the third quarter", "2020-Q3")]
    [InlineData("Revenue will rise in the third quarter.", "the third quarter", "2021-Q3")]
    [InlineData("The archive dates from the 1950s.", "the 1950s", "195")]
    [InlineData("Archives of 1950s films burned.", "1950s", "195X")]
    public void Dates_are_normalised_against_the_publication_date(string text, string span, string value)
    {
        var t = Single(text);
        Assert.Equal((span, value, TimeType.DATE), (t.At.Text, t.Value.Text, t.Type));
        Assert.Equal(span, text[t.At.Start..t.At.End]);
    }

    [Theory]
    [InlineData("She led the board for three years.", "three years", TimeType.DURATION, "P3Y")]
    [InlineData("The strike lasted nearly two weeks.", "nearly two weeks", TimeType.DURATION, "P2W")]
    [InlineData("Sales grew over the past two months.", "the past two months", TimeType.DURATION, "P2M")]
    [InlineData("A 16-hour flight followed.", "16-hour", TimeType.DURATION, "PT16H")]
    [InlineData("The market opens every Monday.", "every Monday", TimeType.SET, "XXXX-WXX-1")]
    [InlineData("The paper is printed daily.", "daily", TimeType.SET, "P1D")]
    [InlineData("The firm is now in talks.", "now", TimeType.DATE, "PRESENT_REF")]
    [InlineData("The town recently built a school.", "recently", TimeType.DATE, "PAST_REF")]
    [InlineData("The ship docked at 10:35 a.m. Tuesday.", "10:35 a.m. Tuesday", TimeType.TIME, "2021-03-09T10:35")]
    [InlineData("The ferry sank mid-afternoon yesterday.", "mid-afternoon yesterday", TimeType.TIME, "2021-03-11TAF")]
    [InlineData("The ferry left at midday Tuesday.", "midday Tuesday", TimeType.TIME, "2021-03-09T12:00")]
    [InlineData("The crew stayed on the island for 2 1/2 years.", "2 1/2 years", TimeType.DURATION, "P2Y6M")]
    [InlineData("The debate ran for an hour and a half.", "an hour and a half", TimeType.DURATION, "PT1H30M")]
    [InlineData("Prices may rise over the next couple of years.", "the next couple of years", TimeType.DURATION, "P2Y")]
    [InlineData("Rates will stay low in the near future.", "the near future", TimeType.DATE, "FUTURE_REF")]
    public void Durations_sets_references_and_clock_times_have_their_types(string text, string span, TimeType type, string value)
    {
        var t = Single(text);
        Assert.Equal((span, type, value), (t.At.Text, t.Type, t.Value.Text));
    }

    [Theory]
    [InlineData("The talks are set to resume Monday in the capital.", "2021-03-15")]
    [InlineData("The ferry could sail as early as Tuesday.", "2021-03-16")]
    [InlineData("The port agreed to reopen Tuesday.", "2021-03-09")]
    [InlineData("The ministers meet Monday in the capital.", "2021-03-15")]
    [InlineData("The new bridge opens Thursday.", "2021-03-18")]
    public void An_infinitive_or_a_scheduling_present_before_a_weekday_looks_ahead(string text, string value)
    {
        Assert.Equal(value, Single(text).Value.Text);
    }

    [Fact]
    public void A_participle_after_a_determiner_is_no_past_tense()
    {
        var t = Single("The bonus would be paid on a still unspecified date in January.", new DateOnly(2021, 10, 20));
        Assert.Equal("2022-01", t.Value.Text);
    }

    [Fact]
    public void A_narrative_year_counts_from_the_year_last_named()
    {
        var times = Times("The mill opened in 1995, and the following year it doubled its staff.", Dct);
        Assert.Equal(["1995", "1996"], times.Select(t => t.Value.Text));
    }

    [Fact]
    public void Without_a_publication_date_an_unknown_year_stays_unknown()
    {
        var t = Assert.Single(Times("The fair opened on January 9.", null));
        Assert.Equal("XXXX-01-09", t.Value.Text);
    }

    [Fact]
    public void Narrative_expressions_count_from_the_date_last_mentioned()
    {
        var times = Times("The mayor resigned on March 2. Her deputy took over later in the day. He left the next day.", Dct);
        Assert.Equal(["2021-03-02", "2021-03-02", "2021-03-03"], times.Select(t => t.Value.Text));
    }

    [Fact]
    public void Ages_fractions_and_modal_may_are_not_times()
    {
        Assert.Empty(Times("The 6-year-old boy ate three-quarters of the cake and may stay.", Dct));
    }

    [Fact]
    public void A_sentence_final_period_after_p_m_belongs_to_the_sentence()
    {
        var t = Single("The polls closed at 8 p.m.");
        Assert.Equal("8 p.m", t.At.Text);
        Assert.Equal("2021-03-12T20:00", t.Value.Text);
    }

    [Fact]
    public void Digits_of_other_scripts_are_not_read_as_dates()
    {
        var t = Assert.Single(Times("Ticket \u09eb\u09e6 was sold on 12 May.", Dct));
        Assert.Equal("2021-05-12", t.Value.Text);
    }

    [Fact]
    public void Without_a_publication_date_a_full_date_in_the_text_gives_the_year()
    {
        var times = Times("The plan was signed on April 21, 2022. Work began on May 3 at 9 a.m.", null);
        Assert.Equal(["2022-04-21", "2022-05-03", "2022-05-03T09:00"], times.Select(t => t.Value.Text));
    }
}
