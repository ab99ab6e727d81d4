using Newsgraph.Analysis.Entities.Gazetteers;
using Newsgraph.Core.Model;

namespace Newsgraph.Analysis.Entities;

/// <summary>
/// Finds the roles and titles of people: a title phrase written right before the name ("Caretaker Prime
/// Minister Adil Abdul-Mahdi", "State Department spokeswoman Morgan Ortagus") or in an appositive right
/// after it ("Mike Pompeo, the U.S. secretary of state,"). A phrase only reaches the name it touches, so
/// in "A and Foreign Minister B" the title goes to B alone.
/// </summary>
public sealed class RoleFinder(Gazetteer gazetteer)
{
    private const int MaxRoleTokens = 8;

    private static readonly HashSet<string> Modifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "former", "acting", "interim", "caretaker", "outgoing", "incoming", "then", "deputy", "senior", "top", "chief",
        "vice", "assistant", "associate", "executive", "general", "first", "second", "new", "longtime", "veteran",
        "foreign", "defense", "defence", "interior", "finance", "justice", "health", "economy", "energy", "oil",
        "trade", "education", "culture", "agriculture", "transport", "labor", "labour", "environment", "state",
        "national", "security", "military", "intelligence", "police", "army", "navy", "air", "force", "press",
        "department", "ministry", "office", "of", "for", "and", "the", "affairs", "-", "regional", "provincial",
    };

    private static readonly HashSet<string> Articles = new(StringComparer.OrdinalIgnoreCase) { "the", "a", "an" };

    /// <summary>The role phrase right before a name, if any: token range [start, end).</summary>
    public (int Start, int End)? Premodifier(IReadOnlyList<Token> tokens, int nameStart, int sentenceStart, Func<int, bool> inOtherPerson)
    {
        int k = nameStart - 1;
        int stop = Math.Max(sentenceStart, nameStart - MaxRoleTokens);
        while (k >= stop && !inOtherPerson(k) && Fits(tokens[k].Text)) k--;
        return TitleSpan(tokens, k + 1, nameStart, mustEndAtEnd: true);
    }

    /// <summary>The role in an appositive after a name: "NAME, the U.S. secretary of state," → its range.</summary>
    public (int Start, int End)? Appositive(IReadOnlyList<Token> tokens, int nameEnd, int sentenceEnd, Func<int, bool> inOtherPerson)
    {
        int k = nameEnd;
        if (k >= sentenceEnd || tokens[k].Text != ",") return null;
        k++;
        if (k < sentenceEnd && Articles.Contains(tokens[k].Text)) k++;
        int start = k;
        int limit = Math.Min(sentenceEnd, start + MaxRoleTokens + 3);
        while (k < limit && tokens[k].Text is not ("," or "." or ";" or ":" or "(" or ")") && !inOtherPerson(k)) k++;
        if (k >= sentenceEnd || tokens[k].Text is not ("," or "." or ";")) return null;
        // "killed A, a militia commander, a senior leader ..., and others" is a list, not an appositive.
        if (tokens[k].Text == "," && k + 1 < sentenceEnd && Articles.Contains(tokens[k + 1].Text)) return null;
        return TitleSpan(tokens, start, k, mustEndAtEnd: false);
    }

    /// <summary>Whether a word can be part of a title phrase: capitalised words, possessives, title words.</summary>
    private bool Fits(string word) =>
        word.Length > 0 && (char.IsUpper(word[0]) || word is "'s" or "\u2019s" || Modifiers.Contains(word) || gazetteer.IsTitle(word))
        && word is not ("," or "(" or ")" or "\"" or "\u201c" or "\u201d");

    /// <summary>Within [start, end), the phrase from start to the end of the last title it holds.</summary>
    private (int Start, int End)? TitleSpan(IReadOnlyList<Token> tokens, int start, int end, bool mustEndAtEnd)
    {
        int lastTitleEnd = -1;
        for (int i = start; i < end; i++)
            for (int len = Math.Min(gazetteer.LongestTitleWords, end - i); len >= 1; len--)
            {
                var phrase = string.Join(' ', Enumerable.Range(i, len).Select(t => tokens[t].Text));
                if (!gazetteer.IsTitle(phrase)) continue;
                lastTitleEnd = Math.Max(lastTitleEnd, i + len);
                break;
            }
        if (lastTitleEnd < 0 || (mustEndAtEnd && lastTitleEnd != end)) return null;
        while (start < lastTitleEnd && (Articles.Contains(tokens[start].Text) || tokens[start].Text is "of" or "and" or "for" or "-")) start++;
        return start < lastTitleEnd ? (start, lastTitleEnd) : null;
    }

    /// <summary>If a title phrase begins at or before <paramref name="start"/> and ends inside [start, end) —
    /// "Secretary of State | Mike Pompeo" — the index where it ends; else null.</summary>
    /// A title that starts exactly at <paramref name="start"/> counts only when <paramref name="atStart"/>
    /// (a person's name: "President Smith"), since organisations can begin so ("General Motors").
    public int? TitleEndingInside(IReadOnlyList<string> words, int start, int end, bool atStart)
    {
        int? cut = null;
        for (int a = Math.Max(0, start - gazetteer.LongestTitleWords + 1); a <= (atStart ? start : start - 1); a++)
            for (int len = 1; len <= gazetteer.LongestTitleWords && a + len < end; len++)
            {
                if (a + len <= start) continue;
                var phrase = string.Join(' ', Enumerable.Range(a, len).Select(k => words[k]));
                if (gazetteer.IsTitle(phrase) && IsCapitalisedTitle(words, a, a + len)) cut = Math.Max(cut ?? 0, a + len);
            }
        return cut;
    }

    /// <summary>Only capitalised titles ("Foreign Minister") open a name; "general" in lower case does not.</summary>
    private static bool IsCapitalisedTitle(IReadOnlyList<string> words, int start, int end) =>
        Enumerable.Range(start, end - start).All(k => words[k] is "of" or "for" or "the" || (words[k].Length > 0 && char.IsUpper(words[k][0])));

    /// <summary>The title words of a role ("U.S. Secretary of State" → "secretary of state"): its longest title phrase.</summary>
    public string? TitleOf(string role)
    {
        var words = role.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int len = Math.Min(words.Length, gazetteer.LongestTitleWords); len >= 1; len--)
            for (int i = words.Length - len; i >= 0; i--)
            {
                var phrase = string.Join(' ', words.Skip(i).Take(len));
                if (gazetteer.IsTitle(phrase)) return phrase.ToLowerInvariant();
            }
        return null;
    }
}
