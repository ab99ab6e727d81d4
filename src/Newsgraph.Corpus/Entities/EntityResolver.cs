using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Newsgraph.Corpus.Store;
using Newsgraph.Corpus.Stories;

namespace Newsgraph.Corpus.Entities;

/// <summary>
/// Cross-article entity resolution inside a store transaction: each entity of a new article is compared
/// with the stored entities that share one of its name keys (whole name, first or last word, initials, by
/// consonant skeleton: a candidate lookup, so the cost does not grow with the store) and joins the one it
/// names, or starts a new one. A name that is only part of a fuller one ("Lohan") joins it when the
/// article's context agrees: the entity is in the article's story or named beside the article's other
/// entities. Fuller names are resolved first, so they give that context. The entities read are kept in
/// <paramref name="cache"/> (one writer's, between its batches) and written back once a batch.
/// </summary>
internal sealed class EntityResolver(DbConnection c, DbTransaction t, EntityProfileCache cache)
{
    /// <summary>Articles a rebuild links between writing back the entities they changed, so its memory stays bounded.</summary>
    private const int RebuildBatch = 64;

    /// <summary>Stored entities compared per article entity: those sharing the most keys.</summary>
    private const int Candidates = 50;

    /// <summary>Entities an article must name beside a stored one for a partial name to join it outside its story.</summary>
    private const int SharedNeighbours = 2;

    /// <summary>A story's entities whose names are looked for in its new article: those named in most of its articles.</summary>
    private const int StoryNames = 200;

    /// <summary>The story context of an article: its story's latest articles, so a story of thousands costs no more than one of hundreds.</summary>
    private const string StoryWindow = "SELECT article_id FROM story_articles WHERE story_id = @story ORDER BY article_id DESC LIMIT 200";

    /// <summary>Links the entities of the given stored articles, in publication order where known, then as stored.</summary>
    public async Task AddAsync(IEnumerable<long> articleIds, CancellationToken ct)
    {
        var ids = articleIds.ToList();
        if (ids.Count == 0) return;
        foreach (var id in await StoryClusterer.InPublicationOrderAsync(c, t, ids, ct)) await AddOneAsync(id, ct);
        await WriteChangedAsync(ct);
    }

    /// <summary>Forgets every cross-article entity and links the latest version of every article again, in publication order.</summary>
    public async Task RebuildAsync(CancellationToken ct)
    {
        foreach (var table in new[] { "found_mentions", "entity_keys", "entity_links", "across_entities" }) await Execute($"DELETE FROM {table}", ct);
        cache.Clear();
        foreach (var chunk in (await StoryClusterer.InPublicationOrderAsync(c, t, null, ct)).Chunk(RebuildBatch))
        {
            foreach (var id in chunk) await AddOneAsync(id, ct);
            await WriteChangedAsync(ct);
        }
    }

    /// <summary>One article entity with what resolution reads of it.</summary>
    /// <param name="Country">For a place, the country it lies in as the article names it.</param>
    private sealed record ArticleEntity(string EntityId, string Name, string Type, List<string> Roles, List<string> Forms, List<NameForm> Parsed, int Mentions, string? Country);

    private async Task AddOneAsync(long id, CancellationToken ct)
    {
        string key;
        string? day;
        long? story;
        await using (var command = SqlCorpusStore.Command(c, t,
            "SELECT a.article_key, a.published_day, sa.story_id FROM articles a LEFT JOIN story_articles sa ON sa.article_id = a.id WHERE a.id = @id", [("id", id)]))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            if (!await reader.ReadAsync(ct)) return;
            key = reader.GetString(0);
            day = reader.IsDBNull(1) ? null : reader.GetString(1);
            story = reader.IsDBNull(2) ? null : reader.GetInt64(2);
        }
        // A new version takes the place of the old ones: their links go, and the entities they fed are recounted.
        const string versions = "article_id IN (SELECT id FROM articles WHERE article_key = @key)";
        var replaced = await IdsAsync($"SELECT across_id FROM entity_links WHERE {versions} UNION SELECT across_id FROM found_mentions WHERE {versions} ORDER BY 1",
            ct, ("key", key));
        if (replaced.Count > 0)
        {
            await Execute($"DELETE FROM entity_links WHERE {versions}", ct, ("key", key));
            await Execute($"DELETE FROM found_mentions WHERE {versions}", ct, ("key", key));
            foreach (var across in replaced) await RecountAsync(across, ct);
        }

