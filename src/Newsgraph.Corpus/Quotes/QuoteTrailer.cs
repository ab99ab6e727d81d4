using System.Data.Common;
using System.Globalization;
using Newsgraph.Corpus.Store;
using Newsgraph.Corpus.Stories;

namespace Newsgraph.Corpus.Quotes;

/// <summary>
/// Quote trails kept inside a store transaction: each stored article's quotes are compared with the trails
/// that share a word triple with them (the <c>quote_keys</c> table, so the cost does not grow with the store)
/// and join the same statement, or start a trail of their own, pointing to the longer quote they are an
/// excerpt of. A fragment always points to a trail that is no fragment itself: the full quote.
/// </summary>
internal sealed class QuoteTrailer(DbConnection c, DbTransaction t)
{
    /// <summary>Trails compared per quote: those sharing the most keys with it.</summary>
    private const int Candidates = 30;

    /// <summary>A quote this short ("We have no idea what caused it") is said again by other people about other
    /// things: it joins a trail only within the same story or when both name speakers who agree.</summary>
    private const int ShortWords = 8;

    /// <summary>Follows the quotes of the given stored articles, in publication order where known, then as stored.</summary>
    public async Task AddAsync(IEnumerable<long> articleIds, CancellationToken ct)
    {
        var ids = articleIds.ToList();
        if (ids.Count == 0) return;
        foreach (var id in await StoryClusterer.InPublicationOrderAsync(c, t, ids, ct)) await AddArticleAsync(id, ct);
    }

    /// <summary>Forgets every trail and follows the quotes of the latest version of every article again, in publication order.</summary>
    public async Task RebuildAsync(CancellationToken ct)
    {
        foreach (var table in new[] { "quote_keys", "quote_appearances", "quote_trails" })
            await SqlCorpusStore.Execute(c, t, $"DELETE FROM {table}", ct);
        foreach (var id in await StoryClusterer.InPublicationOrderAsync(c, t, null, ct)) await AddArticleAsync(id, ct);
    }

