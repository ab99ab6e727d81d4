using Newsgraph.Analysis.Quotes;
using Newsgraph.Analysis.Text;
using Newsgraph.Core.Model;

namespace Newsgraph.Tests.Analysis.Quotes;

public sealed class QuoteStageTests
{
    private static ArticleDocument Analyze(string text, List<Entity>? entities = null, string? published = "2031-03-07")
    {
        PublicationDate.TryParse(published, out var date);
        var doc = new ArticleDocument { Source = "test", Text = text, Published = date };
        new TokenizerStage().Process(doc);
        doc.Entities = entities;
        new QuoteStage().Process(doc);
        return doc;
    }

    private static Entity Person(string id, string name, string text, params string[] mentions)
    {
        var e = new Entity { Id = Id<Entity>.Parse(id), Name = name, Type = EntityType.PERSON };
        foreach (var m in mentions)
            for (int at = text.IndexOf(m, StringComparison.Ordinal); at >= 0; at = text.IndexOf(m, at + 1, StringComparison.Ordinal))
                e.Mentions.Add(new Mention(new Id<Mention>(e.Mentions.Count + 1), new AnchoredText(at, at + m.Length, m)));
        return e;
    }

    private static Quote Single(ArticleDocument doc, string text) => Assert.Single(doc.Quotes!, q => q.Content.Text == text);

    [Theory]
    [InlineData("\u201cThe bridge will open in May,\u201d Mayor Ada Quint said.")]
    [InlineData("\"The bridge will open in May,\u201d Mayor Ada Quint said.")]
    [InlineData("\u201cThe bridge will open in May,\" Mayor Ada Quint said.")]
    [InlineData("\u00abThe bridge will open in May,\u00bb Mayor Ada Quint said.")]
    [InlineData("\u201eThe bridge will open in May,\u201c Mayor Ada Quint said.")]
    [InlineData("''The bridge will open in May,'' Mayor Ada Quint said.")]
    public void Finds_direct_quotes_in_every_mark_style_with_their_speaker(string text)
    {
        var q = Single(Analyze(text), "The bridge will open in May,");
        Assert.Equal(QuoteKind.Direct, q.Kind);
        Assert.Equal("Mayor Ada Quint", q.Speaker?.At.Text);
        Assert.Equal("said", q.Cue?.Text);
    }

    [Fact]
    public void Interrupted_quote_keeps_its_speaker_for_the_second_part()
    {
        var doc = Analyze("\u201cWe ran out of sand,\u201d said Tomas Brel, the site foreman. \u201cNobody planned for a dry summer.\u201d");
        Assert.Equal("Tomas Brel", Single(doc, "We ran out of sand,").Speaker?.At.Text);
        Assert.Equal("Tomas Brel", Single(doc, "Nobody planned for a dry summer.").Speaker?.At.Text);
    }

    [Fact]
    public void A_quote_over_several_paragraphs_is_one_quote()
    {
        const string text = "Ines Marr said: \u201cThe river rose overnight.\n\n\u201cBy morning the road was gone.\u201d";
        var q = Assert.Single(Analyze(text).Quotes!, q => q.Kind == QuoteKind.Direct);
        Assert.StartsWith("The river rose overnight.", q.Content.Text);
        Assert.EndsWith("By morning the road was gone.", q.Content.Text);
        Assert.Equal("Ines Marr", q.Speaker?.At.Text);
    }

    [Fact]
    public void Partial_quote_in_indirect_speech_is_mixed_and_a_scare_quoted_term_is_not_a_quote()
    {
        const string text = "The council said the plan was \u201ca waste of public money\u201d and blamed the \u201cgreen lobby\u201d for the delay.";
        var doc = Analyze(text);
        var mixed = Assert.Single(doc.Quotes!, q => q.Kind == QuoteKind.Mixed && q.Cue?.Text == "said");
        Assert.StartsWith("the plan was", mixed.Content.Text);
        Assert.Equal("The council", Single(doc, "a waste of public money").Speaker?.At.Text);
        Assert.DoesNotContain(doc.Quotes!, q => q.Content.Text == "green lobby");
    }

    [Fact]
    public void Unattributed_title_of_a_work_is_not_a_quote()
    {
        var doc = Analyze("She starred in \u201cThe Long Winter Of Harrow Bay\u201d last year.");
        Assert.Empty(doc.Quotes!);
    }

