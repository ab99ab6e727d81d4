using Newsgraph.Analysis.Learning;
using Newsgraph.Analysis.Text;

namespace Newsgraph.Analysis.Quotes;

/// <summary>Which edge of a reported content a boundary model places (the tag of the shared model).</summary>
internal enum ContentEdge { Start = 0, End = 1 }

/// <summary>
/// Candidates and features for where the content of a preposed cue begins and ends. It begins right after the verb
/// ("said the bill …"), after a particle or preposition the verb takes ("pointed to …", "talked about
/// …"), after an addressee or time adjunct ("told reporters on Monday that …"), at "that" or at an
/// opening quotation mark. The features are lexical (the cue, the candidate word and its left
/// neighbour), positional (distance from the cue) and about what is skipped (commas, names, "that").
/// It ends after any word up to the end of its unit: the features look at the words on both sides of
/// the cut (", which", "and said", "according to"), the length so far, what is left of the unit, and
/// whether the cut falls inside a quotation.
/// </summary>
internal static class ContentBoundaryFeatures
{
    /// <summary>Furthest a content may begin after its cue, in tokens.</summary>
    public const int StartReach = 8;

    /// <summary>Candidate first tokens of the content of the cue at <paramref name="cue"/>: from the token
    /// after it up to the reach, the end of the unit, a full stop, or the first quotation opened.</summary>
    public static List<int> StartCandidates(QuoteText qt, (int First, int End) unit, int cueEnd)
    {
        var candidates = new List<int>(StartReach);
        for (int j = cueEnd; j < unit.End && j < cueEnd + StartReach; j++)
        {
            if (qt.Lower[j] is "." or "!" or "?" or ";") break;
            candidates.Add(j);
            if (qt.InsideQuote[j]) break;
        }
        return candidates;
    }

    public static void StartFeatures(QuoteText qt, int cue, int cueEnd, int j, List<ulong> features)
    {
        features.Clear();
        int distance = Math.Min(j - cueEnd, 6);
        ulong verb = FeatureHash.Of(qt.Lower[cue]), word = FeatureHash.Of(qt.Lower[j]), left = FeatureHash.Of(qt.Lower[j - 1]);
        ulong shape = FeatureHash.Of(Shape(qt, j)), leftShape = FeatureHash.Of(Shape(qt, j - 1));
        features.Add(FeatureHash.Feature(1, (ulong)distance));
        features.Add(FeatureHash.Feature(2, word));
        features.Add(FeatureHash.Feature(3, left));
        features.Add(FeatureHash.Feature(4, verb, word));
        features.Add(FeatureHash.Feature(5, verb, (ulong)distance));
        features.Add(FeatureHash.Feature(6, left, word));
        features.Add(FeatureHash.Feature(7, verb, left));
        features.Add(FeatureHash.Feature(8, shape, (ulong)distance));
        features.Add(FeatureHash.Feature(9, leftShape, shape));
        features.Add(FeatureHash.Feature(10, verb, shape));
        foreach (var skipped in Skipped(qt, cueEnd, j)) features.Add(FeatureHash.Feature(11, FeatureHash.Of(skipped), (ulong)distance));
    }

