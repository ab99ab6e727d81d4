namespace Newsgraph.Corpus.Entities;

/// <summary>
/// Finds the names of known entities that the tagger did not mark in an article: each name its story's
/// entities are written under, as a whole word, where no mention already stands; longer names first, so
/// "Ilka Brandt" is taken before "Brandt". A name two entities share is left alone. A name is also found
/// in capitals ("ILKA BRANDT" in a headline set in capitals), and over tagged mentions it holds whole: the
/// story's "Harbour Board administration" or "Arno Vell Jr" where the tagger marked only "Harbour Board" or
/// "Arno Vell".
/// </summary>
public static class KnownNames
{
    /// <summary>Names shorter than this are not looked for in capitals: "US" and "IT" are words there.</summary>
    private const int MinCapitalsLength = 4;

    /// <summary>Where each name of <paramref name="names"/> (written form → its one entity) stands in the text, outside <paramref name="taken"/>.</summary>
    public static List<(int Start, int End, string Text, long Entity)> Find(string text, IEnumerable<(int Start, int End)> taken, IReadOnlyDictionary<string, long> names)
    {
        var tagged = taken.ToList();
        var used = new List<(int Start, int End)>();
        var found = new List<(int, int, string, long)>();
        // The capital forms of the names, each kept only where one entity owns it (and no name is written so already).
        var capitals = names.Where(n => n.Key.Length >= MinCapitalsLength)
            .Select(n => (Written: n.Key.ToUpperInvariant(), n.Value)).Where(n => !names.ContainsKey(n.Written))
            .GroupBy(n => n.Written, StringComparer.Ordinal).Where(g => g.Select(n => n.Value).Distinct().Count() == 1)
            .Select(g => new KeyValuePair<string, long>(g.Key, g.First().Value));
        foreach (var (name, entity) in names.Concat(capitals).OrderByDescending(n => n.Key.Length).ThenBy(n => n.Key, StringComparer.Ordinal))
            for (int at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
            {
                int end = at + name.Length;
                bool wholeWord = (at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end]));
                // A tagged mention the name holds whole, and is longer than, is a part of it; one it cuts or equals is not.
                bool free = !used.Any(u => u.Start < end && at < u.End)
                    && !tagged.Any(u => u.Start < end && at < u.End && !(at <= u.Start && u.End <= end && u.End - u.Start < end - at));
                if (!wholeWord || !free) continue;
                used.Add((at, end));
                found.Add((at, end, text[at..end], entity));
            }
        return found.OrderBy(f => f.Item1).ToList();
    }

    /// <summary>The written names that are worth looking for: names, not "he" or "the actress", of more than one letter.</summary>
    public static bool Findable(string name) => name.Length > 1 && char.IsUpper(name[0]);
}