        var entities = await ReadEntitiesAsync(id, ct);
        var touched = new Dictionary<long, StoredEntity>();
        var linked = new List<long>();
        var links = new List<(string, object?)[]>();
        // Fuller names first: a surname alone is resolved once the article's full names give it context.
        foreach (var entity in entities.OrderByDescending(e => EntityMatcher.Fullest(e.Parsed).Core.Length).ThenBy(e => e.EntityId.Length).ThenBy(e => e.EntityId, StringComparer.Ordinal))
        {
            var across = await ResolveAsync(entity, story, linked, touched, ct);
            var stored = touched[across];
            var (knownNames, knownType) = (stored.Profile.NameForms().Select(f => f.Text).ToHashSet(StringComparer.Ordinal), stored.Profile.Type);
            stored.Profile.Add(entity.Name, entity.Type, entity.Forms, entity.Country);
            stored.Mentions += entity.Mentions;
            foreach (var role in entity.Roles) AddRole(stored.Roles, new EntityRole(role, day));
            links.Add([("article", id), ("entity", entity.EntityId), ("across", across)]);
            var newForms = stored.Profile.NameForms().Where(f => stored.Profile.Type != knownType || !knownNames.Contains(f.Text));
            await AddKeysAsync(across, newForms, ct);
            if (!linked.Contains(across)) linked.Add(across);
        }
        // The article's links go in one statement (one round trip to a server): nothing above reads them, since an
        // entity this article links is in `linked`, which counts as context as its links would.
        await SqlCorpusStore.ExecuteManyAsync(c, t, "INSERT INTO entity_links (article_id, entity_id, across_id) VALUES (@article, @entity, @across)", links, ct);
        var found = await FindKnownNamesAsync(id, story, linked, touched, ct);
        foreach (var (across, stored) in touched.OrderBy(p => p.Key))
        {
            if (!linked.Contains(across) && !found.Contains(across)) continue;
            stored.Articles++;
            if (linked.Contains(across)) stored.Profile.AddContext(linked.Where(other => other != across));
            cache.Changed(across, stored);
        }
    }

    /// <summary>
    /// Records where the article names, without the tagger marking it, an entity it or its story names
    /// (<see cref="KnownNames"/>); returns the entities found that way.
    /// </summary>
    private async Task<HashSet<long>> FindKnownNamesAsync(long article, long? story, List<long> linked, Dictionary<long, StoredEntity> touched, CancellationToken ct)
    {
        var known = new HashSet<long>(linked);
        if (story is not null)
            known.UnionWith(await IdsAsync($"""
                SELECT across_id FROM entity_links WHERE article_id IN ({StoryWindow})
                GROUP BY across_id ORDER BY count(*) DESC, across_id LIMIT {StoryNames}
                """, ct, ("story", story)));
        var owners = new Dictionary<string, HashSet<long>>(StringComparer.Ordinal);
        await LoadAllAsync(known, touched, ct);
        foreach (var across in known.Order())
            foreach (var name in touched[across].Profile.Forms.Keys.Where(KnownNames.Findable))
                (owners.TryGetValue(name, out var set) ? set : owners[name] = []).Add(across);
        var names = owners.Where(o => o.Value.Count == 1).ToDictionary(o => o.Key, o => o.Value.First(), StringComparer.Ordinal);
        var result = new HashSet<long>();
        if (names.Count == 0) return result;

        var (title, text) = ("", "");
        await using (var command = SqlCorpusStore.Command(c, t, "SELECT coalesce(title, ''), text FROM articles WHERE id = @id", [("id", article)]))
        await using (var reader = await command.ExecuteReaderAsync(ct))
            if (await reader.ReadAsync(ct)) (title, text) = (reader.GetString(0), reader.GetString(1));
        var tagged = new List<(int, int)>();
        await using (var command = SqlCorpusStore.Command(c, t, "SELECT start_offset, end_offset FROM mentions WHERE article_id = @id", [("id", article)]))
        await using (var reader = await command.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct)) tagged.Add((reader.GetInt32(0), reader.GetInt32(1)));

        var rows = new List<(string, object?)[]>();
        foreach (var (field, content, taken) in new[] { ("title", title, new List<(int, int)>()), ("text", text, tagged) })
            foreach (var (start, end, name, across) in KnownNames.Find(content, taken, names))
            {
                rows.Add([("article", article), ("field", field), ("start", start), ("end", end), ("text", name), ("across", across)]);
                touched[across].Mentions++;
                if (!linked.Contains(across)) result.Add(across);
            }
        await SqlCorpusStore.ExecuteManyAsync(c, t,
            "INSERT INTO found_mentions (article_id, field, start_offset, end_offset, text, across_id) VALUES (@article, @field, @start, @end, @text, @across)", rows, ct);
        return result;
    }

    /// <summary>The stored entity the article's entity names, or a new one.</summary>
    private async Task<long> ResolveAsync(ArticleEntity entity, long? story, List<long> linked, Dictionary<long, StoredEntity> touched, CancellationToken ct)
    {
        var keys = entity.Parsed.SelectMany(EntityNames.LookupKeys).Distinct(StringComparer.Ordinal).ToList();
        var candidates = await IdsAsync($"""
            SELECT across_id FROM entity_keys WHERE key IN ({string.Join(", ", keys.Select((_, i) => "@k" + i))})
            GROUP BY across_id ORDER BY count(*) DESC, across_id LIMIT {Candidates}
            """, ct, keys.Select((k, i) => ("k" + i, (object?)k)).ToArray());
        // The unary plus keeps the planner on the story window's 200 articles: by the candidates' index it would read
        // every link of each candidate, which grows with the store (a widely named entity has thousands).
        var inStory = story is null || candidates.Count == 0 ? [] : (await IdsAsync($"""
            SELECT DISTINCT across_id FROM entity_links WHERE article_id IN ({StoryWindow})
            AND +across_id IN ({string.Join(", ", candidates)})
            """, ct, ("story", story))).ToHashSet();

        var best = (Id: 0L, Match: NameMatch.None, Context: false, Articles: 0);
        await LoadAllAsync(candidates, touched, ct);
        var group = EntityNames.TypeGroup(entity.Type);
        foreach (var candidate in candidates.Order())
        {
            var stored = touched[candidate];
            var storedGroup = EntityNames.TypeGroup(stored.Profile.Type);
            bool people = group == "person" || storedGroup == "person";
            var match = EntityMatcher.Compare(entity.Parsed, stored.Profile.NameForms(), people);
            // An organisation named by the first words of its name ("Harbour" for the Harbour Rovers, "Tarvik" for Tarvik University).
            if (match < NameMatch.Partial && group is "organisation" or "any" && storedGroup == "organisation"
                && EntityMatcher.Leads(entity.Parsed, stored.Profile.NameForms()))
                match = NameMatch.Partial;
            // One shared neighbour is no context: most articles name a country or an agency in passing.
            bool context = inStory.Contains(candidate) || linked.Contains(candidate) || linked.Count(stored.Profile.Context.ContainsKey) >= SharedNeighbours;
            if (match < NameMatch.Partial || match == NameMatch.Partial && !context) continue;
            // The tagger's types disagree from article to article ("Bettie Page" PERSON, then ORG): the same
            // full name may cross types; part of a name may not, except into a "place" no gazetteer knows
            // (the tagger's GPE for "Tarvik Rovers"), which is an organisation.
            if (!EntityNames.Compatible(entity.Type, stored.Profile.Type) && match != NameMatch.Same
                && !EntityNames.OrganisationTaggedAsPlace(entity.Type, entity.Name, stored.Profile.Type, stored.Profile.Name)) continue;
            // Places of one name in two countries ("Georgia" beside Atlanta, "Georgia" beside Tbilisi) are two places.
            if (entity.Country is { } country && stored.Profile.Country is { } storedCountry && country != storedCountry) continue;
            var ranked = (candidate, match, context, stored.Articles);
            if (best.Id == 0 || Better(ranked, best)) best = ranked;
        }
        if (best.Id != 0) return best.Id;

        long created = Convert.ToInt64(await ScalarAsync("SELECT coalesce(max(id), 0) + 1 FROM across_entities", ct), CultureInfo.InvariantCulture);
        await Execute("INSERT INTO across_entities (id, name, type, aliases, roles, article_count, mention_count, profile) VALUES (@id, @name, @type, '[]', '[]', 0, 0, '{}')",
            ct, ("id", created), ("name", entity.Name), ("type", entity.Type));
        touched[created] = new StoredEntity(new AcrossEntityProfile(), [], 0, 0);
        return created;
    }

    private async Task AddKeysAsync(long across, IEnumerable<NameForm> forms, CancellationToken ct)
    {
        await SqlCorpusStore.ExecuteManyAsync(c, t, "INSERT INTO entity_keys (key, across_id) VALUES (@key, @across) ON CONFLICT DO NOTHING",
            forms.SelectMany(EntityNames.Keys).Distinct(StringComparer.Ordinal).Select(key => new (string, object?)[] { ("key", key), ("across", across) }), ct);
    }

    // The closer name first, then the one the context supports, then the one named in more articles.
    private static bool Better((long Id, NameMatch Match, bool Context, int Articles) a, (long Id, NameMatch Match, bool Context, int Articles) b) =>
        a.Match != b.Match ? a.Match > b.Match : a.Context != b.Context ? a.Context : a.Articles > b.Articles;

    private static void AddRole(List<EntityRole> roles, EntityRole role)
    {
        int known = roles.FindIndex(r => string.Equals(r.Role, role.Role, StringComparison.OrdinalIgnoreCase));
        if (known < 0) roles.Add(role);
        else if (role.AsOf is not null && (roles[known].AsOf is null || string.CompareOrdinal(role.AsOf, roles[known].AsOf) < 0)) roles[known] = role;
    }

    /// <summary>
    /// Reads the stored entities not read yet (from the cache, the rest in one query), keeping them with the ones this
    /// article changes. Only the entities an article changes are cached: most candidates read are compared and left.
    /// </summary>
    private async Task LoadAllAsync(IEnumerable<long> ids, Dictionary<long, StoredEntity> touched, CancellationToken ct)
    {
        var missing = new List<long>();
        foreach (var id in ids.Where(id => !touched.ContainsKey(id)))
            if (cache.TryGet(id, out var known)) touched[id] = known;
            else missing.Add(id);
        if (missing.Count == 0) return;
        await using var command = SqlCorpusStore.Command(c, t,
            $"SELECT id, profile, roles, article_count, mention_count FROM across_entities WHERE id IN ({string.Join(", ", missing)})", []);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            touched[reader.GetInt64(0)] = new StoredEntity(AcrossEntityProfile.FromJson(reader.GetString(1)),
                JsonSerializer.Deserialize<List<EntityRole>>(reader.GetString(2)) ?? [], reader.GetInt32(3), reader.GetInt32(4));
    }

    /// <summary>Writes back the entities the batch changed, once each however many of its articles named them, in one statement.</summary>
    private async Task WriteChangedAsync(CancellationToken ct)
    {
        await SqlCorpusStore.ExecuteManyAsync(c, t, """
            UPDATE across_entities SET name = @name, type = @type, aliases = @aliases, roles = @roles,
                article_count = @articles, mention_count = @mentions, profile = @profile WHERE id = @id
            """, cache.TakeChanged().Select(p => Row(p.Id, p.Entity)), ct);
        cache.Trim();
    }

    private static (string, object?)[] Row(long across, StoredEntity stored) =>
    [
        ("name", stored.Profile.Name), ("type", stored.Profile.Type), ("aliases", AcrossEntityProfile.ToJson(stored.Profile.Aliases)),
        ("roles", AcrossEntityProfile.ToJson(stored.Roles.OrderBy(r => r.AsOf ?? "~", StringComparer.Ordinal).ThenBy(r => r.Role, StringComparer.Ordinal).ToList())),
        ("articles", stored.Articles), ("mentions", stored.Mentions), ("profile", stored.Profile.ToJson()), ("id", across),
    ];

    /// <summary>Builds a stored entity again from the articles still linked to it (after some left it); drops it when none are.</summary>
    private async Task RecountAsync(long across, CancellationToken ct)
    {
        await Execute("DELETE FROM entity_keys WHERE across_id = @id", ct, ("id", across));
        var articles = await IdsAsync("SELECT article_id FROM entity_links WHERE across_id = @id UNION SELECT article_id FROM found_mentions WHERE across_id = @id ORDER BY 1",
            ct, ("id", across));
        if (articles.Count == 0)
        {
            await Execute("DELETE FROM across_entities WHERE id = @id", ct, ("id", across));
            cache.Remove(across);
            return;
        }
        var stored = new StoredEntity(new AcrossEntityProfile(), [], articles.Count, 0);
        foreach (var article in articles)
        {
            var day = await ScalarAsync("SELECT published_day FROM articles WHERE id = @id", ct, ("id", article)) as string;
            var links = await PairsAsync("SELECT entity_id, across_id FROM entity_links WHERE article_id = @id", article, ct);
            var mine = links.Where(p => p.Across == across).Select(p => p.Entity).ToHashSet(StringComparer.Ordinal);
            foreach (var entity in (await ReadEntitiesAsync(article, ct)).Where(e => mine.Contains(e.EntityId)))
            {
                stored.Profile.Add(entity.Name, entity.Type, entity.Forms, entity.Country);
                stored.Mentions += entity.Mentions;
                foreach (var role in entity.Roles) AddRole(stored.Roles, new EntityRole(role, day));
            }
            if (mine.Count > 0) stored.Profile.AddContext(links.Select(p => p.Across).Distinct().Where(other => other != across));
        }
        stored.Mentions += Convert.ToInt32(await ScalarAsync("SELECT count(*) FROM found_mentions WHERE across_id = @id", ct, ("id", across)), CultureInfo.InvariantCulture);
        await AddKeysAsync(across, stored.Profile.NameForms(), ct);
        cache.Changed(across, stored);
    }

    /// <summary>The article's entities that have a name (a mention written as a name), with their named mentions.</summary>
    private async Task<List<ArticleEntity>> ReadEntitiesAsync(long article, CancellationToken ct)
    {
        var heads = new List<(string Id, string Name, string Type, string Roles)>();
        await using (var command = SqlCorpusStore.Command(c, t, "SELECT entity_id, name, type, roles FROM entities WHERE article_id = @id ORDER BY entity_id", [("id", article)]))
        await using (var reader = await command.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct)) heads.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
        var texts = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        await using (var command = SqlCorpusStore.Command(c, t, "SELECT entity_id, text FROM mentions WHERE article_id = @id ORDER BY start_offset", [("id", article)]))
        await using (var reader = await command.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct))
            {
                if (!texts.TryGetValue(reader.GetString(0), out var list)) texts[reader.GetString(0)] = list = [];
                list.Add(reader.GetString(1));
            }
        var entities = new List<ArticleEntity>();
        bool IsPlace(string type) => EntityNames.TypeGroup(type) == "place";
        var countriesAround = heads.Where(h => IsPlace(h.Type)).Select(h => EntityNames.PlaceCountries(h.Name))
            .Where(r => r.Count == 1).Select(r => r[0]).ToHashSet(StringComparer.Ordinal);
        foreach (var (entityId, name, taggedType, roles) in heads)
        {
            var type = EntityNames.StartsWithHonorific(name) ? "PERSON" : taggedType;
            var mentions = texts.GetValueOrDefault(entityId) ?? [];
            var forms = mentions.Where(IsWrittenAsName).Select(m => EntityNames.WrittenName(EntityNames.StripPossessive(m), type)).Distinct(StringComparer.Ordinal).ToList();
            var parsed = forms.Prepend(name).Select(f => EntityNames.Parse(f, type)).OfType<NameForm>().ToList();
            if (parsed.Count == 0 || !IsWrittenAsName(name)) continue;
            entities.Add(new ArticleEntity(entityId, name, type, JsonSerializer.Deserialize<List<string>>(roles) ?? [], forms, parsed, mentions.Count,
                IsPlace(type) ? EntityNames.PlaceCountry(name, countriesAround) : null));
        }
        return entities;
    }

    /// <summary>Names start with a capital letter or a digit ("76ers"); "he" and "the actress" do not.</summary>
    private static bool IsWrittenAsName(string text)
    {
        var trimmed = text.TrimStart('"', '\u201c', '\'', '\u2018');
        return trimmed.Length > 0 && (char.IsUpper(trimmed[0]) || char.IsDigit(trimmed[0]));
    }

    private async Task<List<(string Entity, long Across)>> PairsAsync(string sql, long id, CancellationToken ct)
    {
        var pairs = new List<(string, long)>();
        await using var command = SqlCorpusStore.Command(c, t, sql, [("id", id)]);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) pairs.Add((reader.GetString(0), reader.GetInt64(1)));
        return pairs;
    }

    private async Task<List<long>> IdsAsync(string sql, CancellationToken ct, params (string, object?)[] parameters)
    {
        var ids = new List<long>();
        await using var command = SqlCorpusStore.Command(c, t, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) ids.Add(reader.GetInt64(0));
        return ids;
    }

    private Task Execute(string sql, CancellationToken ct, params (string, object?)[] parameters) =>
        SqlCorpusStore.Execute(c, t, sql, ct, parameters);

    private async Task<object?> ScalarAsync(string sql, CancellationToken ct, params (string, object?)[] parameters) =>
        await SqlCorpusStore.Scalar(c, t, sql, ct, parameters) is { } value and not DBNull ? value : null;
}
