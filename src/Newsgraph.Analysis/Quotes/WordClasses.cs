namespace Newsgraph.Analysis.Quotes;

/// <summary>Small closed word classes the attribution patterns rely on (lower-cased forms).</summary>
internal static class WordClasses
{
    /// <summary>Auxiliaries and adverbs that sit between a source and its cue ("has also said").</summary>
    public static readonly HashSet<string> CueModifiers = new(StringComparer.Ordinal)
    {
        "has", "have", "had", "'s", "was", "were", "is", "are", "will", "would", "could", "should", "may", "might",
        "did", "does", "do", "not", "n't", "also", "later", "then", "once", "again", "even", "just", "never",
        "already", "still", "often", "first", "ultimately", "simply", "since", "earlier", "further", "been", "being",
        "be",
    };

    public static readonly HashSet<string> BeForms = new(StringComparer.Ordinal) { "been", "being", "be", "was", "were", "is", "are" };

    /// <summary>Words that end a noun phrase when walking back from a cue to its source.</summary>
    public static readonly HashSet<string> ClauseBoundaries = new(StringComparer.Ordinal)
    {
        "that", "and", "but", "or", "because", "while", "when", "if", "as", "since", "after", "before", "although",
        "though", "where", "so", "than", "whether", "until", "unless", "once", "nor", "yet", "whereas", "amid", "to",
    };

    /// <summary>Words that cannot end a source noun phrase: a cue after them is a noun ("in a statement").</summary>
    public static readonly HashSet<string> NotPhraseFinal = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "in", "on", "of", "to", "for", "with", "at", "by", "from", "his", "her", "their", "its",
        "our", "my", "your", "this", "these", "those", "into", "about", "over", "under", "between", "no", "any",
    };

    /// <summary>Prepositions that open adverbial phrases before a subject ("In a statement, …").</summary>
    public static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    {
        "in", "on", "at", "during", "after", "before", "for", "with", "without", "from", "by", "about", "despite",
        "under", "over", "through", "throughout", "within", "among", "across", "following", "like", "unlike", "of",
    };

    /// <summary>Time words that may follow a cue's source ("said Smith Tuesday").</summary>
    public static readonly HashSet<string> TimeWords = new(StringComparer.Ordinal)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today",
        "tonight", "last", "this", "earlier", "later", "recently", "again", "twice", "repeatedly",
    };

    public static readonly HashSet<string> PersonPronouns = new(StringComparer.Ordinal) { "he", "she", "him", "her", "his", "i", "we", "you" };

    public static readonly HashSet<string> OtherPronouns = new(StringComparer.Ordinal) { "they", "it", "who", "which", "them" };

    /// <summary>Nouns for documents and posts that speak for whoever issued them ("the statement added").</summary>
    public static readonly HashSet<string> DocumentNouns = new(StringComparer.Ordinal)
    {
        "statement", "release", "report", "letter", "memo", "tweet", "post", "communique", "communiqué", "filing",
        "complaint", "ad", "advertisement", "message", "email", "e-mail", "note", "announcement", "document",
        "declaration", "notice", "transcript", "editorial", "op-ed", "column", "interview", "blog",
    };

    /// <summary>Cues by which an outlet passes on what others said: their source becomes the quote's via.</summary>
    public static readonly HashSet<string> ReportingCues = new(StringComparer.Ordinal)
    {
        "reported", "reports", "report", "reporting", "according", "citing", "cited", "quoted", "quoting",
    };

    public static bool IsPronoun(string lower) => PersonPronouns.Contains(lower) || OtherPronouns.Contains(lower);

    public static bool IsParticiple(string lower) => lower.Length > 4 && lower.EndsWith("ing", StringComparison.Ordinal);

    public static bool IsAdverb(string lower) => lower.Length > 4 && lower.EndsWith("ly", StringComparison.Ordinal) && lower != "only";
}
