using System.Data.Common;
using System.Globalization;

namespace Newsgraph.Corpus.Store;

/// <summary>One stored article with what surrounds it, an entity's company and mentions over time, and the facets
/// of a search: what the web API reads.</summary>
internal sealed partial class SqlCorpusStore
{
    public async Task<StoredArticle?> ArticleAsync(long id, CancellationToken ct = default)
    {
        await using var c = await ConnectAsync(ct);
        string? document = null;
        long? copyOf = null;
        await using (var command = Command(c, null, "SELECT document, copy_of FROM articles WHERE id = @id", [("id", id)]))
        await using (var reader = await command.ExecuteReaderAsync(ct))
            if (await reader.ReadAsync(ct)) (document, copyOf) = (reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetInt64(1));
        if (document is null) return null;

        var related = new List<RelatedArticle>();
        await using (var command = Command(c, null, """
            SELECT id, source, url, title, publisher, published, copy_of FROM articles
            WHERE is_latest = 1 AND (copy_of = @id OR id = @original) ORDER BY id
            """, [("id", id), ("original", (object?)copyOf ?? -1L)]))
        await using (var reader = await command.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct))
                related.Add(new RelatedArticle(reader.GetInt64(0), reader.GetString(1), Text(reader, 2), Text(reader, 3), Text(reader, 4), Text(reader, 5)));
        var original = related.FirstOrDefault(r => r.Id == copyOf);
        var story = await Scalar(c, null, "SELECT story_id FROM story_articles WHERE article_id = @id", ct, ("id", id));
        var links = new Dictionary<string, long>();
        await using (var command = Command(c, null, "SELECT entity_id, across_id FROM entity_links WHERE article_id = @id", [("id", id)]))
        await using (var reader = await command.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct)) links[reader.GetString(0)] = reader.GetInt64(1);
        return new StoredArticle(id, document, original, related.Where(r => r.Id != copyOf).ToList(),
            story is null or DBNull ? null : Convert.ToInt64(story, CultureInfo.InvariantCulture), links);
    }

    public async Task<Entities.EntityContext> EntityContextAsync(long id, int companions = 15, CancellationToken ct = default)
    {
        await using var c = await ConnectAsync(ct);
        var with = new List<Entities.EntityCompanion>();
        await using (var command = Command(c, null, $"""
            SELECT ae.id, ae.name, ae.type, shared.n FROM (
                SELECT across_id, count(*) AS n FROM (
                    -- Each (article, other entity) once: an article may link several of its entities to one.
                    SELECT DISTINCT article_id, across_id FROM entity_links
                    WHERE article_id IN (SELECT article_id FROM entity_links WHERE across_id = @id) AND across_id <> @id
                ) pairs GROUP BY across_id
            ) shared JOIN across_entities ae ON ae.id = shared.across_id
            ORDER BY shared.n DESC, ae.name, ae.id LIMIT {Math.Max(1, companions)}
            """, [("id", id)]))
        await using (var reader = await command.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct)) with.Add(new(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3)));
        var days = new List<(string, int)>();
        await using (var command = Command(c, null, """
            SELECT a.published_day, count(*) FROM entity_links el
            JOIN mentions m ON m.article_id = el.article_id AND m.entity_id = el.entity_id
            JOIN articles a ON a.id = el.article_id
            WHERE el.across_id = @id AND a.is_latest = 1 AND a.published_day IS NOT NULL
            GROUP BY a.published_day ORDER BY a.published_day
            """, [("id", id)]))
        await using (var reader = await command.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct)) days.Add((reader.GetString(0), reader.GetInt32(1)));
        return new Entities.EntityContext(with, days);
    }

    public async Task<SearchFacets> SearchFacetsAsync(SearchQuery query, int size = 10, CancellationToken ct = default)
    {
        var text = _dialect.FullTextQuery(query.Text);
        if (text is null) return new SearchFacets([], [], []);
        await using var c = await ConnectAsync(ct);
        var (filters, parameters) = await FiltersAsync(c, query, ct);
        parameters.Add(("q", text));
        async Task<IReadOnlyList<(string, long)>> Facet(string column, string order)
        {
            var list = new List<(string, long)>();
            await using var command = Command(c, null, _dialect.FacetSql(filters, column, order, size), parameters);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) list.Add((reader.GetString(0), reader.GetInt64(1)));
            return list;
        }
        return new SearchFacets(await Facet("a.publisher", "n DESC, k"), await Facet("a.language", "n DESC, k"), await Facet("a.published_day", "k DESC"));
    }
}
