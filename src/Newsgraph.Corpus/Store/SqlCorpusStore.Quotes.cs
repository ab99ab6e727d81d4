using System.Data.Common;
using System.Globalization;
using System.Text;
using Newsgraph.Corpus.Quotes;
using Newsgraph.Corpus.Stories;

namespace Newsgraph.Corpus.Store;

/// <summary>The store's quote trails: followed as each batch is stored (in its transaction), rebuilt on
/// demand, and read back with every appearance and the speakers outlets name.</summary>
internal sealed partial class SqlCorpusStore
{
    private static Task FollowQuotesAsync(DbConnection c, DbTransaction t, IEnumerable<StoreResult> stored, CancellationToken ct) =>
        new QuoteTrailer(c, t).AddAsync(stored.Where(r => r.Outcome != StoreOutcome.Unchanged).Select(r => r.ArticleId), ct);

    public Task RebuildQuoteTrailsAsync(CancellationToken ct = default) =>
        InWriteTransactionAsync((c, t) => new QuoteTrailer(c, t).RebuildAsync(ct), ct);

    public async Task<QuoteTrailPage> QuoteTrailsAsync(QuoteQuery query, CancellationToken ct = default)
    {
        var conditions = new StringBuilder();
        var parameters = new List<(string, object?)>();
        if (query.Speaker is { } speaker)
        {
            conditions.Append($" AND EXISTS (SELECT 1 FROM quote_appearances qa {QuoteJoin} WHERE qa.trail_id = qt.id AND lower({NamedSpeaker}) LIKE @speaker)");
            parameters.Add(("speaker", Like(speaker)));
        }
        if (query.SpeakerEntity is { } entity)
        {
            // From the entity to its trails (indexed all the way), not a test of every trail.
            conditions.Append(" AND qt.id IN (SELECT qa.trail_id FROM entity_links el JOIN quotes q ON q.article_id = el.article_id AND q.speaker_entity = el.entity_id"
                + " JOIN quote_appearances qa ON qa.article_id = q.article_id AND qa.quote_id = q.quote_id WHERE el.across_id = @entity)");
            parameters.Add(("entity", entity));
        }
        if (query.Story is { } story)
        {
            conditions.Append(" AND EXISTS (SELECT 1 FROM quote_appearances qa JOIN story_articles sa ON sa.article_id = qa.article_id WHERE qa.trail_id = qt.id AND sa.story_id = @story)");
            parameters.Add(("story", story));
        }
        if (query.Text is { } text)
        {
            // Compared as the trails compare quotes; the normalised words hold no LIKE wildcards.
            var words = QuoteWords.Of(text).Joined;
            if (words.Length == 0) return new QuoteTrailPage([], 0);
            conditions.Append(" AND EXISTS (SELECT 1 FROM quote_appearances qa WHERE qa.trail_id = qt.id AND qa.normalized LIKE @text)");
            parameters.Add(("text", "%" + words + "%"));
        }

        await using var connection = await ConnectAsync(ct);
        var where = "WHERE 1 = 1" + conditions;
        long total = Convert.ToInt64(await Scalar(connection, null, $"SELECT count(*) FROM quote_trails qt {where}", ct, [.. parameters]), CultureInfo.InvariantCulture);
        var heads = await TrailHeadsAsync(connection, $"{where} ORDER BY qt.id LIMIT @limit OFFSET @offset",
            [.. parameters, ("limit", Math.Clamp(query.Limit, 1, 1000)), ("offset", Math.Max(0, query.Offset))], ct);
        return new QuoteTrailPage(await TrailsAsync(connection, heads, ct), total);
    }

    public async Task<QuoteTrail?> QuoteTrailAsync(long id, CancellationToken ct = default)
    {
        await using var connection = await ConnectAsync(ct);
        var heads = await TrailHeadsAsync(connection, "WHERE qt.id = @id", [("id", id)], ct);
        return (await TrailsAsync(connection, heads, ct)).SingleOrDefault();
    }

    private const string QuoteJoin = "JOIN quotes q ON q.article_id = qa.article_id AND q.quote_id = qa.quote_id";

    private const string NamedSpeaker = QuoteTrailer.NamedSpeaker;

    private sealed record TrailHead(long Id, string Text, string? FirstSeen, long? PartOf);

    private static async Task<List<TrailHead>> TrailHeadsAsync(DbConnection c, string where, IEnumerable<(string, object?)> parameters, CancellationToken ct)
    {
        var heads = new List<TrailHead>();
        await using var command = Command(c, null, $"SELECT qt.id, qt.text, qt.first_seen, qt.part_of FROM quote_trails qt {where}", parameters);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            heads.Add(new TrailHead(reader.GetInt64(0), reader.GetString(1), Text(reader, 2), reader.IsDBNull(3) ? null : reader.GetInt64(3)));
        return heads;
    }

    private static async Task<List<QuoteTrail>> TrailsAsync(DbConnection c, List<TrailHead> heads, CancellationToken ct)
    {
        var appearances = heads.ToDictionary(h => h.Id, _ => new List<QuoteAppearance>());
        if (heads.Count > 0)
        {
            // The speaker's cross-article entity: the one entity resolution linked the article's speaker entity to.
            await using var command = Command(c, null, $"""
                SELECT qa.trail_id, a.id, a.source, a.url, a.publisher, a.published, qa.text, {NamedSpeaker},
                    CASE WHEN q.speaker_entity IS NOT NULL THEN el.across_id END
                FROM quote_appearances qa JOIN articles a ON a.id = qa.article_id {QuoteJoin}
                LEFT JOIN entity_links el ON el.article_id = q.article_id AND el.entity_id = q.speaker_entity
                WHERE qa.trail_id IN ({string.Join(", ", heads.Select(h => h.Id))})
                ORDER BY qa.trail_id, {StoryClusterer.PublicationOrder("a.")}, q.start_offset
                """, []);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
                appearances[reader.GetInt64(0)].Add(new QuoteAppearance(reader.GetInt64(1), reader.GetString(2), Text(reader, 3), Text(reader, 4),
                    Text(reader, 5), reader.GetString(6), Text(reader, 7), reader.IsDBNull(8) ? null : reader.GetInt64(8)));
        }
        return heads.Select(h =>
        {
            var speakers = Speakers(appearances[h.Id]);
            return new QuoteTrail(h.Id, h.Text, speakers.FirstOrDefault(), speakers, speakers.Count > 1, appearances[h.Id], h.FirstSeen, h.PartOf);
        }).ToList();
    }

    /// <summary>The speakers the appearances name, most named first (then first named), each with the cross-article
    /// entity most of its appearances resolve to; more than one is a conflict.</summary>
    private static List<QuoteSpeaker> Speakers(List<QuoteAppearance> appearances)
    {
        var named = appearances.Where(a => a.Speaker is not null).ToList();
        var groups = SpeakerNames.Group([.. named.Select(a => a.Speaker!)], [.. named.Select(a => a.SpeakerEntity)]);
        return groups.Select(g => new QuoteSpeaker(g.Name,
                g.Members.Select(i => named[i].SpeakerEntity).OfType<long>().GroupBy(e => e).OrderByDescending(e => e.Count()).ThenBy(e => e.Key)
                    .Select(e => (long?)e.Key).FirstOrDefault(),
                g.Members.Count))
            .OrderByDescending(s => s.Appearances).ToList();
    }
}