    [Fact]
    public void A_dash_and_a_name_after_a_quotation_credit_it()
    {
        const string text = "Readers wrote about the harbour this week.\n\n\u201cThe lights on the pier are back and the town feels alive.\u201d \u2015 Mira Holt "
            + "\u201cWe waited the whole winter for the ferry to run again.\u201d \u2014 Oskar Lind";
        var doc = Analyze(text);
        Assert.Equal("Mira Holt", Single(doc, "The lights on the pier are back and the town feels alive.").Speaker?.At.Text);
        Assert.Equal("Oskar Lind", Single(doc, "We waited the whole winter for the ferry to run again.").Speaker?.At.Text);
    }

    [Fact]
    public void A_cue_form_unseen_in_training_is_known_through_its_frequent_inflections()
    {
        // The lexicon lists the past tense of this verb as a cue but never its third-person form.
        var q = Assert.Single(Analyze("Lena Vos reiterates that the mine would close by June.").Quotes!);
        Assert.Equal("Lena Vos", q.Speaker?.At.Text);
        Assert.Contains("the mine would close by June", q.Content.Text);
    }

    [Fact]
    public void Indirect_speech_with_according_to_and_a_reporting_outlet_as_via()
    {
        const string text = "Lena Vos told investors that the mine would close by June, the Daily Courier reported.";
        var doc = Analyze(text);
        var inner = Assert.Single(doc.Quotes!, q => q.Speaker?.At.Text == "Lena Vos");
        Assert.Equal("that the mine would close by June", inner.Content.Text);
        Assert.Equal("the Daily Courier", inner.Via?.At.Text);

        var according = Assert.Single(Analyze("The dam cracked twice in April, according to Harbor Weekly.").Quotes!);
        Assert.Equal("The dam cracked twice in April", according.Content.Text);
        Assert.Equal("Harbor Weekly", according.Speaker?.At.Text);
    }

    [Fact]
    public void Pronoun_speaker_resolves_to_the_nearest_person_entity()
    {
        const string text = "Finance Minister Oren Kalb arrived late.\n\n\u201cThe numbers do not add up,\u201d he said.";
        var doc = Analyze(text, [Person("e1", "Oren Kalb", text, "Oren Kalb")]);
        var q = Single(doc, "The numbers do not add up,");
        Assert.Equal("he", q.Speaker?.At.Text);
        Assert.Equal("e1", q.Speaker?.Entity?.ToString());
    }

    [Fact]
    public void A_statement_speaks_for_whoever_issued_it()
    {
        const string text = "\u201cThe port stays open,\u201d the Harbor Authority said in a statement. "
                            + "\u201cShips may dock as usual,\u201d the statement added.";
        var q = Single(Analyze(text), "Ships may dock as usual,");
        Assert.Equal("the statement", q.Speaker?.At.Text);
        Assert.Equal("the Harbor Authority", q.Speaker?.Name);
    }

    [Fact]
    public void Quote_is_dated_by_its_sentence_else_by_the_article()
    {
        const string text = "\u201cWe will appeal,\u201d the club said on March 3. \u201cThe fans deserve better,\u201d the coach said.";
        var doc = Analyze(text);
        Assert.Equal("2031-03-03", Single(doc, "We will appeal,").Date?.Text);
        Assert.Equal("2031-03-07", Single(doc, "The fans deserve better,").Date?.Text);
    }

    [Fact]
    public void Quote_marks_and_offsets_point_into_the_text()
    {
        const string text = "Asked about the vote, Pia Lund said: \u201cIt was close.\u201d Others said nothing.";
        foreach (var q in Analyze(text).Quotes!)
        {
            Assert.Equal(q.Content.Text, text[q.Content.Start..q.Content.End]);
            if (q.Speaker is { } s) Assert.Equal(s.At.Text, text[s.At.Start..s.At.End]);
        }
    }

    [Fact]
    public void A_quote_closed_by_a_full_stop_is_not_credited_to_the_next_sentence()
    {
        const string text = "Ana Ruiz says the harbour plan is \u201cbetter than nothing at all.\u201d She says the ferries will run again in May.";
        var q = Single(Analyze(text), "better than nothing at all.");
        Assert.Equal("Ana Ruiz", q.Speaker?.At.Text);
    }

