using System.Data.Common;
using System.Globalization;
using Newsgraph.Corpus.Store;

namespace Newsgraph.Corpus.Stories;

/// <summary>The weights and thresholds of story clustering, tuned on the ECB+ dev set (docs/quality.md).</summary>
public sealed record StoryWeights
{
    /// <summary>A shared named entity counts this many times a shared word of the same rarity.</summary>
    public double Entity { get; init; } = 2.0;
    /// <summary>An article joins its best story at this score or above, else it starts a new one.</summary>
    public double JoinThreshold { get; init; } = 0.1;
    /// <summary>The same in a rebuild, which gathers related articles loosely (stories of one kind come
    /// together) and then parts each story's happenings with <see cref="StorySplitter"/>.</summary>
    public double RebuildJoinThreshold { get; init; } = 0.08;
    /// <summary>A rebuilt story's articles stay in one group while their average similarity, weighed by how rare
    /// each term is inside the story, is at least this (<see cref="StorySplitter"/>).</summary>
    public double SplitThreshold { get; init; } = 0.03;
    /// <summary>The fewest articles a story split off another may have; smaller groups stay with the closest.</summary>
    public int SplitMinArticles { get; init; } = 5;
    /// <summary>Larger stories are not split (average linkage costs the cube of a story's size, and while
    /// ingesting a check reads every article of the story).</summary>
    public int SplitMaxArticles { get; init; } = 300;
    /// <summary>The text score is multiplied by DateFloor when the dates disagree entirely, rising to DateCeiling when they agree.</summary>
    public double DateFloor { get; init; } = 0.5;
    public double DateCeiling { get; init; } = 1.3;
    /// <summary>An article's strongest terms looked up in the story index, and the story terms kept there.</summary>
    public int LookupTerms { get; init; } = 20;
    public int KeyTerms { get; init; } = 30;
    /// <summary>Stories scored per article: those sharing the most looked-up terms.</summary>
    public int Candidates { get; init; } = 30;
    /// <summary>A rebuild's passes over the placed articles, each moving an article to the story it fits best.</summary>
    public int RefineRounds { get; init; } = 5;

    public static StoryWeights Default { get; } = new();
}

/// <summary>
/// Streaming story clustering inside a store transaction: each new article is scored against the stories
/// that share its strongest terms (an inverted index, so the cost does not grow with the store) and joins
/// the best one or starts a new story. A near-duplicate joins its original's story as a copy. IDF comes
/// from the store's own term document counts, kept up to date as articles arrive.
/// </summary>
internal sealed class StoryClusterer(DbConnection c, DbTransaction t, StoryWeights weights)
{
    // The document count lives in the term table under a key no word or entity term can take.
    private const string DocumentCountKey = "#documents";

    /// <summary>Clusters the given stored articles in publication order where known, then as stored.</summary>
    public async Task AddAsync(IEnumerable<long> articleIds, CancellationToken ct)
    {
        var ids = articleIds.ToList();
        if (ids.Count == 0) return;
        foreach (var id in await InPublicationOrderAsync(c, t, ids, ct)) await AddOneAsync(id, ct);
    }

    /// <summary>Articles with a publication date first, oldest first; then the undated in the order stored.</summary>
    public static string PublicationOrder(string table = "") =>
        $"CASE WHEN {table}published IS NULL THEN 1 ELSE 0 END, {table}published, {table}id";

