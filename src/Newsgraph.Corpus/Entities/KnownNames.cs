namespace Newsgraph.Corpus.Entities;

/// <summary>
/// Finds the names of known entities that the tagger did not mark in an article: each name its story's
/// entities are written under, as a whole word, where no mention already stands; longer names first, so
/// "Ilka Brandt" is taken before "Brandt". A name two entities share is left alone.
/// </summary>
public static class KnownNames
{
    /// <summary>Where each name of <paramref name="names"/> (written form → its one entity) stands in the text, outside <paramref name="taken"/>.</summary>
    public static List<(int Start, int End, string Text, long Entity)> Find(string text, IEnumerable<(int Start, int End)> taken, IReadOnlyDictionary<string, long> names)
    {
        var used = taken.ToList();
        var found = new List<(int, int, string, long)>();
        foreach (var (name, entity) in names.OrderByDescending(n => n.Key.Length).ThenBy(n => n.Key, StringComparer.Ordinal))
            for (int at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
            {
                int end = at + name.Length;
                bool wholeWord = (at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end]));
                if (!wholeWord || used.Any(u => u.Start < end && at < u.End)) continue;
                used.Add((at, end));
                found.Add((at, end, name, entity));
            }
        return found.OrderBy(f => f.Item1).ToList();
    }

    /// <summary>The written names that are worth looking for: names, not "he" or "the actress", of more than one letter.</summary>
    public static bool Findable(string name) => name.Length > 1 && char.IsUpper(name[0]);
}
