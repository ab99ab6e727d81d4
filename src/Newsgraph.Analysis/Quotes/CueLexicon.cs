using System.Globalization;
using System.Reflection;

namespace Newsgraph.Analysis.Quotes;

/// <summary>
/// The words that report speech or thought ("said", "told", "warned", "according"), learned from how often
/// each word is annotated as an attribution cue in PolNeAR train (Resources/reporting-cues.tsv; see the
/// README there). A word counts as a cue when it is a cue often enough, in absolute and relative terms,
/// and is not a function word that only rides along in multi-word cues ("also", "about").
/// </summary>
internal sealed class CueLexicon
{
    private const double MinCueRate = 0.3;
    private const int MinCueCount = 4;

    /// <summary>Closed-class words that occur inside cue spans but never head one.</summary>
    private static readonly HashSet<string> RideAlong = new(StringComparer.Ordinal)
    {
        "about", "also", "in", "a", "an", "the", "for", "of", "to", "on", "with", "at", "by", "as", "that", "it",
        "has", "have", "had", "is", "are", "was", "were", "be", "been", "not", "did", "do", "does", "don't",
        "repeatedly", "publicly", "previously", "widely", "later", "again", "recently", "once", "often", "still",
        "clear", "known", "out", "up", "into", "from", "over", "he", "she", "they", "we", "i", "you", ":",
        "would", "will", "could", "should", "can", "may", "might", "just", "even", "never", "already",
    };

    private readonly HashSet<string> _cues;

    private CueLexicon(HashSet<string> cues) => _cues = cues;

    public static CueLexicon Default { get; } = Load();

    public bool IsCue(string lowerWord) => _cues.Contains(lowerWord);

    public int Count => _cues.Count;

    private static CueLexicon Load()
    {
        var cues = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in ReadResource("reporting-cues.tsv"))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var parts = line.Split('\t');
            int asCue = int.Parse(parts[1], CultureInfo.InvariantCulture);
            int seen = int.Parse(parts[2], CultureInfo.InvariantCulture);
            if (asCue >= MinCueCount && (double)asCue / seen >= MinCueRate && IsHeadWord(parts[0]))
                cues.Add(parts[0]);
        }
        return new CueLexicon(cues);
    }

    /// <summary>Adverbs ("reportedly") and document nouns ("statement") occur in cue spans but the verb
    /// next to them heads the cue.</summary>
    private static bool IsHeadWord(string word) =>
        !RideAlong.Contains(word) && !WordClasses.IsAdverb(word) && !WordClasses.DocumentNouns.Contains(word);

    private static IEnumerable<string> ReadResource(string name)
    {
        var assembly = typeof(CueLexicon).Assembly;
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith(name, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line) yield return line;
    }
}
