using Newsgraph.Corpus.Entities;

namespace Newsgraph.Tests.Corpus;

/// <summary>Name variants that name one entity across articles, and similar names of different ones (fictional names).</summary>
public sealed class EntityResolutionTests
{
    private static NameMatch Compare(string a, string b, string type = "PERSON") =>
        EntityMatcher.Compare(Form(a, type), Form(b, type), EntityNames.TypeGroup(type) == "person");

    private static NameForm Form(string name, string type) => Assert.IsType<NameForm>(EntityNames.Parse(name, type));

    [Theory]
    [InlineData("Adil Harun-Qasemi", "Adel Harun Qassemi")]   // transliteration and a hyphen
    [InlineData("Qasem Dariani", "Qassim Dariani")]
    [InlineData("Qasem Soleiman", "Qassem Suleiman")]
    [InlineData("Harun-Qasemi", "Harun Qasemi")]              // hyphen / space
    [InlineData("José Ibáñez", "JOSE IBANEZ")]                // diacritics and case
    [InlineData("Ilka Brandt's", "Ilka Brandt")]              // possessive
    [InlineData("President Mara Kovic", "Mara Kovic")]        // titles and honorifics
    [InlineData("Dr. Mara Kovic", "Mara Kovic")]
    [InlineData("Sheriff's Deputy Jon Ortell", "Jon Ortell")]
    [InlineData("James R. Dabrow", "James Dabrow")]           // initials
    [InlineData("J. Dabrow", "James Dabrow")]
    [InlineData("Mark Jay Hollis", "Mark Hollis")]            // a middle name
    [InlineData("Arno Vell Jr.", "Arno Vell")]                // a generational suffix
    [InlineData("Fred Lorrimer", "Frederick Lorrimer")]       // a short given name
    [InlineData("Heidar Alishvandi", "Heydar Alishbandi")]    // v and b swapped in transliteration
    public void Variants_of_a_persons_name_are_the_same_name(string a, string b) =>
        Assert.Equal(NameMatch.Same, Compare(a, b));

    [Theory]
    [InlineData("U.S. State Department", "State Department")]   // with and without the country
    [InlineData("the Tarvik Port Authority", "Tarvik Port Authority")]
    [InlineData("NATO", "North Atlantic Treaty Organization")]  // an acronym and its expansion by initials
    [InlineData("N.F.C.", "Northern Fisheries Council")]
    [InlineData("United States", "U.S.")]                      // a country under two of its names
    [InlineData("SEACABLE", "Seacable")]                       // one name written in capitals
    [InlineData("THR", "The Harbour Review")]                  // initials that keep the article
    public void Variants_of_an_organisation_or_place_are_the_same_name(string a, string b) =>
        Assert.Equal(NameMatch.Same, Compare(a, b, "ORG"));

    [Fact]
    public void A_surname_alone_is_part_of_the_full_name_and_needs_context()
    {
        Assert.Equal(NameMatch.Partial, Compare("Brandt", "Ilka Brandt"));
        Assert.Equal(NameMatch.Suffix, Compare("Harun Qasemi", "Adil Harun-Qasemi"));
        Assert.Equal(NameMatch.Partial, Compare("Meron", "Moreno")); // one word spelt another way: context decides
    }

    [Theory]
    [InlineData("Tomas Brandt", "Ilka Brandt")]    // two people sharing a surname
    [InlineData("Vincent Gallo", "Vincent Jarrow")] // two people sharing a given name
    public void Different_people_with_similar_names_conflict(string a, string b) =>
        Assert.Equal(NameMatch.Conflict, Compare(a, b));

    [Fact]
    public void Similar_names_that_differ_stay_apart()
    {
        Assert.False(EntityNames.SameWord("brown", "brian"));
        Assert.Equal(NameMatch.None, Compare("RB", "Rhea Bolt"));                    // people are not their initials
        Assert.Equal(NameMatch.Conflict, Compare("Iraqi Foreign Ministry", "Iranian Foreign Ministry", "ORG"));
        // Fullest names decide: "Tomas Brandt" is not the entity known as "Ilka Brandt" and "Brandt".
        Assert.Equal(NameMatch.Conflict, EntityMatcher.Compare([Form("Tomas Brandt", "PERSON"), Form("Brandt", "PERSON")],
            [Form("Ilka Brandt", "PERSON"), Form("Brandt", "PERSON")], people: true));
    }

