using Newsgraph.Core.Model;

namespace Newsgraph.Analysis.Entities;

/// <summary>
/// Links "the prime minister", "the secretary of state" to the one person in the document who holds that
/// title. When two people share the title, or none does, the phrase stays unlinked.
/// </summary>
public sealed class NominalMentions(RoleFinder roles)
{
    public void Add(string text, List<Token> tokens, List<(Entity Entity, List<EntityMention> Mentions)> linked, int[] personAt)
    {
        var holders = new Dictionary<string, List<Entity>>(StringComparer.Ordinal);
        foreach (var (entity, _) in linked.Where(l => l.Entity.Type == EntityType.PERSON))
            foreach (var title in entity.Roles.Select(roles.TitleOf).OfType<string>().Distinct())
            {
                if (!holders.TryGetValue(title, out var list)) holders[title] = list = [];
                list.Add(entity);
            }
        if (holders.Count == 0) return;
        var named = new bool[tokens.Count];
        foreach (var (_, mentions) in linked)
            foreach (var m in mentions)
                for (int k = m.FirstToken; k < m.EndToken; k++) named[k] = true;
        for (int i = 0; i + 1 < tokens.Count; i++)
        {
            if (!tokens[i].Text.Equals("the", StringComparison.OrdinalIgnoreCase)) continue;
            var (end, title) = LongestTitle(tokens, i + 1);
            if (title is null || Enumerable.Range(i + 1, end - i - 1).Any(k => named[k])) continue;
            if (end < tokens.Count && tokens[end].Text.Length > 0 && char.IsUpper(tokens[end].Text[0])) continue; // a premodifier of a name
            // "the minister" names the one person whose title is or ends in it ("foreign minister").
            var people = holders.Where(h => h.Key == title || h.Key.EndsWith(" " + title, StringComparison.Ordinal)).SelectMany(h => h.Value).Distinct().ToList();
            if (people.Count != 1) continue;
            int start = tokens[i + 1].Start, stop = tokens[end - 1].End;
            people[0].Mentions.Add(new Mention(default, new AnchoredText(start, stop, text[start..stop])));
        }
        foreach (var (entity, _) in linked) entity.Mentions.Sort((a, b) => a.At.Start.CompareTo(b.At.Start));
    }

    private (int End, string? Title) LongestTitle(List<Token> tokens, int start)
    {
        for (int len = Math.Min(4, tokens.Count - start); len >= 1; len--)
        {
            var phrase = string.Join(' ', Enumerable.Range(start, len).Select(k => tokens[k].Text));
            if (roles.TitleOf(phrase) is { } title && title.Split(' ').Length == len) return (start + len, title);
        }
        return (start, null);
    }
}
