using System.Data.Common;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Newsgraph.Core.Model;
using Newsgraph.Corpus.Entities;

namespace Newsgraph.Corpus.Store;

/// <summary>The store's people, organisations and places across articles: resolved as each batch is stored
/// (in its transaction, after its stories), rebuilt on demand, and read back with their articles, stories
/// and the names each article gives them.</summary>
internal sealed partial class SqlCorpusStore
{
    private Task ResolveEntitiesAsync(DbConnection c, DbTransaction t, IEnumerable<StoreResult> stored, CancellationToken ct) =>
        new EntityResolver(c, t, _entityCache).AddAsync(stored.Where(r => r.Outcome != StoreOutcome.Unchanged).Select(r => r.ArticleId), ct);

    public Task RebuildEntitiesAsync(CancellationToken ct = default) =>
        InWriteTransactionAsync((c, t) => new EntityResolver(c, t, _entityCache).RebuildAsync(ct), ct);

    public async IAsyncEnumerable<AcrossEntity> EntitiesAsync(EntityQuery query, [EnumeratorCancellation] CancellationToken ct = default)
    {
        if (query.Type is { } type && !Enum.TryParse<EntityType>(type, ignoreCase: true, out _))
            throw new ArgumentException($"unknown entity type '{type}' (one of {string.Join(", ", Enum.GetNames<EntityType>())})");
        var conditions = new List<string>();
        var parameters = new List<(string, object?)>();
        if (query.Type is { } t)
        {
            conditions.Add("type = @type");
            parameters.Add(("type", t.ToUpperInvariant()));
        }
        if (!string.IsNullOrWhiteSpace(query.Name))
        {
            conditions.Add("(lower(name) LIKE @name OR lower(aliases) LIKE @name)");
            parameters.Add(("name", Like(query.Name.Trim())));
        }
        var sql = "SELECT id, name, type, aliases, roles, mention_count FROM across_entities"
            + (conditions.Count == 0 ? "" : " WHERE " + string.Join(" AND ", conditions))
            + " ORDER BY id";
        // Both engines take LIMIT before OFFSET; an offset alone is a page without end.
        if (query.Limit is not null || query.Offset > 0)
            sql += $" LIMIT {Math.Max(0, query.Limit ?? long.MaxValue)} OFFSET {Math.Max(0, query.Offset)}";
        await using var connection = await ConnectAsync(ct);
        var heads = new List<EntityHead>();
        await using (var command = Command(connection, null, sql, parameters))
        await using (var reader = await command.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct)) heads.Add(ReadHead(reader));
        foreach (var head in heads) yield return await EntityDetailsAsync(connection, head, ct);
    }

    public async Task<AcrossEntity?> EntityAsync(long id, CancellationToken ct = default)
    {
        await using var connection = await ConnectAsync(ct);
        EntityHead? head = null;
        await using (var command = Command(connection, null, "SELECT id, name, type, aliases, roles, mention_count FROM across_entities WHERE id = @id", [("id", id)]))
        await using (var reader = await command.ExecuteReaderAsync(ct))
            if (await reader.ReadAsync(ct)) head = ReadHead(reader);
        return head is null ? null : await EntityDetailsAsync(connection, head, ct);
    }

    private sealed record EntityHead(long Id, string Name, string Type, List<string> Aliases, List<EntityRole> Roles, int Mentions);

    private static EntityHead ReadHead(DbDataReader r) => new(r.GetInt64(0), r.GetString(1), r.GetString(2),
        JsonSerializer.Deserialize<List<string>>(r.GetString(3)) ?? [], JsonSerializer.Deserialize<List<EntityRole>>(r.GetString(4)) ?? [], r.GetInt32(5));

    private static async Task<AcrossEntity> EntityDetailsAsync(DbConnection c, EntityHead head, CancellationToken ct)
    {
        var articles = new List<EntityArticle>();
        const string linkedArticles = "SELECT article_id FROM entity_links WHERE across_id = @id UNION SELECT article_id FROM found_mentions WHERE across_id = @id";
        await foreach (var r in Rows(c, $"SELECT a.id, a.source FROM articles a WHERE a.id IN ({linkedArticles}) ORDER BY a.id", ("id", head.Id), ct))
            articles.Add(new EntityArticle(r.GetInt64(0), r.GetString(1)));
        var stories = new List<long>();
        await foreach (var r in Rows(c, $"SELECT DISTINCT story_id FROM story_articles WHERE article_id IN ({linkedArticles}) ORDER BY story_id", ("id", head.Id), ct))
            stories.Add(r.GetInt64(0));
        var mentions = new List<EntitySurface>();
        var seen = new HashSet<(long, string)>();
        // Tagged mentions (a person's name without the titles tagged with it) and names found untagged, in
        // article order: the title's before the text's.
        await foreach (var r in Rows(c, """
            SELECT a.id, a.source, x.text, x.type FROM (
                SELECT m.article_id, 1 AS part, m.start_offset, m.text, e.type FROM entity_links el
                JOIN mentions m ON m.article_id = el.article_id AND m.entity_id = el.entity_id
                JOIN entities e ON e.article_id = el.article_id AND e.entity_id = el.entity_id WHERE el.across_id = @id
                UNION ALL
                SELECT article_id, CASE WHEN field = 'title' THEN 0 ELSE 1 END, start_offset, text, '' FROM found_mentions WHERE across_id = @id
            ) x JOIN articles a ON a.id = x.article_id ORDER BY a.id, x.part, x.start_offset
            """, ("id", head.Id), ct))
        {
            var text = EntityNames.WrittenName(r.GetString(2), r.GetString(3));
            if (seen.Add((r.GetInt64(0), text))) mentions.Add(new EntitySurface(r.GetString(1), text));
        }
        return new AcrossEntity(head.Id, head.Name, head.Type, head.Aliases, head.Roles, articles, stories, head.Mentions, mentions);
    }
}
