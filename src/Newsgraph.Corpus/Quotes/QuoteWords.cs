using System.Globalization;
using System.IO.Hashing;
using System.Text;

namespace Newsgraph.Corpus.Quotes;

/// <summary>How two quotes' words relate, seen from the first.</summary>
public enum QuoteRelation
{
    /// <summary>Different statements (they may share words).</summary>
    Apart,
    /// <summary>One statement, carried with small differences.</summary>
    Same,
    /// <summary>The first is an excerpt of the second.</summary>
    PartOf,
    /// <summary>The second is an excerpt of the first.</summary>
    Contains,
}

/// <summary>
/// A quote's words as the trails compare them: lower case, without accents, quotation marks, apostrophes,
/// dashes and other punctuation, so outlets' typography does not matter. An ellipsis (or "[...]") marks
/// words left out: it splits the quote into segments, and no word pair or key spans the gap.
/// </summary>
public sealed class QuoteWords
{
    /// <summary>Quotes shorter than this are scare quotes or phrases, not statements to follow across outlets.</summary>
    public const int MinWords = 4;

    /// <summary>One statement: the longest common word sequence covers this share of the longer quote…</summary>
    public const double SameWords = 0.8;
    /// <summary>…and each quote shares at least this share of its adjacent word pairs with the other
    /// (word order, so two statements made of the same common words stay apart).</summary>
    public const double SamePairs = 0.5;
    /// <summary>An excerpt: the shorter quote's words appear in the longer one almost all, in order…</summary>
    public const double PartWords = 0.85;
    /// <summary>…and mostly as adjacent pairs there, so words scattered over a long quote are no excerpt.</summary>
    public const double PartPairs = 0.7;

    // Keys skip triples made only of these: "that it would" says nothing about which statement it is.
    private static readonly HashSet<string> Common = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as", "into",
        "is", "are", "was", "were", "be", "been", "being", "am", "have", "has", "had", "do", "does", "did", "will", "would",
        "shall", "should", "can", "could", "may", "might", "must", "not", "no", "so", "than", "then", "that", "this", "these",
        "those", "there", "here", "it", "its", "i", "we", "you", "he", "she", "they", "me", "us", "him", "her", "them", "my",
        "our", "your", "his", "their", "what", "which", "who", "whom", "when", "where", "why", "how", "all", "any", "some",
        "very", "just", "also", "about", "up", "out", "over",
    };

    private readonly int[] _segments;

    private QuoteWords(List<string> words, List<int> segments)
    {
        Words = words;
        _segments = [.. segments];
    }

    public IReadOnlyList<string> Words { get; }

    /// <summary>The words joined by single spaces: the form <c>--text</c> filters search.</summary>
    public string Joined => string.Join(' ', Words);

    public static QuoteWords Of(string text)
    {
        var words = new List<string>();
        var segments = new List<int>();
        var word = new StringBuilder();
        int segment = 0;
        void EndWord()
        {
            if (word.Length == 0) return;
            words.Add(word.ToString());
            segments.Add(segment);
            word.Clear();
        }
        // NFKD splits accents from their letters (dropped below) and turns "…" into "...".
        var decomposed = text.Normalize(NormalizationForm.FormKD);
        for (int i = 0; i < decomposed.Length; i++)
        {
            char ch = decomposed[i];
            var category = CharUnicodeInfo.GetUnicodeCategory(ch);
            if (category == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(ch)) { word.Append(char.ToLowerInvariant(ch)); continue; }
            // An apostrophe inside a word belongs to it: "coast’s" and "coast's" are one word.
            if (IsApostrophe(ch) && word.Length > 0 && i + 1 < decomposed.Length && char.IsLetter(decomposed[i + 1])) continue;
            EndWord();
            if (ch == '.' && i + 1 < decomposed.Length && decomposed[i + 1] == '.')
            {
                while (i + 1 < decomposed.Length && decomposed[i + 1] == '.') i++;
                if (words.Count > 0 && segments[^1] == segment) segment++;
            }
        }
        EndWord();
        return new QuoteWords(words, segments);
    }

    private static bool IsApostrophe(char ch) => ch is '\'' or '\u2019' or '\u2018' or '\u02BC' or '`' or '\u00B4';

    /// <summary>Adjacent word pairs within segments.</summary>
    public HashSet<string> Pairs()
    {
        var pairs = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i + 1 < Words.Count; i++)
            if (_segments[i] == _segments[i + 1]) pairs.Add(Words[i] + " " + Words[i + 1]);
        return pairs;
    }

    /// <summary>The lookup keys: hashes of the word triples within segments that are not all common words.
    /// A quote that shares a triple with a trail is a candidate for it; one changed word leaves most triples intact.</summary>
    public IReadOnlyList<long> Keys()
    {
        var keys = new List<long>();
        for (int i = 0; i + 2 < Words.Count; i++)
        {
            if (_segments[i] != _segments[i + 2]) continue;
            if (Common.Contains(Words[i]) && Common.Contains(Words[i + 1]) && Common.Contains(Words[i + 2])) continue;
            var triple = Encoding.UTF8.GetBytes(Words[i] + " " + Words[i + 1] + " " + Words[i + 2]);
            long key = unchecked((long)XxHash64.HashToUInt64(triple));
            if (!keys.Contains(key)) keys.Add(key);
        }
        return keys;
    }

    /// <summary>How this quote relates to <paramref name="other"/>, with a score to rank candidates by (the
    /// share of the longer quote's words the two have in order).</summary>
    public (QuoteRelation Relation, double Score) Compare(QuoteWords other)
    {
        if (Words.Count == 0 || other.Words.Count == 0) return (QuoteRelation.Apart, 0);
        int common = CommonSequence(Words, other.Words);
        double score = (double)common / Math.Max(Words.Count, other.Words.Count);
        var (pairs, otherPairs) = (Pairs(), other.Pairs());
        int sharedPairs = pairs.Count(otherPairs.Contains);
        double PairShare(HashSet<string> of) => of.Count == 0 ? 1 : (double)sharedPairs / of.Count;

        if (score >= SameWords && Math.Min(PairShare(pairs), PairShare(otherPairs)) >= SamePairs) return (QuoteRelation.Same, score);
        bool thisShorter = Words.Count < other.Words.Count;
        var (shorter, shorterPairs) = thisShorter ? (this, pairs) : (other, otherPairs);
        if (shorter.Words.Count >= MinWords && (double)common / shorter.Words.Count >= PartWords && PairShare(shorterPairs) >= PartPairs)
            return (thisShorter ? QuoteRelation.PartOf : QuoteRelation.Contains, score);
        return (QuoteRelation.Apart, score);
    }

    /// <summary>The length of the longest common subsequence of two word lists.</summary>
    private static int CommonSequence(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var previous = new int[b.Count + 1];
        var current = new int[b.Count + 1];
        for (int i = 1; i <= a.Count; i++)
        {
            for (int j = 1; j <= b.Count; j++)
                current[j] = a[i - 1] == b[j - 1] ? previous[j - 1] + 1 : Math.Max(previous[j], current[j - 1]);
            (previous, current) = (current, previous);
        }
        return previous[b.Count];
    }
}
