using Newsgraph.Analysis.Entities.Tagging;

namespace Newsgraph.Analysis.Quotes;

/// <summary>Which edge of a reported content a boundary model places (the tag of the shared model).</summary>
internal enum ContentEdge { Start = 0 }

/// <summary>
/// Candidates and features for where the content of a preposed cue begins: right after the verb
/// ("said the bill …"), after a particle or preposition the verb takes ("pointed to …", "talked about
/// …"), after an addressee or time adjunct ("told reporters on Monday that …"), at "that" or at an
/// opening quotation mark. The features are lexical (the cue, the candidate word and its left
/// neighbour), positional (distance from the cue) and about what is skipped (commas, names, "that").
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

    private static string Shape(QuoteText qt, int i)
    {
        if (qt.InsideQuote[i] && qt.Tokens[i].Text.All(QuoteMarks.IsAnyMark)) return "mark";
        if (!qt.IsWord(i)) return "punct";
        if (WordClasses.IsPronoun(qt.Lower[i])) return "pron";
        if (char.IsDigit(qt.Tokens[i].Text[0])) return "num";
        return qt.IsCapitalized(i) ? "Cap" : "low";
    }
}
