using Newsgraph.Analysis.Entities.Gazetteers;
using Newsgraph.Analysis.Lexicons;
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

    private static readonly HashSet<string> Modifiers = ResourceLoader.WordSet("role-modifiers", StringComparer.OrdinalIgnoreCase);

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

    /// <summary>
    /// A capitalised title phrase that ends inside the tagged span [start, end), as (title start, title end):
    /// one reaching in from before the span ("Secretary of | State Mike Pompeo"), one opening a person's name
    /// ("President Smith", when <paramref name="isPerson"/>), or one inside the span followed by two or three
    /// capitalised words ("U.S. Secretary of State Mike Pompeo"). Organisations may begin with a title
    /// word ("General Motors"), so a title at the start of a non-person span is left in it.
    /// </summary>
    public (int Start, int End)? TitleInside(IReadOnlyList<string> words, int start, int end, bool isPerson)
    {
        (int, int)? found = null;
        for (int a = Math.Max(0, start - gazetteer.LongestTitleWords + 1); a < end - 1; a++)
            for (int len = 1; len <= gazetteer.LongestTitleWords && a + len < end; len++)
            {
                int e = a + len;
                if (e <= start || !gazetteer.IsTitle(string.Join(' ', Enumerable.Range(a, len).Select(k => words[k])))) continue;
                if (!IsCapitalisedTitle(words, a, e)) continue;
                bool nameFollows = end - e is 2 or 3 && Enumerable.Range(e, end - e).All(k => words[k].Length > 1 && char.IsUpper(words[k][0]) && words[k].Any(char.IsLower));
                // A one-word title opening a non-person span is part of an organisation's name ("Major
                // League Baseball", "General Motors"); a longer one ("Secretary of State Mike Pompeo") or
                // one after other words of the span ("U.S. Secretary of State …") is a person's title.
                bool titleOpensName = a > start || len > 1;
                if (a < start || (a == start && isPerson) || (nameFollows && titleOpensName)) found = (a, e);
            }
        return found;
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
