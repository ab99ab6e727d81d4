using System.Globalization;
using Newsgraph.Core.Model;

namespace Newsgraph.Analysis.Text;

/// <summary>
/// Splits news text into tokens, keeping together what news English writes as one unit: abbreviations
/// with their periods (U.S., Sen., Jan.), initials (J.), hyphenated words (Abdul-Mahdi, agreed-upon),
/// numbers with separators (5,000; 3.5; 2020-01-10), URLs, e-mail addresses, hashtags and handles.
/// Splits off what carries its own meaning: clitics ('s, n't), quotation marks, dashes, ellipses.
/// Tokens never cross whitespace, so pre-tokenised text (CoNLL) keeps its token boundaries.
/// </summary>
public static class Tokenizer
{
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 5);
        int i = 0, n = text.Length;
        while (i < n)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            int end = i + 1;
            if (TryUrlOrEmail(text, i, out int urlEnd)) end = urlEnd;
            else if ((c == '#' || c == '@') && i + 1 < n && IsWordChar(text[i + 1])) end = ScanWord(text, i + 1);
            else if (IsWordChar(c)) end = ScanWord(text, i);
            else if (IsApostrophe(c) && DetachedClitic(text, i) is > 0 and var length) end = i + length;
            else if (c == '.' && Repeat(text, i, '.') >= 2) end = i + Repeat(text, i, '.');
            else if (c == '-' && Repeat(text, i, '-') >= 2) end = i + Repeat(text, i, '-');
            else if (char.IsHighSurrogate(c) && i + 1 < n) end = i + 2;
            AddWithClitics(tokens, text, i, end);
            i = end;
        }
        return tokens;
    }

    private static int Repeat(string text, int i, char c)
    {
        int k = i;
        while (k < text.Length && text[k] == c) k++;
        return k - i;
    }

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    /// <summary>Scans a word from i: letters and digits joined by inner hyphens, periods, apostrophes,
    /// commas between digits, ampersands between capitals (AT&amp;T), and a final abbreviation period.</summary>
    private static int ScanWord(string text, int i)
    {
        int n = text.Length, k = i;
        while (k < n)
        {
            if (IsWordChar(text[k])) { k++; continue; }
            char c = text[k];
            bool nextIsWord = k + 1 < n && IsWordChar(text[k + 1]);
            if (!nextIsWord) break;
            if (c is '-' or '\u2010' or '\u2011') { k++; continue; }
            if (c is '.' && char.IsLetterOrDigit(text[k - 1])) { k++; continue; }
            if (c is ',' && char.IsDigit(text[k - 1]) && char.IsDigit(text[k + 1]) && DigitsAhead(text, k + 1) == 3) { k++; continue; }
            if (IsApostrophe(c) || c == '&') { k++; continue; }
            if (c == '/' && char.IsUpper(text[k - 1]) && char.IsUpper(text[k + 1])) { k++; continue; } // RFE/RL
            break;
        }
        // "U.S." / "Sen." / "J.": keep the closing period with an abbreviation or an initial.
        if (k < n && text[k] == '.' && IsAbbreviation(text, i, k)) k++;
        // "C$", "HK$": a currency written as a country's letters and a dollar sign.
        else if (k < n && text[k] == '$' && k - i <= 3 && !text.AsSpan(i, k - i).ContainsAnyExceptInRange('A', 'Z')) k++;
        return k;
    }

    private static readonly string[] Clitics = ["s", "m", "d", "re", "ve", "ll"];

    /// <summary>Length of a clitic written apart from its word ("England 's", "I 'm" in pre-tokenised text),
    /// counting its apostrophe at i, or 0: it keeps its apostrophe rather than reading as a quotation mark.</summary>
    private static int DetachedClitic(string text, int i)
    {
        if (i > 0 && !char.IsWhiteSpace(text[i - 1])) return 0;
        foreach (var clitic in Clitics)
        {
            int end = i + 1 + clitic.Length;
            if (end > text.Length || !text.AsSpan(i + 1, clitic.Length).Equals(clitic, StringComparison.OrdinalIgnoreCase)) continue;
            if (end == text.Length || !IsWordChar(text[end])) return clitic.Length + 1;
        }
        return 0;
    }

    private static int DigitsAhead(string text, int k)
    {
        int d = 0;
        while (k + d < text.Length && char.IsDigit(text[k + d])) d++;
        return d;
    }

    private static bool IsAbbreviation(string text, int start, int end)
    {
        var word = text[start..end];
        if (word.Length == 1 && char.IsUpper(word[0])) return true;            // initial: J.
        if (word.Contains('.') && word.Replace(".", "").All(char.IsLetter)) return true; // U.S, e.g
        return Abbreviations.IsKnown(word);
    }

    private static bool TryUrlOrEmail(string text, int i, out int end)
    {
        end = i;
        var rest = text.AsSpan(i);
        bool url = rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
                   || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
                   || rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
        int k = i;
        while (k < text.Length && !char.IsWhiteSpace(text[k]) && text[k] is not ('"' or '\u201d' or '<' or '>')) k++;
        if (!url)
        {
            int at = text.IndexOf('@', i, k - i);
            if (at <= i || at >= k - 3 || text.IndexOf('.', at, k - at) < 0 || !IsWordChar(text[i])) return false;
        }
        while (k > i && text[k - 1] is '.' or ',' or ';' or ':' or ')' or '!' or '?' or '\'' or '\u2019') k--;
        end = k;
        return end > i + 4;
    }

    /// <summary>Adds a word, splitting a possessive 's or a negation n't off its end.</summary>
    private static void AddWithClitics(List<Token> tokens, string text, int start, int end)
    {
        int len = end - start;
        if (len > 2 && IsApostrophe(text[end - 2]) && (text[end - 1] is 's' or 'S') && char.IsLetterOrDigit(text[end - 3]))
        {
            Add(tokens, text, start, end - 2);
            Add(tokens, text, end - 2, end);
            return;
        }
        if (len > 3 && (text[end - 1] is 't' or 'T') && IsApostrophe(text[end - 2]) && (text[end - 3] is 'n' or 'N'))
        {
            Add(tokens, text, start, end - 3);
            Add(tokens, text, end - 3, end);
            return;
        }
        if (len > 1 && IsApostrophe(text[end - 1]) && text[end - 2] is 's' or 'S')
        {
            // plural possessive: "countries'" → countries + '
            Add(tokens, text, start, end - 1);
            Add(tokens, text, end - 1, end);
            return;
        }
        Add(tokens, text, start, end);
    }

    private static void Add(List<Token> tokens, string text, int start, int end) =>
        tokens.Add(new Token(start, end, text.Substring(start, end - start)));
}
