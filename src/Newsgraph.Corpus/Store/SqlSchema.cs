namespace Newsgraph.Corpus.Store;

/// <summary>
/// The store's schema as numbered migrations. A store records the last migration it ran; opening it runs
/// the ones after, each in its own transaction, so an old store is upgraded and never broken. Add a
/// migration at the end; never edit one that has shipped.
/// </summary>
internal static class SqlSchema
{
    public static IReadOnlyList<Func<SqlDialect, IEnumerable<string>>> Migrations { get; } =
    [
        d => new[]
        {
            $"""
            CREATE TABLE articles (
                id {d.IdColumn},
                doc_id TEXT NOT NULL UNIQUE,
                article_key TEXT NOT NULL,
                version INTEGER NOT NULL,
                is_latest INTEGER NOT NULL,
                source TEXT NOT NULL,
                source_kind TEXT NOT NULL,
                url TEXT,
                canonical_url TEXT,
                normalized_url TEXT,
                content_hash TEXT NOT NULL,
                title TEXT,
                authors TEXT NOT NULL,
                published TEXT,
                published_day TEXT,
                publisher TEXT,
                language TEXT,
                credits TEXT NOT NULL,
                text TEXT NOT NULL,
                fetched_at TEXT NOT NULL,
                minhash {d.BlobType},
                copy_of BIGINT REFERENCES articles(id),
                copy_similarity {d.RealType},
                document TEXT NOT NULL
            )
            """,
            "CREATE INDEX articles_key ON articles (article_key, version)",
            "CREATE INDEX articles_day ON articles (published_day)",
            "CREATE INDEX articles_publisher ON articles (publisher)",
            "CREATE INDEX articles_copy_of ON articles (copy_of)",
            """
            CREATE TABLE inputs (
                source TEXT NOT NULL,
                input_hash TEXT NOT NULL,
                article_id BIGINT NOT NULL REFERENCES articles(id),
                PRIMARY KEY (source, input_hash)
            )
            """,
            """
            CREATE TABLE entities (
                article_id BIGINT NOT NULL REFERENCES articles(id),
                entity_id TEXT NOT NULL,
                name TEXT NOT NULL,
                type TEXT NOT NULL,
                country TEXT,
                roles TEXT NOT NULL,
                PRIMARY KEY (article_id, entity_id)
            )
            """,
            "CREATE INDEX entities_name ON entities (lower(name))",
            """
            CREATE TABLE mentions (
                article_id BIGINT NOT NULL REFERENCES articles(id),
                mention_id TEXT NOT NULL,
                entity_id TEXT NOT NULL,
                start_offset INTEGER NOT NULL,
                end_offset INTEGER NOT NULL,
                text TEXT NOT NULL,
                PRIMARY KEY (article_id, mention_id)
            )
            """,
            """
            CREATE TABLE quotes (
                article_id BIGINT NOT NULL REFERENCES articles(id),
                quote_id TEXT NOT NULL,
                kind TEXT NOT NULL,
                text TEXT NOT NULL,
                start_offset INTEGER NOT NULL,
                end_offset INTEGER NOT NULL,
                cue TEXT,
                speaker_text TEXT,
                speaker_entity TEXT,
                speaker_name TEXT,
                via_text TEXT,
                said_on TEXT,
                PRIMARY KEY (article_id, quote_id)
            )
            """,
            "CREATE INDEX quotes_speaker ON quotes (lower(speaker_name))",
            """
            CREATE TABLE times (
                article_id BIGINT NOT NULL REFERENCES articles(id),
                time_id TEXT NOT NULL,
                text TEXT NOT NULL,
                start_offset INTEGER NOT NULL,
                end_offset INTEGER NOT NULL,
                type TEXT NOT NULL,
                value TEXT NOT NULL,
                PRIMARY KEY (article_id, time_id)
            )
            """,
            """
            CREATE TABLE events (
                article_id BIGINT NOT NULL REFERENCES articles(id),
                event_id TEXT NOT NULL,
                happened_on TEXT NOT NULL,
                text TEXT NOT NULL,
                start_offset INTEGER NOT NULL,
                end_offset INTEGER NOT NULL,
                participants TEXT NOT NULL,
                quotes TEXT NOT NULL,
                PRIMARY KEY (article_id, event_id)
            )
            """,
            """
            CREATE TABLE lsh_bands (
                band_key BIGINT NOT NULL,
                article_id BIGINT NOT NULL REFERENCES articles(id)
            )
            """,
            "CREATE INDEX lsh_bands_key ON lsh_bands (band_key)",
        }.Concat(d.FullTextSchema()),
        // 2: stories (Stories/StoryClusterer): the stories, their members, an inverted index of each story's
        // strongest terms for the candidate lookup, and the store's term document counts for IDF.
        _ => new[]
        {
            """
            CREATE TABLE stories (
                id BIGINT PRIMARY KEY,
                title TEXT,
                title_article BIGINT,
                first_seen TEXT,
                last_seen TEXT,
                article_count INTEGER NOT NULL,
                profile TEXT NOT NULL
            )
            """,
            """
            CREATE TABLE story_articles (
                article_id BIGINT PRIMARY KEY REFERENCES articles(id),
                story_id BIGINT NOT NULL REFERENCES stories(id),
                is_copy INTEGER NOT NULL,
                score DOUBLE PRECISION
            )
            """,
            "CREATE INDEX story_articles_story ON story_articles (story_id)",
            """
            CREATE TABLE story_keys (
                term TEXT NOT NULL,
                story_id BIGINT NOT NULL REFERENCES stories(id),
                PRIMARY KEY (term, story_id)
            )
            """,
            """
            CREATE TABLE term_documents (
                term TEXT PRIMARY KEY,
                documents BIGINT NOT NULL
            )
            """,
        },
        // 3: quote trails (Quotes/QuoteTrailer): one row per statement followed across articles, each article's
        // quote that carries it (with its words normalised for the text filter), and the word-triple keys of
        // each trail's text for the candidate lookup.
        _ => new[]
        {
            """
            CREATE TABLE quote_trails (
                id BIGINT PRIMARY KEY,
                text TEXT NOT NULL,
                first_article BIGINT REFERENCES articles(id),
                first_seen TEXT,
                part_of BIGINT REFERENCES quote_trails(id)
            )
            """,
            "CREATE INDEX quote_trails_part_of ON quote_trails (part_of)",
            """
            CREATE TABLE quote_appearances (
                article_id BIGINT NOT NULL REFERENCES articles(id),
                quote_id TEXT NOT NULL,
                trail_id BIGINT NOT NULL REFERENCES quote_trails(id),
                text TEXT NOT NULL,
                normalized TEXT NOT NULL,
                PRIMARY KEY (article_id, quote_id)
            )
            """,
            "CREATE INDEX quote_appearances_trail ON quote_appearances (trail_id)",
            """
            CREATE TABLE quote_keys (
                shingle BIGINT NOT NULL,
                trail_id BIGINT NOT NULL REFERENCES quote_trails(id),
                PRIMARY KEY (shingle, trail_id)
            )
            """,
            "CREATE INDEX quote_keys_trail ON quote_keys (trail_id)",
        },
        // 4: people, organisations and places across articles (Entities/EntityResolver): each cross-article
        // entity with its names and roles, the article entities linked to it, its name keys for the
        // candidate lookup, and the mentions of it found by name where the tagger marked none.
        _ => new[]
        {
            """
            CREATE TABLE across_entities (
                id BIGINT PRIMARY KEY,
                name TEXT NOT NULL,
                type TEXT NOT NULL,
                aliases TEXT NOT NULL,
                roles TEXT NOT NULL,
                article_count INTEGER NOT NULL,
                mention_count INTEGER NOT NULL,
                profile TEXT NOT NULL
            )
            """,
            "CREATE INDEX across_entities_name ON across_entities (lower(name))",
            """
            CREATE TABLE entity_links (
                article_id BIGINT NOT NULL REFERENCES articles(id),
                entity_id TEXT NOT NULL,
                across_id BIGINT NOT NULL REFERENCES across_entities(id),
                PRIMARY KEY (article_id, entity_id)
            )
            """,
            "CREATE INDEX entity_links_across ON entity_links (across_id)",
            """
            CREATE TABLE entity_keys (
                key TEXT NOT NULL,
                across_id BIGINT NOT NULL REFERENCES across_entities(id),
                PRIMARY KEY (key, across_id)
            )
            """,
            "CREATE INDEX entity_keys_across ON entity_keys (across_id)",
            // Names of known entities the tagger did not mark, found in an article's title or text (Entities/KnownNames).
            """
            CREATE TABLE found_mentions (
                article_id BIGINT NOT NULL REFERENCES articles(id),
                field TEXT NOT NULL,
                start_offset INTEGER NOT NULL,
                end_offset INTEGER NOT NULL,
                text TEXT NOT NULL,
                across_id BIGINT NOT NULL REFERENCES across_entities(id),
                PRIMARY KEY (article_id, field, start_offset)
            )
            """,
            "CREATE INDEX found_mentions_across ON found_mentions (across_id)",
        },
        // 5: what an entity's page reads: its tagged mentions in an article (by the article's entity id), and the
        // cross-article entities named in an article, answered from the index alone.
        _ => new[]
        {
            "CREATE INDEX mentions_entity ON mentions (article_id, entity_id)",
            "CREATE INDEX entity_links_article_across ON entity_links (article_id, across_id)",
        },
        // 6: the distinct entity names (lower case), so that a search's entity filter (a name containing the words
        // asked for) scans the names once instead of every matching article's entities; and, where the engine
        // needs it, only latest versions in the full-text index.
        d => new[]
        {
            "CREATE TABLE entity_names (name TEXT PRIMARY KEY)",
            "INSERT INTO entity_names (name) SELECT DISTINCT lower(name) FROM entities",
        }.Concat(d.LatestOnlyFullText()),
        // 7: a story's latest articles (the window entity resolution reads for context) from the index alone: by
        // story only, the whole story was read and sorted for each article added, a cost that grew with the story.
        _ => new[]
        {
            "CREATE INDEX story_articles_story_article ON story_articles (story_id, article_id)",
            "DROP INDEX story_articles_story",
        },
        // 8: who wrote the store last, and how many writes it has had: a writer keeps what it parsed (entity profiles)
        // between its batches only while no other writer has committed since its own last batch.
        _ => new[]
        {
            "CREATE TABLE store_writes (writer TEXT NOT NULL, writes BIGINT NOT NULL)",
            "INSERT INTO store_writes (writer, writes) VALUES ('', 0)",
        },
    ];
}