    [Fact]
    public void An_honorific_makes_a_person_of_any_tag()
    {
        Assert.True(EntityNames.StartsWithHonorific("Ms. Mendel"));
        Assert.False(EntityNames.StartsWithHonorific("Drake"));
        Assert.Equal(NameMatch.Same, Compare("Dr. Rhea Bolt", "Rhea Bolt", "ORG"));
    }

    [Fact]
    public void Spelling_variants_share_a_skeleton_key()
    {
        Assert.Equal(EntityNames.Skeleton("qasem"), EntityNames.Skeleton("qassim"));
        Assert.Equal(EntityNames.Skeleton("soleimani"), EntityNames.Skeleton("suleimani"));
        Assert.Equal(EntityNames.Skeleton("adil"), EntityNames.Skeleton("adel"));
        Assert.Contains("l:" + EntityNames.Skeleton("brandt"), EntityNames.Keys(Form("Ilka Brandt", "PERSON")));
        Assert.Contains("a:nato", EntityNames.Keys(Form("North Atlantic Treaty Organization", "ORG")));
    }

    [Fact]
    public void Types_link_within_their_group()
    {
        Assert.True(EntityNames.Compatible("GPE", "LOC"));
        Assert.True(EntityNames.Compatible("PERSON", "MISC"));
        Assert.False(EntityNames.Compatible("PERSON", "GPE"));
        Assert.False(EntityNames.Compatible("ORG", "GPE"));
    }

    [Fact]
    public void A_place_name_of_two_countries_is_read_by_the_places_around_it()
    {
        Assert.Equal(["GE", "US"], EntityNames.PlaceCountries("Georgia").Order());
        Assert.Equal("US", EntityNames.PlaceCountry("Georgia", new HashSet<string> { "US" }));
        Assert.Equal("GE", EntityNames.PlaceCountry("Georgia", new HashSet<string> { "AM", "UA" }));
        Assert.Equal("GE", EntityNames.PlaceCountry("Georgia", new HashSet<string>()));
    }

    [Fact]
    public void Known_names_are_found_where_the_tagger_marked_none_longest_first()
    {
        const string text = "Ilka Brandt met the council. Brandt said Brandtford and the Brandt family agreed; Brandt.";
        var names = new Dictionary<string, long> { ["Brandt"] = 4, ["Ilka Brandt"] = 4, ["Tarvik"] = 6 };
        var found = KnownNames.Find(text, [(29, 35)], names); // the tagger marked the second "Brandt"
        Assert.Equal([(0, 11, "Ilka Brandt", 4L), (60, 66, "Brandt", 4L), (82, 88, "Brandt", 4L)], found);
        Assert.False(KnownNames.Findable("he"));
        Assert.True(KnownNames.Findable("NFC"));
    }

    [Fact]
    public void Known_names_are_found_in_capitals_but_not_short_ones()
    {
        const string title = "ILKA BRANDT SAYS US DOCKERS WILL STAY OUT";
        var names = new Dictionary<string, long> { ["Ilka Brandt"] = 4, ["Us"] = 7 };
        Assert.Equal([(0, 11, "ILKA BRANDT", 4L)], KnownNames.Find(title, [], names));
        // A capital form two entities share is left alone, as the written names are.
        Assert.Empty(KnownNames.Find("BRANDT SPOKE", [], new Dictionary<string, long> { ["Brandt"] = 4, ["BRANDt"] = 5 }));
    }

    [Fact]
    public void A_known_name_is_found_over_a_tagged_mention_it_holds_whole_but_not_over_one_it_cuts()
    {
        const string text = "The Harbour Board administration met Arno Vell Jr. and Ilka Brandt.";
        var names = new Dictionary<string, long> { ["Harbour Board administration"] = 2, ["Arno Vell Jr"] = 3, ["Ilka Brandt"] = 5 };
        // Tagged: "Harbour Board" (4-17), "Arno Vell" (37-46), "Ilka Brandt" (55-66), the same as a name.
        var found = KnownNames.Find(text, [(4, 17), (37, 46), (55, 66)], names);
        Assert.Equal([(4, 32, "Harbour Board administration", 2L), (37, 49, "Arno Vell Jr", 3L)], found);
        // "Vell Jr" would cut the tagged "Arno Vell".
        Assert.Empty(KnownNames.Find("Arno Vell Jr. left.", [(0, 9)], new Dictionary<string, long> { ["Vell Jr"] = 3 }));
    }

