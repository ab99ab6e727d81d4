using System.Globalization;
using Newsgraph.Analysis.Lexicons;

namespace Newsgraph.Analysis.Quotes;

/// <summary>
/// The words that report speech or thought ("said", "told", "warned", "according"), learned from how often
/// each word is annotated as an attribution cue in PolNeAR train (Resources/quotes/reporting-cues.tsv; see
/// reporting-cues.md there). A word counts as a cue when it is a cue often enough, in absolute and relative terms,
/// and is not a function word that only rides along in multi-word cues ("also", "about"). Counts are pooled
/// over the inflections of a word ("criticized", "criticizes", "criticizing") so that rare forms, and forms
/// train never shows, inherit the evidence of their frequent siblings.
/// </summary>
internal sealed class CueLexicon
{
    private const double MinCueRate = 0.3;
    private const int MinCueCount = 4;

    /// <summary>A form listed in the table needs at least this cue rate of its own, whatever its stem's.</summary>
    private const double MinFormCueRate = 0.3;

    /// <summary>Closed-class words that occur inside cue spans but never head one.</summary>
    private static readonly HashSet<string> RideAlong = ResourceLoader.WordSet("cue-ride-along", StringComparer.Ordinal);

    /// <summary>Inflectional endings, longest first (declared before <see cref="Default"/>, which uses them).</summary>
    private static readonly string[] Suffixes = ["ing", "ed", "es", "s"];

    /// <summary>Forms seen often enough in train but rarely as cues ("report", "questions"), which the
    /// pooled stem must not admit.</summary>
    private readonly HashSet<string> _rejected;

    private readonly HashSet<string> _stems;

    /// <summary>Forms that pass the thresholds on their own counts, whatever their stem's pooled rate
    /// ("warned" stays a cue although the noun "warning" lowers the rate of its stem).</summary>
    private readonly HashSet<string> _words;

    private CueLexicon(HashSet<string> words, HashSet<string> stems, HashSet<string> rejected) =>
        (_words, _stems, _rejected) = (words, stems, rejected);

    public static CueLexicon Default { get; } = Load();

    public bool IsCue(string lowerWord) =>
        _words.Contains(lowerWord) || IsHeadWord(lowerWord) && !_rejected.Contains(lowerWord) && _stems.Contains(Stem(lowerWord));

    public int Count => _stems.Count;

    private static CueLexicon Load()
    {
        var pooled = new Dictionary<string, (int AsCue, int Seen)>(StringComparer.Ordinal);
        var rejected = new HashSet<string>(StringComparer.Ordinal);
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in ResourceLoader.Lines("quotes/reporting-cues.tsv"))
        {
            var parts = line.Split('\t');
            if (!IsHeadWord(parts[0])) continue;
            int wordAsCue = int.Parse(parts[1], CultureInfo.InvariantCulture);
            int wordSeen = int.Parse(parts[2], CultureInfo.InvariantCulture);
            if ((double)wordAsCue / wordSeen < MinFormCueRate) rejected.Add(parts[0]);
            if (Passes(wordAsCue, wordSeen)) words.Add(parts[0]);
            var stem = Stem(parts[0]);
            var (asCue, seen) = pooled.GetValueOrDefault(stem);
            pooled[stem] = (asCue + wordAsCue, seen + wordSeen);
        }
        var stems = pooled.Where(p => Passes(p.Value.AsCue, p.Value.Seen)).Select(p => p.Key);
        return new CueLexicon(words, new HashSet<string>(stems, StringComparer.Ordinal), rejected);
    }

    private static bool Passes(int asCue, int seen) => asCue >= MinCueCount && (double)asCue / seen >= MinCueRate;

    /// <summary>A crude inflectional stem (suffix stripping, keeping at least three letters; "-ies" becomes
    /// "-y" and a final "e" goes, so "cite", "cited" and "cites" meet but "cities" does not), enough to pool
    /// a verb's or noun's forms.</summary>
    internal static string Stem(string word)
    {
        if (word.Length >= 6 && word.EndsWith("ies", StringComparison.Ordinal)) return word[..^3] + "y";
        foreach (var suffix in Suffixes)
            if (word.Length - suffix.Length >= 3 && word.EndsWith(suffix, StringComparison.Ordinal))
                return DropFinalE(word[..^suffix.Length]);
        return DropFinalE(word);
    }

    private static string DropFinalE(string stem) => stem.Length >= 4 && stem[^1] == 'e' ? stem[..^1] : stem;

    /// <summary>Adverbs ("reportedly") and document nouns ("statement") occur in cue spans but the verb
    /// next to them heads the cue.</summary>
    private static bool IsHeadWord(string word) =>
        !RideAlong.Contains(word) && !WordClasses.IsAdverb(word) && !WordClasses.DocumentNouns.Contains(word);

}
