using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Newsgraph.Corpus.Stories;

namespace Newsgraph.Corpus.Store;

/// <summary>The store's stories: clustered as each batch is stored (in its transaction), rebuilt on
/// demand, and read back with their articles, key entities and merged timeline.</summary>
internal sealed partial class SqlCorpusStore
{
    /// <summary>The clustering weights; the defaults are the ones tuned on the dev set.</summary>
    public StoryWeights StoryWeights { get; init; } = StoryWeights.Default;

    private Task ClusterStoriesAsync(DbConnection c, DbTransaction t, IEnumerable<StoreResult> stored, CancellationToken ct) =>
        new StoryClusterer(c, t, StoryWeights).AddAsync(stored.Where(r => r.Outcome != StoreOutcome.Unchanged).Select(r => r.ArticleId), ct);

    public Task RebuildStoriesAsync(CancellationToken ct = default) =>
        InWriteTransactionAsync((c, t) => new StoryClusterer(c, t, StoryWeights).RebuildAsync(ct), ct);

    public async IAsyncEnumerable<Story> StoriesAsync(DateOnly? since, int offset = 0, int? limit = null, [EnumeratorCancellation] CancellationToken ct = default)
    {
        await using var connection = await ConnectAsync(ct);
        var heads = new List<(long, string?, string?, string?)>();
        var sql = "SELECT id, title, first_seen, last_seen FROM stories" + (since is null ? "" : " WHERE last_seen >= @since") + " ORDER BY id"
            + (limit is null && offset <= 0 ? "" : $" LIMIT {Math.Max(0, limit ?? int.MaxValue)} OFFSET {Math.Max(0, offset)}");
        await using (var command = Command(connection, null, sql, since is { } day ? [("since", day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))] : []))
        await using (var reader = await command.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct)) heads.Add((reader.GetInt64(0), Text(reader, 1), Text(reader, 2), Text(reader, 3)));
        foreach (var head in heads) yield return await StoryDetailsAsync(connection, head, ct);
    }

    public async Task<Story?> StoryAsync(long id, CancellationToken ct = default)
    {
        await using var connection = await ConnectAsync(ct);
        await using var command = Command(connection, null, "SELECT id, title, first_seen, last_seen FROM stories WHERE id = @id", [("id", id)]);
        (long, string?, string?, string?)? head = null;
        await using (var reader = await command.ExecuteReaderAsync(ct))
            if (await reader.ReadAsync(ct)) head = (reader.GetInt64(0), Text(reader, 1), Text(reader, 2), Text(reader, 3));
        return head is { } found ? await StoryDetailsAsync(connection, found, ct) : null;
    }

    private static async Task<Story> StoryDetailsAsync(DbConnection c, (long Id, string? Title, string? First, string? Last) head, CancellationToken ct)
    {
        var articles = new List<StoryArticle>();
        await foreach (var r in Rows(c, $"""
            SELECT a.id, a.source, a.url, a.title, a.publisher, a.published, a.copy_of FROM story_articles sa JOIN articles a ON a.id = sa.article_id
            WHERE sa.story_id = @story ORDER BY {StoryClusterer.PublicationOrder("a.")}
            """, ("story", head.Id), ct))
            articles.Add(new StoryArticle(r.GetInt64(0), r.GetString(1), Text(r, 2), Text(r, 3), Text(r, 4), Text(r, 5), r.IsDBNull(6) ? null : r.GetInt64(6)));
        var position = articles.Select((a, i) => (a.Id, i)).ToDictionary(p => p.Id, p => p.i);

        // Entity ids are per article: events name their participants through them.
        var names = new Dictionary<(long, string), (string Name, string Type)>();
        await foreach (var r in Rows(c, "SELECT e.article_id, e.entity_id, e.name, e.type FROM entities e JOIN story_articles sa ON sa.article_id = e.article_id WHERE sa.story_id = @story", ("story", head.Id), ct))
            names[(r.GetInt64(0), r.GetString(1))] = (r.GetString(2), r.GetString(3));
        var entities = names.GroupBy(n => (n.Value.Name, n.Value.Type))
            .Where(g => StoryFeatures.IsNamedType(g.Key.Type))
            .Select(g => new StoryEntity(g.Key.Name, g.Key.Type, g.Select(n => n.Key.Item1).Distinct().Count()))
            .OrderByDescending(e => e.Articles).ThenBy(e => e.Name, StringComparer.Ordinal).ThenBy(e => e.Type, StringComparer.Ordinal)
            .Take(15).ToList();

        var reports = new List<(int Order, int Start, ReportedEvent Event)>();
        await foreach (var r in Rows(c, "SELECT ev.article_id, ev.happened_on, ev.text, ev.participants, ev.start_offset FROM events ev JOIN story_articles sa ON sa.article_id = ev.article_id WHERE sa.story_id = @story", ("story", head.Id), ct))
        {
            long article = r.GetInt64(0);
            var participants = (JsonSerializer.Deserialize<string[]>(r.GetString(3)) ?? [])
                .Select(p => names.TryGetValue((article, p), out var n) ? n.Name : null).OfType<string>().ToList();
            reports.Add((position[article], r.GetInt32(4), new ReportedEvent(article, r.GetString(1), r.GetString(2), participants)));
        }
        var events = StoryTimeline.Merge(reports.OrderBy(x => x.Order).ThenBy(x => x.Start).Select(x => x.Event));

        var outlets = articles.Where(a => a.Publisher is not null).GroupBy(a => a.Publisher!)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).ToList();
        return new Story(head.Id, head.Title, head.First, head.Last, outlets, articles, entities, events);
    }

    /// <summary>The rows of a query with one parameter, each read while it is current.</summary>
    private static async IAsyncEnumerable<DbDataReader> Rows(DbConnection c, string sql, (string, object?) parameter, [EnumeratorCancellation] CancellationToken ct)
    {
        await using var command = Command(c, null, sql, [parameter]);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) yield return reader;
    }
}
