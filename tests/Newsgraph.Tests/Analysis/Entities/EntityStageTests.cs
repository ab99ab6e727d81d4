using Newsgraph.Analysis;
using Newsgraph.Core.Model;

namespace Newsgraph.Tests.Analysis.Entities;

public sealed class EntityStageTests
{
    // Invented news text.
    private const string Text =
        "Foreign Minister Alma Reyes of Portugal met U.S. Secretary of State John Doran in Lisbon on Monday.\n\n" +
        "Reyes said the talks with the United States had gone well. Doran, who flew in from Washington, thanked " +
        "the Portuguese government, and the foreign minister promised a second meeting in Madrid.\n\n" +
        "Officials from Spain and Italy, including Defense Minister Luis Pardo and Carla Benetti, are expected to attend.";

    private static List<Entity> Analyse(string text, string? language = "en")
    {
        var document = new ArticleDocument { Source = "test", Text = text, Language = language };
        AnalysisPipelineFactory.CreateDefault().Process(document);
        return document.Entities!;
    }

    private static Entity Named(List<Entity> entities, string name) =>
        Assert.Single(entities, e => e.Name == name);

    [Fact]
    public void Finds_people_with_their_roles_and_later_mentions()
    {
        var entities = Analyse(Text);
        var reyes = Named(entities, "Alma Reyes");
        Assert.Equal(EntityType.PERSON, reyes.Type);
        Assert.Contains("Foreign Minister", reyes.Roles);
        Assert.Contains(reyes.Mentions, m => m.At.Text == "Reyes");
        Assert.Contains(reyes.Mentions, m => m.At.Text == "foreign minister");
        var doran = Named(entities, "John Doran");
        Assert.Contains("U.S. Secretary of State", doran.Roles);
        Assert.Contains(doran.Mentions, m => m.At.Text == "Doran");
    }

    [Fact]
    public void A_title_in_a_list_goes_only_to_the_name_it_precedes()
    {
        var entities = Analyse(Text);
        Assert.Contains("Defense Minister", Named(entities, "Luis Pardo").Roles);
        Assert.Empty(Named(entities, "Carla Benetti").Roles);
    }

    [Fact]
    public void Places_are_typed_and_country_names_are_merged()
    {
        var entities = Analyse(Text);
        var us = Named(entities, "United States");
        Assert.Equal(EntityType.GPE, us.Type);
        Assert.Equal(["U.S.", "United States"], us.Mentions.Select(m => m.At.Text));
        Assert.Equal(EntityType.GPE, Named(entities, "Lisbon").Type);
        Assert.Equal(EntityType.NORP, Named(entities, "Portuguese").Type);
    }

    [Fact]
    public void A_language_named_as_a_language_is_LANGUAGE_and_a_people_stays_NORP()
    {
        var entities = Analyse("The mayor of Velden spoke in Portuguese, and the Portuguese delegation thanked her. Kurdish speakers asked for a copy.");
        Assert.Contains(entities, e => e.Type == EntityType.LANGUAGE && e.Name == "Portuguese");
        Assert.Contains(entities, e => e.Type == EntityType.NORP && e.Name == "Portuguese");
        Assert.Contains(entities, e => e.Type == EntityType.LANGUAGE && e.Name == "Kurdish");
    }

    [Fact]
    public void Nationalities_and_country_names_are_linked_to_their_country()
    {
        var entities = Analyse(Text);
        Assert.Equal("PT", Named(entities, "Portuguese").Country);
        Assert.Equal("US", Named(entities, "United States").Country);
        Assert.Null(Named(entities, "Lisbon").Country);
    }

    [Fact]
    public void A_title_word_opening_an_organisation_name_is_not_a_persons_title()
    {
        var entities = Analyse("Major League Baseball fined the club on Tuesday, the league said in a statement.");
        Assert.DoesNotContain(entities, e => e.Type == EntityType.PERSON);
    }

    [Fact]
    public void Mention_offsets_point_at_their_text()
    {
        foreach (var e in Analyse(Text))
            foreach (var m in e.Mentions)
                Assert.Equal(m.At.Text, Text[m.At.Start..m.At.End]);
    }

    [Fact]
    public void Prose_in_another_language_gets_an_empty_layer() =>
        Assert.Empty(Analyse("La ministra de Asuntos Exteriores se reunió con su homólogo en la capital el lunes por la tarde.", "es"));
}
