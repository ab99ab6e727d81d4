using Newsgraph.Analysis.Lexicons;
using Newsgraph.Core.Model;

namespace Newsgraph.Analysis.Text;

/// <summary>
/// Groups tokens into sentences. A sentence ends at . ! ? or an ellipsis when the next token can open a
/// sentence, taking closing quotation marks and brackets with it; a line break always ends one (headlines,
/// paragraphs, one-sentence-a-line corpora). Abbreviations end a sentence only when what follows is
/// clearly a new one.
/// </summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> SentenceOpeners = ResourceLoader.WordSet("sentence-openers", StringComparer.Ordinal);

    /// <summary>Returns sentences as token index ranges [start, end) with their character spans; every token is in one.</summary>
    public static List<Sentence> Split(string text, IReadOnlyList<Token> tokens)
    {
        var sentences = new List<Sentence>();
        int first = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            bool last = i == tokens.Count - 1;
            int end = i + 1;
            if (!last && EndsSentence(text, tokens, i, ref end))
            {
                Close(sentences, tokens, first, end);
                first = end;
                i = end - 1;
            }
        }
        if (first < tokens.Count) Close(sentences, tokens, first, tokens.Count);
        return sentences;
    }

    private static void Close(List<Sentence> sentences, IReadOnlyList<Token> tokens, int first, int end) =>
        sentences.Add(new Sentence(first, end, new TextSpan(tokens[first].Start, tokens[end - 1].End)));

    /// <summary>Whether a sentence ends after token i; moves <paramref name="end"/> past closing marks.</summary>
    private static bool EndsSentence(string text, IReadOnlyList<Token> tokens, int i, ref int end)
    {
        var token = tokens[i];
        if (HasLineBreak(text, token.End, tokens[i + 1].Start)) return true;
        string t = token.Text;
        bool terminal = t is "." or "!" or "?" or "..." or "\u2026" || t.All(ch => ch is '!' or '?');
        bool abbreviation = !terminal && t.Length > 1 && t[^1] == '.';
        if (!terminal && !abbreviation) return false;

        int k = i + 1;
        while (k < tokens.Count && IsCloser(tokens[k].Text) && !IsDetachedStraightQuote(tokens, k)) k++;
        if (k >= tokens.Count) { end = k; return true; }
        if (HasLineBreak(text, tokens[k - 1].End, tokens[k].Start)) { end = k; return true; }
        if (tokens[k].Start == tokens[k - 1].End) return false; // "does...need", "3.5"
        var next = tokens[k].Text;
        if (abbreviation)
        {
            var bare = t[..^1];
            if (Abbreviations.IsNeverFinal(bare) || (bare.Length == 1 && char.IsUpper(bare[0]))) return false;
            if (!SentenceOpeners.Contains(next)) return false;
        }
        else if (t is "..." or "\u2026" && !StartsUpper(next)) return false;
        if (!CanOpen(next)) return false;
        end = k;
        return true;
    }

    private static bool CanOpen(string next) =>
        StartsUpper(next) || char.IsDigit(next[0]) || IsOpener(next) || !char.IsLetter(next[0]) && next[0] is not (',' or ';' or ':' or ')');

    private static bool StartsUpper(string s) => char.IsUpper(s[0]) || (!char.IsLower(s[0]) && char.IsLetter(s[0]));

    private static bool IsCloser(string s) => s is "\"" or "'" or "\u201d" or "\u2019" or ")" or "]" or "\u00bb" or "\u203a";

    private static bool IsOpener(string s) => s is "\"" or "'" or "\u201c" or "\u2018" or "(" or "[" or "\u00ab" or "\u201e";

    // A straight quote is ambiguous: after a space it opens the next sentence instead of closing this one.
    private static bool IsDetachedStraightQuote(IReadOnlyList<Token> tokens, int k) =>
        tokens[k].Start > tokens[k - 1].End && tokens[k].Text is "\"" or "'";

    private static bool HasLineBreak(string text, int from, int to) => text.AsSpan(from, to - from).Contains('\n');
}
