namespace Newsgraph.Analysis.Entities.Tagging;

/// <summary>
/// Named lists of phrases (countries, cities, organisations, ...) matched against token sequences.
/// Matching is case-sensitive except in all-capital text, where case carries no information.
/// </summary>
public sealed class PhraseLexicon
{
    /// <summary>At most this many lists, so that a token's marks fit in one 64-bit mask (4 bits a list).</summary>
    public const int MaxLists = 16;
    public const int MaxPhraseTokens = 6;

    private readonly Dictionary<string, List<(int List, string Form)>> _phrases = new(StringComparer.Ordinal);
    private readonly HashSet<string> _firstWords = new(StringComparer.Ordinal);
    private readonly List<string> _listNames = [];

    public IReadOnlyList<string> ListNames => _listNames;

    public int ListId(string name)
    {
        int id = _listNames.IndexOf(name);
        if (id >= 0) return id;
        if (_listNames.Count == MaxLists) throw new InvalidOperationException("too many phrase lists");
        _listNames.Add(name);
        return _listNames.Count - 1;
    }

    /// <summary>Adds a phrase, tokenised on spaces the way the tokenizer splits it.</summary>
    public void Add(string list, IReadOnlyList<string> tokens)
    {
        if (tokens.Count == 0 || tokens.Count > MaxPhraseTokens) return;
        int id = ListId(list);
        string form = string.Join(' ', tokens);
        string key = form.ToLowerInvariant();
        if (!_phrases.TryGetValue(key, out var entries)) _phrases[key] = entries = [];
        if (!entries.Contains((id, form))) entries.Add((id, form));
        _firstWords.Add(tokens[0].ToLowerInvariant());
    }

    /// <summary>Every list match as (start, end, list id), longest first at each start.</summary>
    public IEnumerable<(int Start, int End, int List)> Matches(IReadOnlyList<string> words)
    {
        for (int i = 0; i < words.Count; i++)
        {
            if (!_firstWords.Contains(words[i].ToLowerInvariant())) continue;
            for (int len = Math.Min(MaxPhraseTokens, words.Count - i); len >= 1; len--)
            {
                string form = Join(words, i, len);
                if (!_phrases.TryGetValue(form.ToLowerInvariant(), out var entries)) continue;
                bool caseFree = IsAllCaps(words, i, len);
                foreach (var (list, stored) in entries)
                    if (caseFree || string.Equals(stored, form, StringComparison.Ordinal)) yield return (i, i + len, list);
            }
        }
    }

    /// <summary>For each token, a mask with bit 4·list + part set (part 0 B, 1 I, 2 L, 3 U).</summary>
    public ulong[] Mark(IReadOnlyList<string> words)
    {
        var marks = new ulong[words.Count];
        foreach (var (start, end, list) in Matches(words))
        {
            int bit = 4 * list;
            if (end - start == 1) { marks[start] |= 1UL << (bit + 3); continue; }
            marks[start] |= 1UL << bit;
            for (int k = start + 1; k < end - 1; k++) marks[k] |= 1UL << (bit + 1);
            marks[end - 1] |= 1UL << (bit + 2);
        }
        return marks;
    }

    /// <summary>The stored phrase entries for a phrase, any case.</summary>
    public IReadOnlyList<(int List, string Form)> Lookup(string phrase) =>
        _phrases.TryGetValue(phrase.ToLowerInvariant(), out var e) ? e : [];

    private static string Join(IReadOnlyList<string> words, int start, int len) =>
        len == 1 ? words[start] : string.Join(' ', Enumerable.Range(start, len).Select(k => words[k]));

    private static bool IsAllCaps(IReadOnlyList<string> words, int start, int len)
    {
        for (int k = start; k < start + len; k++)
            if (!WordShape.IsAllCaps(words[k]) && words[k].Any(char.IsLetter)) return false;
        return true;
    }
}
