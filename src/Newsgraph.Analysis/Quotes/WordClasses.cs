using Newsgraph.Analysis.Lexicons;

namespace Newsgraph.Analysis.Quotes;

/// <summary>Small closed word classes the attribution patterns rely on (lower-cased forms).</summary>
internal static class WordClasses
{
    /// <summary>Auxiliaries and adverbs that sit between a source and its cue ("has also said").</summary>
    public static readonly HashSet<string> CueModifiers = ResourceLoader.WordSet("cue-modifiers", StringComparer.Ordinal);

    public static readonly HashSet<string> BeForms = new(StringComparer.Ordinal) { "been", "being", "be", "was", "were", "is", "are" };

    /// <summary>Words that end a noun phrase when walking back from a cue to its source.</summary>
    public static readonly HashSet<string> ClauseBoundaries = ResourceLoader.WordSet("clause-boundaries", StringComparer.Ordinal);

    /// <summary>Words that cannot end a source noun phrase: a cue after them is a noun ("in a statement").</summary>
    public static readonly HashSet<string> NotPhraseFinal = ResourceLoader.WordSet("not-phrase-final", StringComparer.Ordinal);

    /// <summary>Prepositions that open adverbial phrases before a subject ("In a statement, …").</summary>
    public static readonly HashSet<string> Prepositions = ResourceLoader.WordSet("prepositions", StringComparer.Ordinal);

    /// <summary>Time words that may follow a cue's source ("said Smith Tuesday").</summary>
    public static readonly HashSet<string> TimeWords = ResourceLoader.WordSet("time-words", StringComparer.Ordinal);

    public static readonly HashSet<string> PersonPronouns = new(StringComparer.Ordinal) { "he", "she", "him", "her", "his", "i", "we", "you" };

    public static readonly HashSet<string> OtherPronouns = new(StringComparer.Ordinal) { "they", "it", "who", "which", "them" };

    /// <summary>Nouns for documents and posts that speak for whoever issued them ("the statement added").</summary>
    public static readonly HashSet<string> DocumentNouns = ResourceLoader.WordSet("document-nouns", StringComparer.Ordinal);

    /// <summary>Cues by which an outlet passes on what others said: their source becomes the quote's via.</summary>
    public static readonly HashSet<string> ReportingCues = ResourceLoader.WordSet("reporting-cue-words", StringComparer.Ordinal);

    public static bool IsPronoun(string lower) => PersonPronouns.Contains(lower) || OtherPronouns.Contains(lower);

    public static bool IsParticiple(string lower) => lower.Length > 4 && lower.EndsWith("ing", StringComparison.Ordinal);

    public static bool IsAdverb(string lower) => lower.Length > 4 && lower.EndsWith("ly", StringComparison.Ordinal) && lower != "only";
}
