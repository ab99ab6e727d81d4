using Newsgraph.Extraction;

namespace Newsgraph.Tests.Extraction.Credits;

public sealed class CreditFinderTests
{
    [Theory]
    [InlineData("WASHINGTON (AP) — The council met on Monday.", "AP")]
    [InlineData("HEMPSTEAD, N.Y., Sept. 26 (UPI) — The debate began late.", "UPI")]
    [InlineData("Sept. 26 (UPI) -- The debate began late.", "UPI")]
    [InlineData("(Reuters) - Shares rose on Tuesday.", "Reuters")]
    [InlineData("MACAU (Reuters) – A donor said on Friday he met the candidate.", "Reuters")]
    [InlineData("New York (AFP) – An actress said she was not sure.", "AFP")]
    [InlineData("BERLIN (dpa) - Die Regierung hat am Montag beschlossen.", "dpa")]
    [InlineData("MOSCOW (Interfax) — The ministry said on Friday.", "Interfax")]
    [InlineData("KUWAIT CITY, May 3 (KUNA) -- The assembly met.", "KUNA")]
    [InlineData("LONDON (The Associated Press) — Rain fell.", "AP")]
    public void Datelines_name_the_agency(string paragraph, string agency) =>
        Assert.Equal([agency], CreditFinder.FindInBody(paragraph));

    [Theory]
    [InlineData("Sen. Ted Cruz (R-Texas) — who spoke first — said no.")]
    [InlineData("The committee (which met twice) — so the minutes say — agreed.")]
    [InlineData("He told the Associated Press (AP) on Monday that he would run.")]
    [InlineData("officials said (AP) — in lowercase text that is no dateline.")]
    public void Parentheses_that_are_no_dateline_credit_nobody(string paragraph) =>
        Assert.Empty(CreditFinder.FindInBody(paragraph));

    [Fact]
    public void Based_on_reporting_by_lists_every_agency()
    {
        var scan = CreditFinder.Scan(["The minister resigned on Friday after a long dispute with the party leadership over the budget.", "Based on reporting by Reuters, AFP, and AP"]);
        Assert.Equal(["Reuters", "AFP", "AP"], scan.Credits);
        Assert.Equal([1], scan.CreditLines);
    }

    [Theory]
    [InlineData("With reporting by Agence France-Presse", "AFP")]
    [InlineData("Compiled from Associated Press and Reuters reports", "AP")]
    [InlineData("The Associated Press contributed to this report.", "AP")]
    [InlineData("CNN's Dana Rooke contributed to this report.", "CNN")]
    [InlineData("Mit Material von dpa", "dpa")]
    [InlineData("Con información de EFE", "EFE")]
    [InlineData("(Reporting by Jon Amberley; Editing by Clara Voss)", "Reuters")]
    [InlineData("— AFP", "AFP")]
    public void Credit_lines_are_credits_and_not_body(string line, string first)
    {
        var scan = CreditFinder.Scan(["A long opening paragraph of the story that tells what happened on the river on Sunday morning.", line]);
        Assert.Equal(first, scan.Credits[0]);
        Assert.Contains(1, scan.CreditLines);
    }

    [Theory]
    [InlineData("Amanda Frey contributed reporting.")]
    [InlineData("Additional reporting by Lena Marsh in Oslo.")]
    public void Reporters_are_not_credits_but_their_line_is_no_body(string line)
    {
        var scan = CreditFinder.Scan(["A long opening paragraph of the story that tells what happened on the river on Sunday morning.", line]);
        Assert.Empty(scan.Credits);
        Assert.Contains(1, scan.CreditLines);
    }

    [Fact]
    public void Wire_trailer_closing_the_last_paragraph_credits_the_agency() =>
        Assert.Equal(["Reuters"], CreditFinder.FindInBody("The vote is due next week. (Reporting by Jon Amberley in Oslo; Editing by Clara Voss.)"));

    [Fact]
    public void Agency_name_amid_the_text_is_a_photo_credit()
    {
        var scan = CreditFinder.Scan([
            "A long opening paragraph of the story that tells what happened on the river on Sunday morning.",
            "ASSOCIATED PRESS.",
            "A second long paragraph that goes on with the story and quotes a witness who saw the boats.",
        ]);
        Assert.Empty(scan.Credits);
    }

    [Fact]
    public void A_long_sentence_mentioning_reporting_is_body_text()
    {
        const string sentence = "Reporting by local journalists showed that the council had ignored three warnings about the bridge before it closed in the spring, and the mayor has since promised an inquiry into how the warnings were handled by the staff of the roads department over the past four years and more.";
        Assert.Empty(CreditFinder.Scan([sentence]).CreditLines);
    }

    [Theory]
    [InlineData("Associated Press", "AP")]
    [InlineData("the Associated Press", "AP")]
    [InlineData("Agence France Presse", "AFP")]
    [InlineData("ITAR-TASS", "TASS")]
    [InlineData("Xinhua News Agency", "Xinhua")]
    [InlineData("Bloomberg News", "Bloomberg")]
    public void Agency_names_are_normalised(string name, string canonical) =>
        Assert.Equal(canonical, WireAgencies.Canonical(name));

    [Fact]
    public void Short_acronyms_must_match_in_case() => Assert.Null(WireAgencies.Canonical("Pa"));
}
