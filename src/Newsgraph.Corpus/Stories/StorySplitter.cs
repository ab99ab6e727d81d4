namespace Newsgraph.Corpus.Stories;

/// <summary>
/// A rebuild's last step: a story gathered at a low join threshold may hold several happenings of one kind
/// (two earthquakes on one island, two offers to one player). Inside the story, the words every article
/// shares say only what kind of happening it is; what tells its happenings apart is what some of its
/// articles share and the others lack. So each article's vector is weighed again by how rare each term
/// is inside the story (a term in every article weighs nothing), and the articles are grouped by average
/// linkage on those vectors, scaled by how far their dates agree, until no two groups are closer than
/// <see cref="StoryWeights.SplitThreshold"/>. Groups smaller than <see cref="StoryWeights.SplitMinArticles"/>
/// join the group they are closest to; each group that is left is a story.
/// </summary>
public static class StorySplitter
{
    /// <summary>One article of the story: its unit TF-IDF vector (store-wide weights) and its periods.</summary>
    public sealed record Member(long Id, IReadOnlyDictionary<string, double> Vector, IReadOnlyDictionary<string, int> Periods);

    /// <summary>The story's articles in groups, each in the order given; the group of the first article first.
    /// A story too small to hold two groups of the least size comes back whole.</summary>
    public static List<List<long>> Split(IReadOnlyList<Member> members, StoryWeights weights)
    {
        int n = members.Count;
        if (n < 2 * weights.SplitMinArticles || n > weights.SplitMaxArticles) return [members.Select(m => m.Id).ToList()];

        var similarity = Similarities(members, weights);
        // Average linkage: the sum of similarities between every two groups, merged best first.
        var groups = Enumerable.Range(0, n).Select(i => new List<int> { i }).ToList();
        var sums = new double[n, n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                sums[i, j] = similarity[i, j];
        var alive = Enumerable.Range(0, n).ToList();
        while (alive.Count > 1)
        {
            var (a, b, best) = (-1, -1, double.NegativeInfinity);
            for (int x = 0; x < alive.Count; x++)
                for (int y = x + 1; y < alive.Count; y++)
                {
                    int p = alive[x], q = alive[y];
                    double average = sums[p, q] / (groups[p].Count * groups[q].Count);
                    if (average > best) (a, b, best) = (p, q, average);
                }
            if (best < weights.SplitThreshold) break;
            groups[a].AddRange(groups[b]);
            alive.Remove(b);
            foreach (var c in alive)
                if (c != a) sums[a, c] = sums[c, a] = sums[a, c] + sums[b, c];
        }

        var large = alive.Where(g => groups[g].Count >= weights.SplitMinArticles).ToList();
        if (large.Count < 2) return [members.Select(m => m.Id).ToList()];
        var result = large.ToDictionary(g => g, g => new List<int>(groups[g]));
        foreach (var small in alive.Where(g => groups[g].Count < weights.SplitMinArticles))
        {
            int closest = large.OrderByDescending(g => sums[small, g] / groups[g].Count).ThenBy(g => groups[g].Min()).First();
            result[closest].AddRange(groups[small]);
        }
        return result.Values
            .Select(g => g.Order().Select(i => members[i].Id).ToList())
            .OrderBy(g => members.Select(m => m.Id).ToList().IndexOf(g[0]))
            .ToList();
    }

    /// <summary>Whether a story of this many articles (copies aside) is due a split check: at twice the least
    /// group, then each time it has grown by half.</summary>
    public static bool IsDue(int articles, StoryWeights weights)
    {
        if (articles > weights.SplitMaxArticles) return false;
        int check = 2 * weights.SplitMinArticles;
        while (check < articles) check += Math.Max(1, check / 2);
        return check == articles;
    }

    // Cosines of the vectors weighed by rarity inside the story, scaled by the date factor.
    private static double[,] Similarities(IReadOnlyList<Member> members, StoryWeights weights)
    {
        int n = members.Count;
        var inArticles = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var m in members)
            foreach (var term in m.Vector.Keys) inArticles[term] = inArticles.GetValueOrDefault(term) + 1;
        var local = members.Select(m =>
        {
            var v = m.Vector.ToDictionary(p => p.Key, p => p.Value * Math.Log((n + 1.0) / (inArticles[p.Key] + 1)), StringComparer.Ordinal);
            double norm = Math.Sqrt(v.Values.Sum(w => w * w));
            return norm > 0 ? v.ToDictionary(p => p.Key, p => p.Value / norm, StringComparer.Ordinal) : v;
        }).ToList();
        var dates = members.Select(m => StoryProfile.Of(m.Periods)).ToList();

        var similarity = new double[n, n];
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++)
            {
                var (small, large) = local[i].Count <= local[j].Count ? (local[i], local[j]) : (local[j], local[i]);
                double dot = 0;
                foreach (var (term, w) in small)
                    if (large.TryGetValue(term, out var other)) dot += w * other;
                if (dates[i].DateAgreement(members[j].Periods) is { } agreement)
                    dot *= weights.DateFloor + (weights.DateCeiling - weights.DateFloor) * agreement;
                similarity[i, j] = similarity[j, i] = dot;
            }
        return similarity;
    }
}