    private async Task AddArticleAsync(long article, CancellationToken ct)
    {
        await ForgetOlderVersionsAsync(article, ct);
        var quotes = new List<(string Id, string Kind, string Text, int Start, int End, string? Speaker)>();
        await using (var command = SqlCorpusStore.Command(c, t, $"""
            SELECT quote_id, kind, text, start_offset, end_offset, {NamedSpeaker} FROM quotes q WHERE article_id = @id ORDER BY start_offset, quote_id
            """, [("id", article)]))
        await using (var reader = await command.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct))
                quotes.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3), reader.GetInt32(4),
                    reader.IsDBNull(5) ? null : reader.GetString(5)));
        var story = await SqlCorpusStore.Scalar(c, t, "SELECT story_id FROM story_articles WHERE article_id = @id", ct, ("id", article)) is { } s and not DBNull
            ? Convert.ToInt64(s, CultureInfo.InvariantCulture) : (long?)null;

        // Reported speech is the reporter's wording, not the speaker's: only quoted words are followed. A mixed
        // quote holding a direct one is followed through that one, which is the speaker's words exactly.
        var quoted = quotes.Where(q => q.Kind != "indirect").ToList();
        foreach (var q in quoted)
        {
            if (quoted.Any(inner => inner.Id != q.Id && inner.Start >= q.Start && inner.End <= q.End && inner.End - inner.Start < q.End - q.Start)) continue;
            var words = QuoteWords.Of(q.Text);
            if (words.Words.Count < QuoteWords.MinWords) continue;
            await AddQuoteAsync(new Said(article, story, q.Id, q.Text, q.Speaker, words), ct);
        }
    }

    /// <summary>The speaker an appearance names: only a name the article resolved to one of its entities counts,
    /// so "the statement" or an unresolved "she" is no speaker, and no conflict.</summary>
    public const string NamedSpeaker = "CASE WHEN q.speaker_entity IS NOT NULL THEN q.speaker_name END";

    /// <summary>One article's quote as the trails take it.</summary>
    private sealed record Said(long Article, long? Story, string QuoteId, string Text, string? Speaker, QuoteWords Words);

    private sealed record Trail(long Id, QuoteWords Words, long? PartOf);

    private async Task AddQuoteAsync(Said said, CancellationToken ct)
    {
        var words = said.Words;
        var compared = new List<(Trail Trail, QuoteRelation Relation, double Score)>();
        foreach (var trail in await CandidatesAsync(words.Keys(), ct))
        {
            var (relation, score) = words.Compare(trail.Words);
            if (relation == QuoteRelation.Apart) continue;
            if (Math.Min(words.Words.Count, trail.Words.Words.Count) < ShortWords && !await SaidAlikeAsync(said, trail.Id, ct)) continue;
            compared.Add((trail, relation, score));
        }

        var same = compared.Where(x => x.Relation == QuoteRelation.Same).OrderByDescending(x => x.Score).ThenBy(x => x.Trail.Id).FirstOrDefault();
        if (same.Trail is { } match)
        {
            await AppearAsync(match.Id, said, ct);
            return;
        }

        // An excerpt points to the full quote: the longest trail containing it, or the one that trail is part of.
        var container = compared.Where(x => x.Relation == QuoteRelation.PartOf)
            .OrderByDescending(x => x.Trail.Words.Words.Count).ThenBy(x => x.Trail.Id).FirstOrDefault().Trail;
        long? partOf = container is null ? null : container.PartOf ?? container.Id;
        long id = Convert.ToInt64(await SqlCorpusStore.Scalar(c, t, "SELECT coalesce(max(id), 0) + 1 FROM quote_trails", ct), CultureInfo.InvariantCulture);
        await SqlCorpusStore.Execute(c, t, "INSERT INTO quote_trails (id, text, first_article, first_seen, part_of) VALUES (@id, @text, NULL, NULL, @part)", ct,
            ("id", id), ("text", said.Text), ("part", partOf));
        await AppearAsync(id, said, ct);
        if (partOf is not null) return;

        // A full quote arriving after its excerpts gathers them, and their own excerpts with them.
        foreach (var (excerpt, _, _) in compared.Where(x => x.Relation == QuoteRelation.Contains && x.Trail.PartOf is null))
        {
            await SqlCorpusStore.Execute(c, t, "UPDATE quote_trails SET part_of = @full WHERE id = @excerpt OR part_of = @excerpt", ct,
                ("full", id), ("excerpt", excerpt.Id));
        }
    }

    /// <summary>Whether a trail has an appearance in the quote's story, or one naming a speaker who agrees with the quote's.</summary>
    private async Task<bool> SaidAlikeAsync(Said said, long trail, CancellationToken ct)
    {
        if (said.Story is { } story && await SqlCorpusStore.Scalar(c, t, """
                SELECT 1 FROM quote_appearances qa JOIN story_articles sa ON sa.article_id = qa.article_id WHERE qa.trail_id = @trail AND sa.story_id = @story LIMIT 1
                """, ct, ("trail", trail), ("story", story)) is not (null or DBNull))
            return true;
        if (said.Speaker is null) return false;
        await using var command = SqlCorpusStore.Command(c, t, $"""
            SELECT {NamedSpeaker} FROM quote_appearances qa JOIN quotes q ON q.article_id = qa.article_id AND q.quote_id = qa.quote_id WHERE qa.trail_id = @trail
            """, [("trail", trail)]);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            if (!reader.IsDBNull(0) && SpeakerNames.Agree(said.Speaker, reader.GetString(0))) return true;
        return false;
    }

    private async Task AppearAsync(long trail, Said said, CancellationToken ct)
    {
        await SqlCorpusStore.Execute(c, t, "INSERT INTO quote_appearances (article_id, quote_id, trail_id, text, normalized) VALUES (@article, @quote, @trail, @text, @normalized)", ct,
            ("article", said.Article), ("quote", said.QuoteId), ("trail", trail), ("text", said.Text), ("normalized", said.Words.Joined));
        await RefreshFirstAsync(trail, ct);
    }

    /// <summary>Makes the trail's text and first sighting those of its earliest appearance, and keys that text;
    /// nothing to do when the earliest is the one it already shows (most appearances come later).</summary>
    private async Task RefreshFirstAsync(long trail, CancellationToken ct)
    {
        string? text = null, seen = null;
        long article = 0;
        await using (var command = SqlCorpusStore.Command(c, t, $"""
            SELECT qa.text, coalesce(a.published, a.fetched_at), a.id FROM quote_appearances qa
            JOIN articles a ON a.id = qa.article_id JOIN quotes q ON q.article_id = qa.article_id AND q.quote_id = qa.quote_id
            WHERE qa.trail_id = @trail ORDER BY {StoryClusterer.PublicationOrder("a.")}, q.start_offset LIMIT 1
            """, [("trail", trail)]))
        await using (var reader = await command.ExecuteReaderAsync(ct))
            if (await reader.ReadAsync(ct)) (text, seen, article) = (reader.GetString(0), reader.GetString(1), reader.GetInt64(2));
        if (text is null) return;
        // The comma or colon that led into the attribution is the outlet's, not the speaker's.
        var shown = text.Trim().TrimEnd(',', ';', ':').TrimEnd();
        if (await SqlCorpusStore.Scalar(c, t, "SELECT 1 FROM quote_trails WHERE id = @id AND first_article = @article AND text = @text", ct,
                ("id", trail), ("article", article), ("text", shown)) is not (null or DBNull))
            return;
        await SqlCorpusStore.Execute(c, t, "UPDATE quote_trails SET text = @text, first_article = @article, first_seen = @seen WHERE id = @id", ct,
            ("text", shown), ("article", article), ("seen", seen), ("id", trail));
        await SqlCorpusStore.ExecuteManyAsync(c, t, "INSERT INTO quote_keys (shingle, trail_id) VALUES (@key, @trail) ON CONFLICT DO NOTHING",
            QuoteWords.Of(shown).Keys().Select(key => new (string, object?)[] { ("key", key), ("trail", trail) }), ct);
    }

    /// <summary>A new version of an article takes the place of the old ones: their appearances go, and a trail
    /// left without any goes too (its excerpts then stand alone).</summary>
    private async Task ForgetOlderVersionsAsync(long article, CancellationToken ct)
    {
        const string Versions = "SELECT id FROM articles WHERE article_key = (SELECT article_key FROM articles WHERE id = @id)";
        var trails = await IdsAsync($"SELECT DISTINCT trail_id FROM quote_appearances WHERE article_id IN ({Versions}) ORDER BY trail_id", ct, ("id", article));
        if (trails.Count == 0) return;
        await SqlCorpusStore.Execute(c, t, $"DELETE FROM quote_appearances WHERE article_id IN ({Versions})", ct, ("id", article));
        foreach (var trail in trails)
        {
            if (await SqlCorpusStore.Scalar(c, t, "SELECT 1 FROM quote_appearances WHERE trail_id = @id LIMIT 1", ct, ("id", trail)) is not (null or DBNull))
            {
                await RefreshFirstAsync(trail, ct);
                continue;
            }
            await SqlCorpusStore.Execute(c, t, "UPDATE quote_trails SET part_of = NULL WHERE part_of = @id", ct, ("id", trail));
            await SqlCorpusStore.Execute(c, t, "DELETE FROM quote_keys WHERE trail_id = @id", ct, ("id", trail));
            await SqlCorpusStore.Execute(c, t, "DELETE FROM quote_trails WHERE id = @id", ct, ("id", trail));
        }
    }

    /// <summary>The trails that share the most keys with a quote.</summary>
    private async Task<List<Trail>> CandidatesAsync(IReadOnlyList<long> keys, CancellationToken ct)
    {
        var trails = new List<Trail>();
        if (keys.Count == 0) return trails;
        var sql = $"""
            SELECT qt.id, qt.text, qt.part_of FROM quote_trails qt JOIN (
                SELECT trail_id, count(*) AS shared FROM quote_keys WHERE shingle IN ({string.Join(", ", keys.Select((_, i) => "@k" + i))})
                GROUP BY trail_id ORDER BY shared DESC, trail_id LIMIT {Candidates}) k ON k.trail_id = qt.id
            ORDER BY qt.id
            """;
        await using var command = SqlCorpusStore.Command(c, t, sql, keys.Select((key, i) => ("k" + i, (object?)key)));
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            trails.Add(new Trail(reader.GetInt64(0), QuoteWords.Of(reader.GetString(1)), reader.IsDBNull(2) ? null : reader.GetInt64(2)));
        return trails;
    }

    private async Task<List<long>> IdsAsync(string sql, CancellationToken ct, params (string, object?)[] parameters)
    {
        var ids = new List<long>();
        await using var command = SqlCorpusStore.Command(c, t, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) ids.Add(reader.GetInt64(0));
        return ids;
    }
}
