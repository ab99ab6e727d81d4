namespace Newsgraph.Corpus.Stories;

/// <summary>
/// Merges the events a story's articles report into one timeline: two reports are the same happening
/// when they fall on the same date and share a participant or most of their words.
/// </summary>
public static class StoryTimeline
{
    /// <summary>Word overlap (Jaccard) from which two reports of one date are one happening.</summary>
    public const double SameWords = 0.3;

    /// <param name="reports">In the order the articles are to be credited (earliest first).</param>
    public static List<StoryEvent> Merge(IEnumerable<ReportedEvent> reports)
    {
        var merged = new List<(string Date, string Text, List<string> Participants, HashSet<string> Words, List<long> Articles)>();
        foreach (var report in reports)
        {
            var words = StoryFeatures.Words(report.Text).ToHashSet(StringComparer.Ordinal);
            var people = report.Participants.Select(Key).ToHashSet(StringComparer.Ordinal);
            int match = merged.FindIndex(e => e.Date == report.Date
                && (e.Participants.Any(p => people.Contains(Key(p))) || Jaccard(e.Words, words) >= SameWords));
            if (match < 0)
            {
                merged.Add((report.Date, report.Text, [.. report.Participants.Distinct(StringComparer.OrdinalIgnoreCase)], words, [report.Article]));
                continue;
            }
            var e = merged[match];
            e.Words.UnionWith(words);
            foreach (var p in report.Participants)
                if (!e.Participants.Any(q => Key(q) == Key(p))) e.Participants.Add(p);
            if (!e.Articles.Contains(report.Article)) e.Articles.Add(report.Article);
        }
        return merged
            .Select((e, order) => (Event: new StoryEvent(e.Date, e.Text, e.Participants, e.Articles), Order: order))
            .OrderBy(e => e.Event.Date, StringComparer.Ordinal).ThenBy(e => e.Order)
            .Select(e => e.Event).ToList();
    }

    private static string Key(string name) => string.Join(' ', StoryFeatures.Words(name, keepStopwords: true));

    private static double Jaccard(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0) return 0;
        int shared = a.Count(b.Contains);
        return (double)shared / (a.Count + b.Count - shared);
    }
}
