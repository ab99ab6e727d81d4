using System.Text.Json;
using System.Text.Json.Serialization;

namespace Newsgraph.Corpus.Stories;

/// <summary>
/// What a story is about, kept with it so that a new article is compared with a story and not with every
/// article in it: the sum of its articles' unit TF-IDF vectors (its strongest terms only) and how much of
/// it falls in each year and month.
/// </summary>
internal sealed class StoryProfile
{
    /// <summary>Terms kept per story: enough for a cosine, small enough to read back per candidate.</summary>
    private const int MaxTerms = 300;

    [JsonPropertyName("terms")] public Dictionary<string, double> Terms { get; set; } = new(StringComparer.Ordinal);
    [JsonPropertyName("periods")] public Dictionary<string, double> Periods { get; set; } = new(StringComparer.Ordinal);

    public void Add(IReadOnlyDictionary<string, double> vector, IReadOnlyDictionary<string, int> periods)
    {
        foreach (var (term, weight) in vector) Terms[term] = Terms.GetValueOrDefault(term) + weight;
        foreach (var (period, count) in periods) Periods[period] = Periods.GetValueOrDefault(period) + count;
        if (Terms.Count > MaxTerms)
            Terms = Terms.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(MaxTerms)
                .ToDictionary(p => p.Key, p => Math.Round(p.Value, 6), StringComparer.Ordinal);
    }

    /// <summary>A profile of dates only: one article's periods, to compare with another's.</summary>
    public static StoryProfile Of(IReadOnlyDictionary<string, int> periods)
    {
        var profile = new StoryProfile();
        profile.Add(new Dictionary<string, double>(), periods);
        return profile;
    }

    /// <summary>The story as it would be without one of its articles.</summary>
    public StoryProfile Without(IReadOnlyDictionary<string, double> vector, IReadOnlyDictionary<string, int> periods)
    {
        var rest = new StoryProfile
        {
            Terms = new Dictionary<string, double>(Terms, StringComparer.Ordinal),
            Periods = new Dictionary<string, double>(Periods, StringComparer.Ordinal),
        };
        foreach (var (term, weight) in vector)
            if (rest.Terms.TryGetValue(term, out var w)) rest.Terms[term] = w - weight;
        foreach (var (period, count) in periods)
            if (rest.Periods.TryGetValue(period, out var n)) rest.Periods[period] = n - count;
        return rest;
    }

    /// <summary>The terms that stand for the story in the candidate index.</summary>
    public IEnumerable<string> KeyTerms(int count) =>
        Terms.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(count).Select(p => p.Key);

    public double Cosine(IReadOnlyDictionary<string, double> unitVector)
    {
        double dot = 0, norm = 0;
        foreach (var (_, w) in Terms) norm += w * w;
        if (norm == 0) return 0;
        foreach (var (term, w) in unitVector)
            if (Terms.TryGetValue(term, out var s)) dot += w * s;
        return dot / Math.Sqrt(norm);
    }

    /// <summary>How far an article's years and months agree with the story's, 0 to 1; null when either side
    /// has no dates.</summary>
    public double? DateAgreement(IReadOnlyDictionary<string, int> periods)
    {
        double? years = Overlap(periods, ArticleEvidence.IsYear);
        if (years is null) return null;
        double? months = Overlap(periods, p => !ArticleEvidence.IsYear(p));
        return months is null ? years : (years.Value + months.Value) / 2;
    }

    // The overlap of the two normalised distributions over the periods the filter keeps.
    private double? Overlap(IReadOnlyDictionary<string, int> periods, Func<string, bool> keep)
    {
        double articleTotal = periods.Where(p => keep(p.Key)).Sum(p => p.Value);
        double storyTotal = Periods.Where(p => keep(p.Key)).Sum(p => p.Value);
        if (articleTotal == 0 || storyTotal == 0) return null;
        return periods.Where(p => keep(p.Key))
            .Sum(p => Math.Min(p.Value / articleTotal, Periods.GetValueOrDefault(p.Key) / storyTotal));
    }

    /// <summary>How well a headline stands for the story: the weight of its words in the story, per word.</summary>
    public double HeadlineScore(string? title)
    {
        if (string.IsNullOrWhiteSpace(title)) return -1;
        var words = StoryFeatures.Words(title).ToList();
        return words.Count == 0 ? -1 : words.Sum(w => Terms.GetValueOrDefault(w)) / Math.Sqrt(words.Count);
    }

    public string ToJson() => JsonSerializer.Serialize(this);

    public static StoryProfile FromJson(string json) => JsonSerializer.Deserialize<StoryProfile>(json) ?? new StoryProfile();
}