    [Fact]
    public void Initials_with_the_article_are_looked_up_under_the_name_without_it()
    {
        Assert.Contains("a:hr", EntityNames.LookupKeys(Form("THR", "ORG")));
        Assert.Contains("a:hr", EntityNames.Keys(Form("The Harbour Review", "ORG")));
        Assert.DoesNotContain("a:fc", EntityNames.LookupKeys(Form("NFC", "ORG")));
    }

    [Theory]
    [InlineData("Mayor Rhea Bolt", "PERSON", "Rhea Bolt")]             // a title tagged with the name
    [InlineData("Dr. Rhea Bolt", "PERSON", "Rhea Bolt")]
    [InlineData("Sheriff's Deputy Jon Ortell", "PERSON", "Jon Ortell")]
    [InlineData("Mr. Ortell", "ORG", "Ortell")]                       // an honorific makes a person of any tag
    [InlineData("Rhea Bolt", "PERSON", "Rhea Bolt")]
    [InlineData("President", "PERSON", "President")]                 // all title: kept as written
    [InlineData("Harbour Review", "ORG", "Harbour Review")]          // other names as written
    [InlineData("General Harbour Works", "ORG", "General Harbour Works")]
    public void A_persons_name_is_listed_without_the_titles_tagged_with_it(string mention, string type, string name) =>
        Assert.Equal(name, EntityNames.WrittenName(mention, type));

    [Fact]
    public void An_organisation_named_by_the_first_words_of_its_name_leads_it()
    {
        Assert.True(EntityMatcher.Leads([Form("Tarvik", "ORG")], [Form("Tarvik Rovers", "ORG")]));
        Assert.True(EntityMatcher.Leads([Form("Orrin Harbour", "ORG")], [Form("Orrin Harbour Board", "ORG")]));
        Assert.False(EntityMatcher.Leads([Form("Rovers", "ORG")], [Form("Tarvik Rovers", "ORG")]));      // the last word is a suffix, matched as such
        Assert.False(EntityMatcher.Leads([Form("Tarvik Rovers", "ORG")], [Form("Tarvik Rovers", "ORG")])); // the same name does not lead itself
        Assert.False(EntityMatcher.Leads([Form("TR", "ORG")], [Form("TR Holdings", "ORG")]));
        // Without the context the resolver asks for, the names alone do not match.
        Assert.Equal(NameMatch.None, Compare("Tarvik", "Tarvik Rovers", "ORG"));
    }

    [Theory]
    [InlineData("Orrin Clinic", "Orrin")]                       // the name without the kind of body it is
    [InlineData("Orrin Clinic", "Orrin Centre")]
    [InlineData("Tarvik Shipping Corp.", "Tarvik Shipping")]    // a legal form
    [InlineData("Tarvik Shipping Co", "Tarvik Shipping Ltd")]
    public void An_organisation_without_its_kind_or_legal_form_is_part_of_its_name(string a, string b) =>
        Assert.Equal(NameMatch.Suffix, Compare(a, b, "ORG"));

    [Fact]
    public void Organisations_of_one_kind_stay_apart_and_legal_forms_are_no_initials()
    {
        Assert.Equal(NameMatch.None, Compare("Orrin Clinic", "Tarvik Clinic", "ORG"));
        Assert.NotEqual(NameMatch.Suffix, Compare("Orrin Clinic", "Orrin", "PERSON")); // people are not organisations
        Assert.Equal("ts", EntityNames.Initials(Form("Tarvik Shipping Corp.", "ORG")));
        Assert.Null(EntityNames.Initials(Form("Marlow Inc.", "ORG")));               // "MI" is not Marlow Inc.
        Assert.Equal("mc", EntityNames.Initials(Form("Medical Centre", "ORG")));
    }

    [Fact]
    public void An_organisation_tagged_as_a_place_may_cross_types_a_known_place_may_not()
    {
        Assert.True(EntityNames.OrganisationTaggedAsPlace("ORG", "Rovers", "GPE", "Tarvik Rovers"));
        Assert.True(EntityNames.OrganisationTaggedAsPlace("GPE", "Tarvik Rovers", "ORG", "Rovers"));
        Assert.False(EntityNames.OrganisationTaggedAsPlace("ORG", "Orleans Rovers", "GPE", "New Orleans"));   // a known place
        Assert.False(EntityNames.OrganisationTaggedAsPlace("ORG", "Tarvik Rovers", "GPE", "Tarvik"));        // one word: a town the gazetteer lacks
        Assert.False(EntityNames.OrganisationTaggedAsPlace("PERSON", "Ilka Rovers", "GPE", "Tarvik Rovers"));
    }
}
