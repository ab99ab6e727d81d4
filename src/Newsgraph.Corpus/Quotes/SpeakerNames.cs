namespace Newsgraph.Corpus.Quotes;

/// <summary>
/// Whether the speakers outlets name for one quote are the same: "Ms. Rivera", "A. Rivera" and "Ana
/// Rivera" agree; "Rivera" and "Okafor", or "Ana Rivera" and "Luis Rivera", do not. Names are compared
/// without titles, accents or punctuation; they agree when their last words are equal and the shorter
/// one's other words appear, in order, in the longer one's (an initial stands for a word it begins).
/// </summary>
public static class SpeakerNames
{
    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "sen", "senator", "rep",
        "gov", "governor", "mayor", "president", "minister", "secretary", "gen", "general", "col", "capt", "captain",
        "lt", "rev", "reverend", "judge", "justice", "jr", "sr", "the",
    };

    /// <summary>The name's words as compared: a quote's words (<see cref="QuoteWords"/>) without titles.</summary>
    public static IReadOnlyList<string> Words(string name)
    {
        var words = QuoteWords.Of(name).Words;
        var named = words.Where(w => !Titles.Contains(w)).ToList();
        return named.Count > 0 ? named : [.. words];
    }

    public static bool Agree(string a, string b)
    {
        var (x, y) = (Words(a), Words(b));
        if (x.Count == 0 || y.Count == 0 || x[^1] != y[^1]) return false;
        var (shorter, longer) = x.Count <= y.Count ? (x, y) : (y, x);
        int at = 0;
        foreach (var word in shorter.Take(shorter.Count - 1))
        {
            while (at < longer.Count - 1 && !WordAgrees(word, longer[at])) at++;
            if (at >= longer.Count - 1) return false;
            at++;
        }
        return true;
    }

    private static bool WordAgrees(string a, string b) =>
        a == b || a.Length == 1 && b.StartsWith(a, StringComparison.Ordinal) || b.Length == 1 && a.StartsWith(b, StringComparison.Ordinal);

    /// <summary>The names grouped into the speakers they name, in the order first named. A name joins the
    /// first group whose fullest name it agrees with, or one of whose names resolved to the same cross-article
    /// entity (<paramref name="entities"/>, one per name, null where unresolved): resolution knows spelling
    /// variants the names alone do not. Each group is shown by its fullest name.</summary>
    public static List<(string Name, List<int> Members)> Group(IReadOnlyList<string> names, IReadOnlyList<long?>? entities = null)
    {
        var groups = new List<(string Name, List<int> Members)>();
        bool SameEntity(List<int> members, int i) => entities?[i] is { } entity && members.Any(m => entities[m] == entity);
        for (int i = 0; i < names.Count; i++)
        {
            int found = groups.FindIndex(g => Agree(g.Name, names[i]) || SameEntity(g.Members, i));
            if (found < 0) { groups.Add((names[i], [i])); continue; }
            var group = groups[found];
            group.Members.Add(i);
            if (Words(names[i]).Count > Words(group.Name).Count) groups[found] = (names[i], group.Members);
        }
        return groups;
    }
}
