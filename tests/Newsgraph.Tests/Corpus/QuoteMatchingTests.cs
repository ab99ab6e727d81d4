using Newsgraph.Corpus.Quotes;

namespace Newsgraph.Tests.Corpus;

/// <summary>How quotes are normalised and compared, and when two speakers' names agree: fictional statements.</summary>
public sealed class QuoteMatchingTests
{
    private const string Harbour = "The harbour will stay open through the winter, and no fisherman will lose a single day at sea.";

    private static QuoteRelation Relation(string a, string b) => QuoteWords.Of(a).Compare(QuoteWords.Of(b)).Relation;

    [Fact]
    public void Typography_case_accents_and_whitespace_do_not_change_the_words()
    {
        var words = QuoteWords.Of("  \u201CThe caf\u00E9\u2019s   owner \u2014 not the council \u2014 DECIDES,\u201D ");
        Assert.Equal(["the", "cafes", "owner", "not", "the", "council", "decides"], words.Words);
        Assert.Equal(words.Joined, QuoteWords.Of("'the cafe's owner -- not the council - decides'").Joined);
        Assert.Equal(words.Joined, QuoteWords.Of("the cafe`s owner\u2013not the council\u2013decides").Joined);
    }

    [Theory]
    [InlineData("\u201CThe harbour will stay open through the winter \u2014 and no fisherman will lose a single day at sea\u201D")]
    [InlineData("\"the harbour will stay open through the winter -- and no fisherman will lose a single day at sea\"")]
    [InlineData("THE HARBOUR WILL STAY OPEN THROUGH THE WINTER, AND NO FISHERMAN WILL LOSE A SINGLE DAY AT SEA")]
    [InlineData("The harbour will stay open through the winter \u2026 and no fisherman will lose a single day at sea.")]
    [InlineData("The harbour will stay open through the winter, and no fisherman will lose one day at sea.")]
    [InlineData("The harbour will remain open through the winter, and no fisherman will lose a single day at sea.")]
    [InlineData("The harbour will stay open through winter, and no fisherman will lose a single day at sea")]
    public void Variants_of_one_statement_are_the_same_quote(string variant)
    {
        Assert.Equal(QuoteRelation.Same, Relation(variant, Harbour));
        Assert.Equal(QuoteRelation.Same, Relation(Harbour, variant));
    }

    [Theory]
    [InlineData("no fisherman will lose a single day at sea")]
    [InlineData("The harbour will stay open through the winter")]
    [InlineData("stay open through the winter ... no fisherman will lose a single day")]
    [InlineData("No Fisherman Will Lose A Single Day")]
    public void An_excerpt_is_part_of_the_full_quote(string excerpt)
    {
        Assert.Equal(QuoteRelation.PartOf, Relation(excerpt, Harbour));
        Assert.Equal(QuoteRelation.Contains, Relation(Harbour, excerpt));
    }

    [Theory]
    // The same speaker's other statements, sharing many words.
    [InlineData("The harbour will not stay open through the summer, and every fisherman will lose days at sea.")]
    [InlineData("No fisherman will lose his licence, and the harbour will stay open to visitors.")]
    [InlineData("We will not close the harbour school this winter.")]
    // Words of the quote scattered over another sentence are no excerpt of it.
    [InlineData("The winter fisherman will stay at sea")]
    public void Different_statements_sharing_words_stay_apart(string other) =>
        Assert.Equal(QuoteRelation.Apart, Relation(other, Harbour));

    [Fact]
    public void Statements_that_differ_in_one_word_order_stay_apart()
    {
        Assert.Equal(QuoteRelation.Apart, Relation("We will not close the harbour this winter", "We will close the harbour school next winter"));
        Assert.Equal(QuoteRelation.Apart, Relation("the council will pay the farmers", "the farmers will pay the council"));
    }

    [Fact]
    public void A_short_phrase_is_no_excerpt_of_a_statement() =>
        Assert.Equal(QuoteRelation.Apart, Relation("single day", Harbour));

    [Fact]
    public void Keys_survive_one_changed_word_and_skip_common_words_and_ellipsis_gaps()
    {
        var keys = QuoteWords.Of(Harbour).Keys();
        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.NotEmpty(QuoteWords.Of("The harbour will remain open through the winter, and no fisherman will lose a single day at sea.").Keys().Intersect(keys));
        Assert.Empty(QuoteWords.Of("it will be that").Keys());
        // "winter no fisherman" spans the gap an ellipsis marks: no key holds it.
        Assert.Equal(QuoteWords.Of("open through the winter").Keys().Concat(QuoteWords.Of("no fisherman will").Keys()),
            QuoteWords.Of("open through the winter \u2026 no fisherman will").Keys());
    }

    [Theory]
    [InlineData("Ms. Rivera", "Ana Rivera")]
    [InlineData("Rivera", "Ana Rivera")]
    [InlineData("A. Rivera", "Ana Rivera")]
    [InlineData("Ana Rivera", "Ana Sofia Rivera")]
    [InlineData("Minister Ana Rivera", "ANA RIVERA")]
    [InlineData("Mr. Okafor", "Joel Okafor")]
    [InlineData("Dr. José Ortiz", "Jose Ortiz")]
    [InlineData("State Department", "U.S. State Department")]
    public void Names_of_one_speaker_agree(string a, string b)
    {
        Assert.True(SpeakerNames.Agree(a, b));
        Assert.True(SpeakerNames.Agree(b, a));
    }

    [Theory]
    [InlineData("Rivera", "Okafor")]
    [InlineData("Ana Rivera", "Luis Rivera")]
    [InlineData("L. Rivera", "Ana Rivera")]
    [InlineData("Ana Rivera", "Ana Riviera")]
    [InlineData("Health Ministry", "Defence Ministry")]
    public void Names_of_different_speakers_conflict(string a, string b)
    {
        Assert.False(SpeakerNames.Agree(a, b));
        Assert.False(SpeakerNames.Agree(b, a));
    }

    [Fact]
    public void Names_group_by_speaker_under_the_fullest_name_in_the_order_first_named()
    {
        var groups = SpeakerNames.Group(["Ms. Rivera", "Joel Okafor", "Ana Rivera", "Okafor", "Rivera"]);
        Assert.Equal(["Ana Rivera: 0 2 4", "Joel Okafor: 1 3"], groups.Select(g => $"{g.Name}: {string.Join(' ', g.Members)}"));
    }

    [Fact]
    public void Names_resolved_to_one_cross_article_entity_are_one_speaker()
    {
        string[] names = ["Idris Feld", "Idriss Feldt", "Marta Lindqvist"];
        Assert.Equal(3, SpeakerNames.Group(names).Count);
        var groups = SpeakerNames.Group(names, [7, 7, 9]);
        Assert.Equal(["Idris Feld: 0 1", "Marta Lindqvist: 2"], groups.Select(g => $"{g.Name}: {string.Join(' ', g.Members)}"));
    }
}