    /// <summary>The given stored articles (every latest version, when null) in <see cref="PublicationOrder"/>.</summary>
    public static async Task<List<long>> InPublicationOrderAsync(DbConnection c, DbTransaction t, IEnumerable<long>? ids, CancellationToken ct)
    {
        var order = new List<long>();
        var which = ids is null ? "is_latest = 1" : $"id IN ({string.Join(", ", ids)})";
        await using var command = SqlCorpusStore.Command(c, t, $"SELECT id FROM articles WHERE {which} ORDER BY {PublicationOrder()}", []);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) order.Add(reader.GetInt64(0));
        return order;
    }

    /// <summary>Forgets every story and clusters the latest version of every article again, in publication order.</summary>
    public async Task RebuildAsync(CancellationToken ct)
    {
        await ForgetStoriesAsync(ct);
        await Execute("DELETE FROM term_documents", ct);
        var ids = await InPublicationOrderAsync(c, t, null, ct);
        // Document counts over the whole store first: a rebuild weighs its first articles with the same
        // IDF as its last, which a stream can only do once the store is large.
        foreach (var id in ids) await CountTermsAsync((await ReadEvidenceAsync(id, ct)).Terms, ct);
        _counting = false;
        _placed = [];
        foreach (var id in ids) await AddOneAsync(id, ct);
        await RefineAsync(ids, ct);
    }

    private bool _counting = true;

    // While rebuilding: each clustered article's vector and periods, or the original it is a copy of.
    private Dictionary<long, Placed>? _placed;

    private double JoinThreshold => _placed is null ? weights.JoinThreshold : weights.RebuildJoinThreshold;

    private sealed record Placed(Dictionary<string, double> Vector, IReadOnlyDictionary<string, int> Periods, long? CopyOf);

    private async Task<ArticleEvidence> ReadEvidenceAsync(long id, CancellationToken ct)
    {
        var (title, text, published) = ("", "", (string?)null);
        await using (var command = SqlCorpusStore.Command(c, t, "SELECT title, text, published FROM articles WHERE id = @id", [("id", id)]))
        await using (var reader = await command.ExecuteReaderAsync(ct))
            if (await reader.ReadAsync(ct))
                (title, text, published) = (reader.IsDBNull(0) ? null : reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2));
        var entities = await PairsAsync("SELECT name, type FROM entities WHERE article_id = @id ORDER BY entity_id", id, ct);
        var times = await PairsAsync("SELECT type, value FROM times WHERE article_id = @id ORDER BY start_offset", id, ct);
        return StoryFeatures.Extract(title, text, published, entities, times);
    }

    private async Task CountTermsAsync(IReadOnlyDictionary<string, int> terms, CancellationToken ct)
    {
        const string upsert = "INSERT INTO term_documents (term, documents) VALUES (@term, 1) ON CONFLICT (term) DO UPDATE SET documents = term_documents.documents + 1";
        await SqlCorpusStore.ExecuteManyAsync(c, t, upsert, terms.Keys.Prepend(DocumentCountKey).Select(term => new (string, object?)[] { ("term", term) }), ct);
    }

    private async Task AddOneAsync(long id, CancellationToken ct)
    {
        string? title, key;
        string seen;
        long? copyOf;
        await using (var command = SqlCorpusStore.Command(c, t,
            "SELECT title, coalesce(published, fetched_at), copy_of, article_key FROM articles WHERE id = @id", [("id", id)]))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            if (!await reader.ReadAsync(ct)) return;
            title = reader.IsDBNull(0) ? null : reader.GetString(0);
            seen = reader.GetString(1);
            copyOf = reader.IsDBNull(2) ? null : reader.GetInt64(2);
            key = reader.GetString(3);
        }
        // A new version takes the place of the old ones in their story.
        await Execute("DELETE FROM story_articles WHERE article_id IN (SELECT id FROM articles WHERE article_key = @key AND id <> @id)", ct,
            ("key", key), ("id", id));
        await Execute("DELETE FROM story_articles WHERE article_id = @id", ct, ("id", id));

        if (copyOf is { } original && await ScalarAsync("SELECT story_id FROM story_articles WHERE article_id = @id", ct, ("id", original)) is { } originalStory)
        {
            // A copy adds no evidence of its own: it joins, and the story's profile stays as it was.
            await JoinAsync(id, Convert.ToInt64(originalStory, CultureInfo.InvariantCulture), isCopy: true, score: null, seen, ct);
            _placed?.Add(id, new Placed([], new Dictionary<string, int>(), original));
            return;
        }

        var evidence = await ReadEvidenceAsync(id, ct);
        var vector = await WeighAsync(evidence, ct);
        _placed?.Add(id, new Placed(vector, evidence.Periods, null));

        var (best, bestScore, profile) = (0L, 0.0, (StoryProfile?)null);
        foreach (var (candidate, candidateProfile) in await CandidatesAsync(vector, ct))
        {
            double score = Score(candidateProfile, vector, evidence.Periods);
            if (score > bestScore) (best, bestScore, profile) = (candidate, score, candidateProfile);
        }

        if (profile is null || bestScore < JoinThreshold)
            (best, bestScore, profile) = (await NewStoryAsync(seen, ct), 1, new StoryProfile());
        profile.Add(vector, evidence.Periods);
        await JoinAsync(id, best, isCopy: false, Math.Round(bestScore, 6), seen, ct);
        await UpdateProfileAsync(best, profile, id, title, ct);
        if (_placed is null) await SplitWhenDueAsync(best, ct);
    }

    /// <summary>
    /// While ingesting, a story that has grown to <see cref="StoryWeights.SplitMinArticles"/> twice over, and
    /// again each time it has grown by half since, is parted by <see cref="StorySplitter"/> as a rebuild would
    /// part it; every group after the first moves to a new story, with its copies. The checks grow apart as the
    /// story grows, so their cost per added article stays bounded; stories over
    /// <see cref="StoryWeights.SplitMaxArticles"/> are not checked.
    /// </summary>
    private async Task SplitWhenDueAsync(long story, CancellationToken ct)
    {
        // Counted up to one past the largest story checked, so a long story costs no more than that on each article added.
        var counted = Convert.ToInt32(await ScalarAsync(
            $"SELECT count(*) FROM (SELECT 1 FROM story_articles WHERE story_id = @story AND is_copy = 0 LIMIT {weights.SplitMaxArticles + 1}) s",
            ct, ("story", story)), CultureInfo.InvariantCulture);
        if (!StorySplitter.IsDue(counted, weights)) return;
        var ids = new List<long>();
        await using (var command = SqlCorpusStore.Command(c, t, "SELECT article_id FROM story_articles WHERE story_id = @story AND is_copy = 0 ORDER BY article_id", [("story", story)]))
        await using (var reader = await command.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct)) ids.Add(reader.GetInt64(0));
        if (!StorySplitter.IsDue(ids.Count, weights)) return;

        var members = new List<StorySplitter.Member>();
        foreach (var id in ids)
        {
            var evidence = await ReadEvidenceAsync(id, ct);
            members.Add(new StorySplitter.Member(id, await WeighAsync(evidence, ct, countTerms: false), evidence.Periods));
        }
        var groups = StorySplitter.Split(members, weights);
        if (groups.Count < 2) return;
        var byId = members.ToDictionary(m => m.Id);
        foreach (var group in groups.Skip(1))
        {
            var moved = string.Join(", ", group);
            var seen = await ScalarAsync($"SELECT min(coalesce(published, fetched_at)) FROM articles WHERE id IN ({moved})", ct) as string ?? "";
            var target = await NewStoryAsync(seen, ct);
            await Execute($"UPDATE story_articles SET story_id = @target WHERE story_id = @story AND (article_id IN ({moved}) OR article_id IN (SELECT id FROM articles WHERE copy_of IN ({moved})))",
                ct, ("target", target), ("story", story));
            await RewriteStoryAsync(target, group.Select(id => byId[id]).ToList(), ct);
        }
        await RewriteStoryAsync(story, groups[0].Select(id => byId[id]).ToList(), ct);
    }

    /// <summary>A story's count, first and last seen, profile, headline and lookup keys made anew from its articles.</summary>
    private async Task RewriteStoryAsync(long story, List<StorySplitter.Member> members, CancellationToken ct)
    {
        var profile = new StoryProfile();
        foreach (var m in members) profile.Add(m.Vector, m.Periods);
        await Execute("""
            UPDATE stories SET title = NULL, title_article = NULL,
                article_count = (SELECT count(*) FROM story_articles WHERE story_id = @story),
                first_seen = (SELECT min(coalesce(a.published, a.fetched_at)) FROM story_articles s JOIN articles a ON a.id = s.article_id WHERE s.story_id = @story),
                last_seen = (SELECT max(coalesce(a.published, a.fetched_at)) FROM story_articles s JOIN articles a ON a.id = s.article_id WHERE s.story_id = @story)
            WHERE id = @story
            """, ct, ("story", story));
        await Execute("DELETE FROM story_keys WHERE story_id = @story", ct, ("story", story));
        foreach (var m in members) await UpdateProfileAsync(story, profile, m.Id, (await TitleAndSeenAsync(m.Id, ct)).Title, ct);
    }

    /// <summary>How well an article fits a story: the cosine of its vector with the story's, scaled by how far their dates agree.</summary>
    private double Score(StoryProfile profile, IReadOnlyDictionary<string, double> vector, IReadOnlyDictionary<string, int> periods)
    {
        double score = profile.Cosine(vector);
        if (profile.DateAgreement(periods) is { } agreement)
            score *= weights.DateFloor + (weights.DateCeiling - weights.DateFloor) * agreement;
        return score;
    }

    /// <summary>Every story, its articles and its lookup keys go (the document counts stay).</summary>
    private async Task ForgetStoriesAsync(CancellationToken ct)
    {
        foreach (var table in new[] { "story_keys", "story_articles", "stories" }) await Execute($"DELETE FROM {table}", ct);
    }

    private async Task<long> NewStoryAsync(string seen, CancellationToken ct)
    {
        var id = Convert.ToInt64(await ScalarAsync("SELECT coalesce(max(id), 0) + 1 FROM stories", ct), CultureInfo.InvariantCulture);
        await Execute("INSERT INTO stories (id, title, title_article, first_seen, last_seen, article_count, profile) VALUES (@id, NULL, NULL, @seen, @seen, 0, '{}')",
            ct, ("id", id), ("seen", seen));
        return id;
    }

    /// <summary>
    /// A rebuild's second pass, once every article is placed: each article is scored against its own story
    /// (without itself) and the stories that share its strongest terms, and moves to the best; the stories'
    /// profiles are made anew after each round (all moves of a round are decided on the same profiles, so the
    /// result does not depend on the order within a round). An article alone in its story stays unless another
    /// scores the join threshold. The stories are then written again in publication order.
    /// </summary>
    private async Task RefineAsync(List<long> ids, CancellationToken ct)
    {
        if (_placed is null) return;
        var story = new Dictionary<long, long>();
        await using (var command = SqlCorpusStore.Command(c, t, "SELECT article_id, story_id FROM story_articles", []))
        await using (var reader = await command.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct)) story[reader.GetInt64(0)] = reader.GetInt64(1);
        var placed = ids.Where(id => _placed.ContainsKey(id) && story.ContainsKey(id)).ToList();
        var scores = new Dictionary<long, double>();

        for (int round = 0; round < weights.RefineRounds; round++)
        {
            var profiles = new Dictionary<long, StoryProfile>();
            var members = new Dictionary<long, int>();
            foreach (var id in placed.Where(id => _placed[id].CopyOf is null))
            {
                var p = _placed[id];
                if (!profiles.TryGetValue(story[id], out var profile)) profiles[story[id]] = profile = new StoryProfile();
                profile.Add(p.Vector, p.Periods);
                members[story[id]] = members.GetValueOrDefault(story[id]) + 1;
            }
            var index = new Dictionary<string, List<long>>(StringComparer.Ordinal);
            foreach (var (id, profile) in profiles.OrderBy(p => p.Key))
                foreach (var term in profile.KeyTerms(weights.KeyTerms))
                    (index.TryGetValue(term, out var list) ? list : index[term] = []).Add(id);

            var next = new Dictionary<long, long>(story);
            int moved = 0;
            foreach (var id in placed)
            {
                var p = _placed[id];
                if (p.CopyOf is not null) continue;
                long current = story[id], best = current;
                double bestScore = members[current] == 1 ? JoinThreshold
                    : Score(profiles[current].Without(p.Vector, p.Periods), p.Vector, p.Periods);
                var shared = new Dictionary<long, int>();
                foreach (var term in Strongest(p.Vector, weights.LookupTerms).Keys)
                    if (index.TryGetValue(term, out var list))
                        foreach (var candidate in list) shared[candidate] = shared.GetValueOrDefault(candidate) + 1;
                foreach (var candidate in shared.OrderByDescending(s => s.Value).ThenBy(s => s.Key).Take(weights.Candidates).Select(s => s.Key).Order())
                {
                    if (candidate == current) continue;
                    double score = Score(profiles[candidate], p.Vector, p.Periods);
                    if (score > bestScore) (best, bestScore) = (candidate, score);
                }
                scores[id] = bestScore;
                if (best != current) { next[id] = best; moved++; }
            }
            story = next;
            if (moved == 0) break;
        }
        story = Split(placed, story);

        // Written again from scratch, in publication order: story ids, titles, profiles and keys as a stream would leave them.
        await ForgetStoriesAsync(ct);
        var written = new Dictionary<long, (long Id, StoryProfile Profile)>();
        foreach (var id in placed)
        {
            var p = _placed[id];
            var (title, seen) = await TitleAndSeenAsync(id, ct);
            if (p.CopyOf is { } original && story.TryGetValue(original, out var originalStory) && written.TryGetValue(originalStory, out var target))
            {
                await JoinAsync(id, target.Id, isCopy: true, score: null, seen, ct);
                continue;
            }
            bool first = !written.TryGetValue(story[id], out var entry);
            if (first) written[story[id]] = entry = (await NewStoryAsync(seen, ct), new StoryProfile());
            entry.Profile.Add(p.Vector, p.Periods);
            await JoinAsync(id, entry.Id, isCopy: false, first ? 1 : Math.Round(scores.GetValueOrDefault(id, 1), 6), seen, ct);
            await UpdateProfileAsync(entry.Id, entry.Profile, id, title, ct);
        }
    }

    /// <summary>Each story's articles (copies follow their originals) in the groups <see cref="StorySplitter"/>
    /// parts them into; every group after the first becomes a new story.</summary>
    private Dictionary<long, long> Split(List<long> placed, Dictionary<long, long> story)
    {
        var split = new Dictionary<long, long>(story);
        long next = story.Values.DefaultIfEmpty().Max() + 1;
        foreach (var members in placed.Where(id => _placed![id].CopyOf is null).GroupBy(id => story[id]).OrderBy(g => g.Key))
        {
            var groups = StorySplitter.Split(members.Select(id => new StorySplitter.Member(id, _placed![id].Vector, _placed[id].Periods)).ToList(), weights);
            foreach (var group in groups.Skip(1))
            {
                foreach (var id in group) split[id] = next;
                next++;
            }
        }
        return split;
    }

    private async Task<(string? Title, string Seen)> TitleAndSeenAsync(long id, CancellationToken ct)
    {
        await using var command = SqlCorpusStore.Command(c, t, "SELECT title, coalesce(published, fetched_at) FROM articles WHERE id = @id", [("id", id)]);
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return (reader.IsDBNull(0) ? null : reader.GetString(0), reader.GetString(1));
    }

    private async Task JoinAsync(long article, long story, bool isCopy, double? score, string seen, CancellationToken ct)
    {
        await Execute("INSERT INTO story_articles (article_id, story_id, is_copy, score) VALUES (@article, @story, @copy, @score)", ct,
            ("article", article), ("story", story), ("copy", isCopy ? 1 : 0), ("score", score));
        await Execute("""
            UPDATE stories SET article_count = article_count + 1,
                first_seen = CASE WHEN first_seen IS NULL OR @seen < first_seen THEN @seen ELSE first_seen END,
                last_seen = CASE WHEN last_seen IS NULL OR @seen > last_seen THEN @seen ELSE last_seen END
            WHERE id = @story
            """, ct, ("seen", seen), ("story", story));
    }

    private async Task UpdateProfileAsync(long story, StoryProfile profile, long article, string? title, CancellationToken ct)
    {
        // The headline whose words weigh most in the story stands for it; the current one is re-weighed
        // against the grown profile so a better later headline can take over.
        var current = await ScalarAsync("SELECT title FROM stories WHERE id = @id", ct, ("id", story)) as string;
        if (current is null || profile.HeadlineScore(title) > profile.HeadlineScore(current))
            await Execute("UPDATE stories SET title = @title, title_article = @article WHERE id = @id", ct,
                ("title", title), ("article", article), ("id", story));
        await Execute("UPDATE stories SET profile = @profile WHERE id = @id", ct, ("profile", profile.ToJson()), ("id", story));
        await SqlCorpusStore.ExecuteManyAsync(c, t, "INSERT INTO story_keys (term, story_id) VALUES (@term, @story) ON CONFLICT DO NOTHING",
            profile.KeyTerms(weights.KeyTerms).Select(term => new (string, object?)[] { ("term", term), ("story", story) }), ct);
    }

    /// <summary>Counts the article's terms into the store's document frequencies (unless a rebuild counted them
    /// all first, or the article was counted when it was added) and returns its unit TF-IDF vector.</summary>
    private async Task<Dictionary<string, double>> WeighAsync(ArticleEvidence evidence, CancellationToken ct, bool countTerms = true)
    {
        if (_counting && countTerms) await CountTermsAsync(evidence.Terms, ct);
        double documents = Convert.ToDouble(await ScalarAsync("SELECT documents FROM term_documents WHERE term = @term", ct, ("term", DocumentCountKey)), CultureInfo.InvariantCulture);

        var frequencies = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var chunk in evidence.Terms.Keys.Chunk(500))
        {
            var names = chunk.Select((_, i) => "@t" + i);
            await using var command = SqlCorpusStore.Command(c, t, $"SELECT term, documents FROM term_documents WHERE term IN ({string.Join(", ", names)})",
                chunk.Select((term, i) => ("t" + i, (object?)term)));
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) frequencies[reader.GetString(0)] = reader.GetInt64(1);
        }

        var vector = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (term, count) in evidence.Terms)
        {
            double idf = Math.Log((documents + 1) / (frequencies.GetValueOrDefault(term, 1) + 1)) + 1;
            double weight = (1 + Math.Log(count)) * idf;
            if (term.StartsWith(ArticleEvidence.EntityPrefix, StringComparison.Ordinal)) weight *= weights.Entity;
            vector[term] = weight;
        }
        double norm = Math.Sqrt(vector.Values.Sum(w => w * w));
        if (norm > 0) foreach (var term in vector.Keys.ToList()) vector[term] = Math.Round(vector[term] / norm, 6);
        return vector;
    }

    private static Dictionary<string, double> Strongest(Dictionary<string, double> vector, int count) =>
        vector.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(count).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    /// <summary>The stories that share the most of the article's strongest terms, with their profiles.</summary>
    private async Task<List<(long Story, StoryProfile Profile)>> CandidatesAsync(Dictionary<string, double> vector, CancellationToken ct)
    {
        var lookup = Strongest(vector, weights.LookupTerms).Keys.ToList();
        var candidates = new List<(long, StoryProfile)>();
        if (lookup.Count == 0) return candidates;
        var sql = $"""
            SELECT s.id, s.profile FROM stories s JOIN (
                SELECT story_id, count(*) AS shared FROM story_keys WHERE term IN ({string.Join(", ", lookup.Select((_, i) => "@t" + i))})
                GROUP BY story_id ORDER BY shared DESC, story_id LIMIT {weights.Candidates}) k ON k.story_id = s.id
            ORDER BY s.id
            """;
        await using var command = SqlCorpusStore.Command(c, t, sql, lookup.Select((term, i) => ("t" + i, (object?)term)));
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) candidates.Add((reader.GetInt64(0), StoryProfile.FromJson(reader.GetString(1))));
        return candidates;
    }

    private async Task<List<(string, string)>> PairsAsync(string sql, long id, CancellationToken ct)
    {
        var pairs = new List<(string, string)>();
        await using var command = SqlCorpusStore.Command(c, t, sql, [("id", id)]);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) pairs.Add((reader.GetString(0), reader.GetString(1)));
        return pairs;
    }

    private async Task Execute(string sql, CancellationToken ct, params (string, object?)[] parameters)
    {
        await using var command = SqlCorpusStore.Command(c, t, sql, parameters);
        await command.ExecuteNonQueryAsync(ct);
    }

    private async Task<object?> ScalarAsync(string sql, CancellationToken ct, params (string, object?)[] parameters)
    {
        await using var command = SqlCorpusStore.Command(c, t, sql, parameters);
        var value = await command.ExecuteScalarAsync(ct);
        return value is DBNull ? null : value;
    }
}
