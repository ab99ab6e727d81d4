namespace Newsgraph.Corpus.Store;

/// <summary>A search box's text as words and quoted phrases, with the characters that full-text query
/// languages give meaning to left out, so that no input can break a query.</summary>
internal static class FullTextTerms
{
    public sealed record Term(string[] Words, bool Phrase);

    public static List<Term> Parse(string text)
    {
        var terms = new List<Term>();
        var parts = text.Split('"');
        for (int i = 0; i < parts.Length; i++)
        {
            var words = Words(parts[i]);
            if (words.Length == 0) continue;
            bool quoted = i % 2 == 1 && i < parts.Length - 1;
            if (quoted) terms.Add(new Term(words, Phrase: true));
            else terms.AddRange(words.Select(w => new Term([w], Phrase: false)));
        }
        return terms;
    }

    private static string[] Words(string text) =>
        text.Split(c => !char.IsLetterOrDigit(c), StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.ToLowerInvariant())
            .ToArray();
}

internal static class StringSplitExtensions
{
    public static string[] Split(this string text, Func<char, bool> isSeparator, StringSplitOptions options)
    {
        var parts = new List<string>();
        int start = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && !isSeparator(text[i])) continue;
            if (i > start || !options.HasFlag(StringSplitOptions.RemoveEmptyEntries)) parts.Add(text[start..i]);
            start = i + 1;
        }
        return parts.ToArray();
    }
}