    [Fact]
    public void A_sentence_without_a_cue_credits_its_quotation_to_its_subject()
    {
        const string text = "The pier reopened on Monday.\n\nOskar Lind then blamed the council for \u201ceight months of empty promises\u201d at the harbour.";
        var doc = Analyze(text, [Person("e1", "Oskar Lind", text, "Oskar Lind")]);
        Assert.Equal("Oskar Lind", Single(doc, "eight months of empty promises").Speaker?.At.Text);
    }

    [Fact]
    public void The_one_told_is_the_addressee_not_the_speaker()
    {
        const string text = "\u201cWe will rebuild the pier,\u201d Ana Ruiz, 58, told Harbor Weekly in an interview.";
        Assert.Equal("Ana Ruiz", Single(Analyze(text), "We will rebuild the pier,").Speaker?.At.Text);
    }

    [Fact]
    public void An_inverted_credit_may_carry_a_quoted_title_and_go_on_quoting()
    {
        const string text = "\u201cThe ferries are late again,\u201d said Mira Holt, the author of \u201cTides,\u201d who lives by the pier. \u201cNobody knows why.\u201d";
        var doc = Analyze(text);
        Assert.Equal("Mira Holt", Single(doc, "The ferries are late again,").Speaker?.At.Text);
        const string interrupted = "\u201cThe ferries are late,\u201d said Mira Holt, \u201cand nobody knows why.\u201d";
        Assert.Equal("Mira Holt", Single(Analyze(interrupted), "and nobody knows why.").Speaker?.At.Text);
    }

    [Fact]
    public void A_cue_coordinated_with_an_earlier_verb_takes_its_subject()
    {
        const string text = "The ferry strike ended on Friday.\n\nOskar Lind praised the crews and said the harbour would reopen \u201cas soon as the tide allows.\u201d";
        var doc = Analyze(text, [Person("e1", "Oskar Lind", text, "Oskar Lind")]);
        var reported = Assert.Single(doc.Quotes!, q => q.Cue?.Text == "said" && q.Kind == QuoteKind.Mixed);
        Assert.StartsWith("the harbour would reopen", reported.Content.Text);
        Assert.Equal("Oskar Lind", reported.Speaker?.At.Text);
        Assert.Equal("Oskar Lind", Single(doc, "as soon as the tide allows.").Speaker?.At.Text);
    }

    [Fact]
    public void Any_verb_closing_the_sentence_after_a_quotation_credits_it()
    {
        const string text = "\u201cWho will pay for the new pier?\u201d Mira Holt asks pointedly. \u201cNot the ferry company,\u201d she answers.";
        var doc = Analyze(text);
        Assert.Equal("Mira Holt", Single(doc, "Who will pay for the new pier?").Speaker?.At.Text);
        var answer = Single(doc, "Not the ferry company,");
        Assert.Equal("she", answer.Speaker?.At.Text);
        Assert.Equal("answers", answer.Cue?.Text);
        // A lower-case verb after a quotation without a closing comma or question mark is no credit.
        Assert.DoesNotContain(Analyze("They sang \u201cHarbour Lights\u201d Mira sails.").Quotes!, q => q.Cue?.Text == "sails");
    }

    [Fact]
    public void A_clause_after_the_cue_is_its_content_not_an_adjunct()
    {
        var doc = Analyze("In the harbour towns, half of the ferry crews said they were angry.");
        var q = Assert.Single(doc.Quotes!);
        Assert.Equal("they were angry", q.Content.Text);
        Assert.Equal("half of the ferry crews", q.Speaker?.At.Text);
        // An adjunct after the cue still leaves the content before it.
        var adjunct = Assert.Single(Analyze("The pier will stay shut, the harbour master said on Tuesday.").Quotes!);
        Assert.Equal("The pier will stay shut", adjunct.Content.Text);
    }

    [Fact]
    public void A_pronoun_after_a_cue_opens_the_content_rather_than_naming_an_inverted_source()
    {
        var q = Assert.Single(Analyze("Mira Holt, 34, a welder from Harrow Bay, said she came to the meeting to speak for the crews.").Quotes!);
        Assert.Equal("Mira Holt", q.Speaker?.At.Text);
        Assert.StartsWith("she came to the meeting", q.Content.Text);
    }
}

