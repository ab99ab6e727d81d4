using System.Globalization;
using System.Text.RegularExpressions;

namespace Newsgraph.Corpus.Stories;

/// <summary>What an article brings to story clustering: its words and named entities with their counts,
/// and the years and months it is about (its publication date and the dates it mentions).</summary>
public sealed record ArticleEvidence(IReadOnlyDictionary<string, int> Terms, IReadOnlyDictionary<string, int> Periods)
{
    /// <summary>Entity terms start with this; word terms never contain it.</summary>
    public const string EntityPrefix = "e:";

    /// <summary>Year periods are "2008", months "2008-12".</summary>
    public static bool IsYear(string period) => period.Length == 4;
}

/// <summary>Turns an article's title, text, entities and times into <see cref="ArticleEvidence"/>.</summary>
public static partial class StoryFeatures
{
    // Entity types that name a particular person, place, organisation or happening: the ones that tell
    // two stories of the same kind apart.
    private static readonly HashSet<string> NamedTypes = ["PERSON", "ORG", "GPE", "LOC", "FAC", "EVENT", "WORK_OF_ART", "PRODUCT"];

    public static bool IsNamedType(string type) => NamedTypes.Contains(type);

    public static ArticleEvidence Extract(string? title, string text, string? published,
        IEnumerable<(string Name, string Type)> entities, IEnumerable<(string Type, string Value)> times)
    {
        var terms = new Dictionary<string, int>(StringComparer.Ordinal);
        // The headline says what the story is: its words count twice.
        foreach (var word in Words(title ?? "")) Add(terms, word, 2);
        foreach (var word in Words(text)) Add(terms, word, 1);
        // Figures tell two happenings of one kind apart (a 5.6 quake and a 6.1 one, a $160 million offer and a $200 million one).
        foreach (Match m in NumberPattern().Matches(title + "\n" + text)) Add(terms, "n:" + m.Value.Replace(",", ""), 1);
        foreach (var (name, type) in entities)
        {
            if (!NamedTypes.Contains(type)) continue;
            var key = string.Join(' ', Words(name, keepStopwords: true));
            if (key.Length > 0) Add(terms, ArticleEvidence.EntityPrefix + key, 1);
        }

        var periods = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (type, value) in times)
            if (type == "DATE") AddPeriods(periods, value, 1);
        // The publication date outweighs any one date the text mentions.
        if (published is not null) AddPeriods(periods, published, 3);
        return new ArticleEvidence(terms, periods);
    }

    private static void AddPeriods(Dictionary<string, int> periods, string value, int weight)
    {
        var m = DateValue().Match(value);
        if (!m.Success) return;
        int year = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        if (year < 1900 || year > 2200) return;
        Add(periods, m.Groups[1].Value, weight);
        if (m.Groups[2].Success) Add(periods, m.Groups[1].Value + "-" + m.Groups[2].Value, weight);
    }

    private static void Add(Dictionary<string, int> counts, string key, int n) =>
        counts[key] = counts.GetValueOrDefault(key) + n;

    /// <summary>Lower-case words of three letters or more, without common function words, with a plural
    /// "s" taken off so that "strike" and "strikes" meet.</summary>
    public static IEnumerable<string> Words(string text, bool keepStopwords = false)
    {
        foreach (Match m in WordPattern().Matches(text))
        {
            var word = m.Value.ToLowerInvariant();
            if (!keepStopwords && (word.Length < 3 || Stopwords.Contains(word))) continue;
            if (word.Length > 4 && word[^1] == 's' && word[^2] != 's') word = word[..^1];
            yield return word;
        }
    }

    [GeneratedRegex(@"^(\d{4})(?:-(\d{2}))?")]
    private static partial Regex DateValue();

    // Numbers of two digits or more, or with a decimal part; not the digits inside a word or an address.
    [GeneratedRegex(@"(?<![\p{L}\d./:_-])(?:\d{1,3}(?:,\d{3})+|\d+\.\d+|\d{2,})(?![\p{L}\d/_-])")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"\p{L}[\p{L}\p{Mn}'’]*")]
    private static partial Regex WordPattern();

    // Function words, reporting verbs and the parts of a web address a capture's first line carries.
    private static readonly HashSet<string> Stopwords =
    [
        "the", "and", "for", "that", "with", "was", "were", "are", "has", "have", "had", "this", "from", "his", "her", "its",
        "their", "they", "them", "she", "him", "who", "which", "what", "when", "where", "will", "would", "could", "should",
        "been", "being", "but", "not", "also", "said", "says", "say", "after", "before", "over", "into", "about", "than",
        "then", "there", "here", "more", "most", "some", "one", "two", "all", "any", "out", "our", "you", "your", "can",
        "may", "did", "does", "just", "only", "other", "such", "very", "while", "during", "told", "according", "since",
        "new", "year", "years", "time", "last", "first", "week", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "today", "yesterday", "http", "https", "www", "com", "html", "htm", "php", "aspx", "org",
        "net", "news", "article", "story", "index", "default", "amp",
    ];
}