    /// <summary>What lies between the cue and the candidate: a comma, "that", a name, a pronoun, a quote.</summary>
    private static IEnumerable<string> Skipped(QuoteText qt, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (qt.Lower[k] is "," or "that" or ":" or "-" or "--" or "\u2014") yield return qt.Lower[k];
            else if (qt.InsideQuote[k]) yield return "quote";
            else if (qt.IsCapitalized(k)) yield return "Cap";
            else if (WordClasses.IsPronoun(qt.Lower[k])) yield return "pron";
        }
    }

    /// <summary>A token's kind: quotation mark, punctuation, pronoun, number, capitalised or lower-case word.</summary>
    internal static string Shape(QuoteText qt, int i)
    {
        if (qt.InsideQuote[i] && qt.Tokens[i].Text.All(QuoteMarks.IsAnyMark)) return "mark";
        if (!qt.IsWord(i)) return "punct";
        if (WordClasses.IsPronoun(qt.Lower[i])) return "pron";
        if (char.IsDigit(qt.Tokens[i].Text[0])) return "num";
        return qt.IsCapitalized(i) ? "Cap" : "low";
    }

    /// <summary>Candidate ends (exclusive token index) of a content that begins at <paramref name="first"/>:
    /// after any word of its unit.</summary>
    public static List<int> EndCandidates(QuoteText qt, (int First, int End) unit, int first)
    {
        var candidates = new List<int>();
        for (int k = first + 1; k <= unit.End; k++)
            if (qt.IsWord(k - 1)) candidates.Add(k);
        return candidates;
    }

    public static void EndFeatures(QuoteText qt, (int First, int End) unit, int cue, int first, int k, List<ulong> features)
    {
        features.Clear();
        ulong verb = FeatureHash.Of(qt.Lower[cue]), opening = FeatureHash.Of(qt.Lower[first]);
        ulong last = FeatureHash.Of(qt.Lower[k - 1]), next = FeatureHash.Of(WordAt(qt, unit, k)), after = FeatureHash.Of(WordAt(qt, unit, k + 1));
        ulong length = (ulong)Bucket(k - first), rest = (ulong)Bucket(RemainingWords(qt, unit, k));
        features.Add(FeatureHash.Feature(20, length));
        features.Add(FeatureHash.Feature(21, rest));
        features.Add(FeatureHash.Feature(22, next));
        features.Add(FeatureHash.Feature(23, last));
        features.Add(FeatureHash.Feature(24, next, after));
        features.Add(FeatureHash.Feature(25, last, next));
        features.Add(FeatureHash.Feature(26, verb, next));
        features.Add(FeatureHash.Feature(27, opening, next));
        features.Add(FeatureHash.Feature(28, next, rest));
        features.Add(FeatureHash.Feature(29, length, rest));
        features.Add(FeatureHash.Feature(30, FeatureHash.Of(k < unit.End ? Shape(qt, k) : "end"), FeatureHash.Of(Shape(qt, k - 1))));
        features.Add(FeatureHash.Feature(31, (ulong)(CutsQuote(qt, unit, k) ? 1 : 0), rest));
        features.Add(FeatureHash.Feature(32, (ulong)Math.Min(CommasBetween(qt, first, k), 4), next));
        features.Add(FeatureHash.Feature(33, FeatureHash.Of(Suffix(qt, unit, k)), next));
        features.Add(FeatureHash.Feature(34, (ulong)QuotationsAfter(qt, unit, k), rest));
    }

    /// <summary>Quotations (up to 2) that open after the cut in the unit: a content seldom leaves one out.</summary>
    private static int QuotationsAfter(QuoteText qt, (int First, int End) unit, int k)
    {
        int opened = 0;
        for (int i = Math.Max(k, 1); i < unit.End && opened < 2; i++)
            if (qt.InsideQuote[i] && !qt.InsideQuote[i - 1]) opened++;
        return opened;
    }

    private static string WordAt(QuoteText qt, (int First, int End) unit, int k) => k < unit.End ? qt.Lower[k] : "</unit>";

    /// <summary>Words (not punctuation) left in the unit from <paramref name="k"/> on.</summary>
    private static int RemainingWords(QuoteText qt, (int First, int End) unit, int k)
    {
        int words = 0;
        for (int i = k; i < unit.End; i++) if (qt.IsWord(i)) words++;
        return words;
    }

    /// <summary>Whether the cut leaves part of a quotation on each side.</summary>
    private static bool CutsQuote(QuoteText qt, (int First, int End) unit, int k) =>
        k < unit.End && qt.InsideQuote[k - 1] && qt.InsideQuote[k] && !qt.Tokens[k - 1].Text.All(QuoteMarks.IsAnyMark)
        && Enumerable.Range(k, unit.End - k).TakeWhile(i => qt.InsideQuote[i]).Any(i => qt.IsWord(i));

    private static int CommasBetween(QuoteText qt, int from, int to)
    {
        int commas = 0;
        for (int i = from; i < to; i++) if (qt.Lower[i] == ",") commas++;
        return commas;
    }

    /// <summary>The last two letters of the word after the cut ("-ng" of a participle, "-ed" of a verb).</summary>
    private static string Suffix(QuoteText qt, (int First, int End) unit, int k)
    {
        int word = k < unit.End && !qt.IsWord(k) ? k + 1 : k;
        return word < unit.End && qt.Lower[word].Length > 3 ? qt.Lower[word][^2..] : "";
    }

    private static int Bucket(int n) => n switch { <= 3 => n, <= 5 => 4, <= 8 => 5, <= 12 => 6, <= 20 => 7, <= 30 => 8, _ => 9 };
}
