using Newsgraph.Analysis.Text;

namespace Newsgraph.Tests.Analysis;

public sealed class TokenizerTests
{
    private static string[] Words(string text) => Tokenizer.Tokenize(text).Select(t => t.Text).ToArray();

    [Theory]
    [InlineData("The U.S. Senate met.", new[] { "The", "U.S.", "Senate", "met", "." })]
    [InlineData("Sen. Jane Q. Doe left on Jan. 5.", new[] { "Sen.", "Jane", "Q.", "Doe", "left", "on", "Jan.", "5", "." })]
    [InlineData("Abdul-Mahdi's agreed-upon plan", new[] { "Abdul-Mahdi", "'s", "agreed-upon", "plan" })]
    [InlineData("about 5,000 troops, 3.5 percent", new[] { "about", "5,000", "troops", ",", "3.5", "percent" })]
    [InlineData("There does...need to be", new[] { "There", "does", "...", "need", "to", "be" })]
    [InlineData("partnership -- not", new[] { "partnership", "--", "not" })]
    [InlineData("\u201cWe won\u2019t,\u201d she said.", new[] { "\u201c", "We", "wo", "n\u2019t", ",", "\u201d", "she", "said", "." })]
    [InlineData("See https://example.org/a?b=1. Then #news @desk", new[] { "See", "https://example.org/a?b=1", ".", "Then", "#news", "@desk" })]
    [InlineData("countries' troops", new[] { "countries", "'", "troops" })]
    [InlineData("the AB/CD bureau and/or", new[] { "the", "AB/CD", "bureau", "and", "/", "or" })]
    [InlineData("Tarvia 's mayor said I 'm done", new[] { "Tarvia", "'s", "mayor", "said", "I", "'m", "done" })]
    [InlineData("he said 'so it goes'", new[] { "he", "said", "'", "so", "it", "goes", "'" })]
    [InlineData("a C$ 40 bond, HK$5 and 5 $", new[] { "a", "C$", "40", "bond", ",", "HK$", "5", "and", "5", "$" })]
    public void Keeps_news_units_together_and_splits_clitics(string text, string[] expected) =>
        Assert.Equal(expected, Words(text));

    [Fact]
    public void Token_offsets_point_into_the_text()
    {
        const string text = "Mr. Lee\u2019s \u201cplan\u201d failed.";
        foreach (var t in Tokenizer.Tokenize(text))
            Assert.Equal(t.Text, text[t.Start..t.End]);
    }

    [Fact]
    public void Pretokenised_text_keeps_its_token_boundaries()
    {
        const string text = "EU rejects German call to boycott British lamb .";
        Assert.Equal(text.Split(' '), Words(text));
    }
}

public sealed class SentenceSplitterTests
{
    private static string[] Sentences(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        return SentenceSplitter.Split(text, tokens).Select(s => s.Span.Slice(text)).ToArray();
    }

    [Fact]
    public void Splits_after_closing_quotes_and_not_after_titles()
    {
        var s = Sentences("\u201cWe will go,\u201d Gen. Smith said. \u201cNow.\u201d He left the U.S. Embassy at 5 p.m. Monday.");
        Assert.Equal(["\u201cWe will go,\u201d Gen. Smith said.", "\u201cNow.\u201d", "He left the U.S. Embassy at 5 p.m. Monday."], s);
    }

    [Fact]
    public void An_abbreviation_ends_a_sentence_when_a_new_one_clearly_starts()
    {
        var s = Sentences("Troops left the U.S. The base closed.");
        Assert.Equal(["Troops left the U.S.", "The base closed."], s);
    }

    [Fact]
    public void Line_breaks_end_sentences_and_ellipses_inside_words_do_not()
    {
        var s = Sentences("A headline\n\nThere does...need to be talks. \"Yes,\" he said.");
        Assert.Equal(["A headline", "There does...need to be talks.", "\"Yes,\" he said."], s);
    }

    [Fact]
    public void Abbreviations_written_in_capitals_do_not_end_sentences()
    {
        var s = Sentences("FANS IN ST. LOUIS CHEERED. The game went on.");
        Assert.Equal(["FANS IN ST. LOUIS CHEERED.", "The game went on."], s);
    }
}
