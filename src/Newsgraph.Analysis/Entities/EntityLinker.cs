using Newsgraph.Analysis.Entities.Gazetteers;
using Newsgraph.Core.Model;

namespace Newsgraph.Analysis.Entities;

/// <summary>
/// Groups a document's mentions into entities: the same country under any of its names ("U.S." =
/// "United States"), an organisation with or without its country ("Iraq's Foreign Ministry" = "Iraqi
/// Foreign Ministry" = "the Foreign Ministry"), acronyms defined in the text ("Islamic State (IS)") or
/// known, and people by surname ("Pompeo" → "Mike Pompeo"). Each entity takes its fullest name.
/// </summary>
public sealed class EntityLinker(Gazetteer gazetteer)
{
    /// <summary>Links mentions (in text order) into entities with ids e1, e2, … by first mention.</summary>
    public List<(Entity Entity, List<EntityMention> Mentions)> Link(IReadOnlyList<Token> tokens, List<EntityMention> mentions)
    {
        var acronyms = DefinedAcronyms(tokens, mentions);
        var groups = new Dictionary<string, List<EntityMention>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var m in mentions)
        {
            var key = Key(tokens, m, acronyms, mentions);
            if (!groups.TryGetValue(key, out var list)) { groups[key] = list = []; order.Add(key); }
            list.Add(m);
        }
        MergeUnqualifiedOrganisations(groups, order);
        MergeSurnames(groups, order);
        MergeMistypedSurnames(groups, order);
        var result = order.Where(groups.ContainsKey).Select(k => groups[k])
            .OrderBy(g => g.Min(m => m.Start)).ToList();
        return result.Select((g, i) => (MakeEntity(new Id<Entity>(i + 1), g), g.OrderBy(m => m.Start).ToList())).ToList();
    }

    private Entity MakeEntity(Id<Entity> id, List<EntityMention> group)
    {
        var type = group.GroupBy(m => m.Type).OrderByDescending(g => g.Count()).ThenBy(g => g.Min(m => m.Start)).First().Key;
        var entity = new Entity { Id = id, Name = CanonicalName(group, type), Type = type, Country = CountryOf(group, type) };
        foreach (var m in group.OrderBy(m => m.Start)) entity.Mentions.Add(m.ToMention());
        return entity;
    }

    /// <summary>The country a nationality's demonym or a country's name stands for ("Iraqis" → IQ).</summary>
    private string? CountryOf(List<EntityMention> group, EntityType type)
    {
        Func<string, Country?>? lookup = type switch
        {
            EntityType.NORP => gazetteer.CountryOfDemonym,
            EntityType.GPE => gazetteer.CountryNamed,
            _ => null,
        };
        return lookup is null ? null : group.Select(m => lookup(StripPossessive(m.Text))).FirstOrDefault(c => c is not null)?.Code;
    }

    /// <summary>The fullest name: a country's own name, else the mention with most words, then characters.</summary>
    private string CanonicalName(List<EntityMention> group, EntityType type)
    {
        var named = group.Where(m => !m.Nominal).ToList();
        if (named.Count == 0) named = group;
        if (type is EntityType.GPE or EntityType.LOC && named.Select(m => gazetteer.CountryNamed(m.Text)).FirstOrDefault(c => c is not null) is { } country)
            return country.Name;
        return named.OrderByDescending(m => m.Words.Count(w => w.Any(char.IsLetterOrDigit)))
            .ThenByDescending(m => m.Text.Length).ThenBy(m => m.Start).First().Text;
    }

    private string Key(IReadOnlyList<Token> tokens, EntityMention m, Dictionary<string, EntityMention> acronyms, List<EntityMention> all)
    {
        if (m.Type is EntityType.GPE or EntityType.LOC && gazetteer.CountryNamed(m.Text) is { } country) return "country:" + country.Code;
        if (IsAcronym(m.Text))
        {
            if (acronyms.TryGetValue(m.Text, out var definition) && definition != m) return Key(tokens, definition, acronyms, all);
            if (gazetteer.Organisation(m.Text) is { Acronym: not null } known && all.Any(o => o.Text == known.Name)) return "name:" + known.Name.ToLowerInvariant();
            if (all.FirstOrDefault(o => o != m && o.Words.Length > 1 && Initials(o.Words) == m.Text.Replace(".", "")) is { } expanded)
                return Key(tokens, expanded, acronyms, all);
        }
        if (m.Type == EntityType.ORG) return OrganisationKey(tokens, m);
        if (m.Type == EntityType.PERSON) return "person:" + string.Join(' ', m.Words).ToLowerInvariant();
        if (m.Type == EntityType.LANGUAGE) return "language:" + m.Text.ToLowerInvariant(); // "Portuguese" the language is not the people
        return "name:" + StripPossessive(m.Text).ToLowerInvariant();
    }

    /// <summary>"Iraqi Foreign Ministry", "Iraq's Foreign Ministry" → "org:IQ:foreign ministry".</summary>
    private string OrganisationKey(IReadOnlyList<Token> tokens, EntityMention m)
    {
        var words = m.Words;
        string? country = null;
        int skip = 0;
        for (int n = Math.Min(3, words.Length - 1); n >= 1 && country is null; n--)
        {
            var prefix = string.Join(' ', words.Take(n));
            country = (gazetteer.CountryNamed(prefix) ?? gazetteer.CountryOfDemonym(prefix))?.Code;
            if (country is not null) skip = n;
        }
        if (skip < words.Length && words[skip] is "'s" or "\u2019s") skip++;
        if (country is null && m.FirstToken >= 2 && tokens[m.FirstToken - 1].Text is "'s" or "\u2019s")
            country = gazetteer.CountryNamed(tokens[m.FirstToken - 2].Text)?.Code;
        if (country is null && m.FirstToken >= 1)
            country = gazetteer.CountryOfDemonym(tokens[m.FirstToken - 1].Text)?.Code;
        return $"org:{country}:{string.Join(' ', words.Skip(skip)).ToLowerInvariant()}";
    }

    /// <summary>"the Foreign Ministry" with no country joins the one country's Foreign Ministry in the document.</summary>
    private static void MergeUnqualifiedOrganisations(Dictionary<string, List<EntityMention>> groups, List<string> order)
    {
        foreach (var key in order.Where(k => k.StartsWith("org::", StringComparison.Ordinal)).ToList())
        {
            var rest = key["org::".Length..];
            var qualified = order.Where(k => k.StartsWith("org:", StringComparison.Ordinal) && k != key && k.EndsWith(":" + rest, StringComparison.Ordinal)
                                             && groups.ContainsKey(k)).ToList();
            if (qualified.Count != 1) continue;
            groups[qualified[0]].AddRange(groups[key]);
            groups.Remove(key);
        }
    }

    /// <summary>A person named by surname (or the last words of the name) joins the one fuller name that ends so.</summary>
    private static void MergeSurnames(Dictionary<string, List<EntityMention>> groups, List<string> order)
    {
        var people = order.Where(k => k.StartsWith("person:", StringComparison.Ordinal) && groups.ContainsKey(k)).ToList();
        foreach (var shortKey in people.OrderBy(k => k.Length))
        {
            var name = shortKey["person:".Length..];
            var fuller = people.Where(k => k != shortKey && groups.ContainsKey(k) && k.Length > shortKey.Length
                                           && k.EndsWith(" " + name, StringComparison.Ordinal)).ToList();
            if (fuller.Count == 0 || !groups.ContainsKey(shortKey)) continue;
            var longest = fuller.OrderByDescending(k => k.Length).First();
            if (fuller.Any(k => !longest.EndsWith(k["person:".Length..], StringComparison.Ordinal))) continue; // two different people
            groups[longest].AddRange(groups[shortKey]);
            groups.Remove(shortKey);
        }
    }

    /// <summary>A name tagged as something else that is exactly the surname of one person in the document
    /// ("Abdul-Mahdi" tagged ORG once, "Mike Pompeo" elsewhere) is that person, unless it is a known place.</summary>
    private void MergeMistypedSurnames(Dictionary<string, List<EntityMention>> groups, List<string> order)
    {
        var people = order.Where(k => k.StartsWith("person:", StringComparison.Ordinal) && groups.ContainsKey(k) && k.Contains(' ')).ToList();
        foreach (var key in order.Where(k => !k.StartsWith("person:", StringComparison.Ordinal) && !k.StartsWith("country:", StringComparison.Ordinal) && groups.ContainsKey(k)).ToList())
        {
            var group = groups[key];
            var text = group[0].Text;
            if (group.Any(m => m.Text != text || m.Words.Length != 1) || gazetteer.PlaceNamed(text) is not null || gazetteer.Organisation(text) is not null) continue;
            var owners = people.Where(p => p.EndsWith(" " + text.ToLowerInvariant(), StringComparison.Ordinal)).ToList();
            if (owners.Count != 1) continue;
            foreach (var m in group) m.Type = EntityType.PERSON;
            groups[owners[0]].AddRange(group);
            groups.Remove(key);
        }
    }

    /// <summary>"Islamic State (IS)": an acronym in brackets right after a name defines it.</summary>
    private static Dictionary<string, EntityMention> DefinedAcronyms(IReadOnlyList<Token> tokens, List<EntityMention> mentions)
    {
        var defined = new Dictionary<string, EntityMention>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            int k = m.EndToken;
            if (k + 2 >= tokens.Count || tokens[k].Text != "(" || tokens[k + 2].Text != ")") continue;
            var acronym = tokens[k + 1].Text;
            if (IsAcronym(acronym) && m.Words.Length > 1) defined.TryAdd(acronym, m);
        }
        return defined;
    }

    private static bool IsAcronym(string text)
    {
        var letters = text.Replace(".", "").Replace("&", "");
        return letters.Length is >= 2 and <= 7 && letters.All(char.IsUpper);
    }

    private static string Initials(string[] words) =>
        string.Concat(words.Where(w => w.Length > 0 && char.IsUpper(w[0])).Select(w => w[0]));

    private static string StripPossessive(string text) =>
        text.EndsWith("'s", StringComparison.Ordinal) || text.EndsWith("\u2019s", StringComparison.Ordinal) ? text[..^2].TrimEnd() : text;
}
