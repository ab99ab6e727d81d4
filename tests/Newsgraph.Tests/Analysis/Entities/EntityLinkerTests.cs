using Newsgraph.Analysis.Entities;
using Newsgraph.Analysis.Entities.Gazetteers;
using Newsgraph.Analysis.Text;
using Newsgraph.Core.Model;

namespace Newsgraph.Tests.Analysis.Entities;

public sealed class EntityLinkerTests
{
    // Invented text; mentions are given by hand so that only the linker is under test.
    private const string Text =
        "The Coastal Shipping Authority (CSA) and Finland's Port Office met in the United States. " +
        "Marta Ilves spoke for the CSA. Ilves said the U.S. talks and the Finnish Port Office plan were good.";

    private static (List<Token> Tokens, List<EntityMention> Mentions) Mentions(params (string Text, EntityType Type)[] names)
    {
        var tokens = Tokenizer.Tokenize(Text);
        var mentions = new List<EntityMention>();
        var used = new HashSet<int>();
        foreach (var (name, type) in names)
        {
            var words = Tokenizer.Tokenize(name).Select(t => t.Text).ToArray();
            int first = Enumerable.Range(0, tokens.Count - words.Length + 1)
                .First(i => !used.Contains(i) && words.Select((w, k) => tokens[i + k].Text == w).All(x => x));
            used.Add(first);
            int end = first + words.Length;
            mentions.Add(new EntityMention
            {
                FirstToken = first, EndToken = end, Start = tokens[first].Start, End = tokens[end - 1].End,
                Text = Text[tokens[first].Start..tokens[end - 1].End], Words = words, Type = type,
            });
        }
        return (tokens, mentions.OrderBy(m => m.Start).ToList());
    }

    private static List<Entity> Link(params (string, EntityType)[] names)
    {
        var (tokens, mentions) = Mentions(names);
        return new EntityLinker(Gazetteer.Default).Link(tokens, mentions).Select(l => l.Entity).ToList();
    }

    [Fact]
    public void Links_surnames_acronyms_country_variants_and_demonym_qualified_organisations()
    {
        var entities = Link(
            ("Coastal Shipping Authority", EntityType.ORG), ("CSA", EntityType.ORG), ("Port Office", EntityType.ORG),
            ("United States", EntityType.GPE), ("Marta Ilves", EntityType.PERSON), ("CSA", EntityType.ORG),
            ("Ilves", EntityType.PERSON), ("U.S.", EntityType.GPE), ("Finnish Port Office", EntityType.ORG));

        var authority = Assert.Single(entities, e => e.Name == "Coastal Shipping Authority");
        Assert.Equal(3, authority.Mentions.Count);
        var person = Assert.Single(entities, e => e.Type == EntityType.PERSON);
        Assert.Equal("Marta Ilves", person.Name);
        Assert.Equal(["Marta Ilves", "Ilves"], person.Mentions.Select(m => m.At.Text));
        var country = Assert.Single(entities, e => e.Type == EntityType.GPE);
        Assert.Equal("United States", country.Name);
        Assert.Equal(2, country.Mentions.Count);
        var office = Assert.Single(entities, e => e.Name == "Finnish Port Office");
        Assert.Equal(["Port Office", "Finnish Port Office"], office.Mentions.Select(m => m.At.Text));
        Assert.Equal(4, entities.Count);
        Assert.Equal(["e1", "e2", "e3", "e4"], entities.Select(e => e.Id.ToString()));
    }

    [Fact]
    public void Two_people_with_the_same_surname_are_not_merged_by_it()
    {
        var (tokens, _) = Mentions();
        EntityMention M(int first, string[] words, EntityType type) => new()
        {
            FirstToken = first, EndToken = first + words.Length, Start = first * 10, End = first * 10 + 5,
            Text = string.Join(' ', words), Words = words, Type = type,
        };
        var mentions = new List<EntityMention>
        {
            M(0, ["Ann", "Kell"], EntityType.PERSON), M(3, ["Bo", "Kell"], EntityType.PERSON), M(6, ["Kell"], EntityType.PERSON),
        };
        var entities = new EntityLinker(Gazetteer.Default).Link(tokens, mentions);
        Assert.Equal(3, entities.Count);
    }
}
