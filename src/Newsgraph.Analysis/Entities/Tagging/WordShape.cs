namespace Newsgraph.Analysis.Entities.Tagging;

/// <summary>Orthographic shapes of words: "Abdul-Mahdi" → "Xx-Xx" (runs collapsed), "U.S." → "X.X.".</summary>
public static class WordShape
{
    /// <summary>Shape with character classes collapsed into runs (X, x, d, and punctuation kept).</summary>
    public static string Collapsed(string word)
    {
        Span<char> buffer = stackalloc char[Math.Min(word.Length, 64)];
        int n = 0;
        char last = '\0';
        foreach (char c in word.AsSpan(0, Math.Min(word.Length, 64)))
        {
            char k = Class(c);
            if (k == last && k is 'X' or 'x' or 'd') continue;
            buffer[n++] = k;
            last = k;
        }
        return new string(buffer[..n]);
    }

    private static char Class(char c) =>
        char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : char.IsLetter(c) ? 'x' : c;

    public static bool IsCapitalized(string word) => word.Length > 0 && char.IsUpper(word[0]);

    public static bool IsAllCaps(string word)
    {
        bool letter = false;
        foreach (char c in word)
        {
            if (char.IsLower(c)) return false;
            letter |= char.IsLetter(c);
        }
        return letter;
    }
}
