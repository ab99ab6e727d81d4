using System.Data.Common;
using System.Text.Json;
using Newsgraph.Core.Model;

namespace Newsgraph.Corpus.Store;

/// <summary>
/// Writes a document's analysis layers as rows (entities, mentions, quotes, times, events), so the
/// cross-article stages and the search filters can query them. The rows of a table go to the store
/// together (<see cref="SqlCorpusStore.ExecuteManyAsync"/>): one round trip per table on PostgreSQL.
/// </summary>
internal sealed class LayerWriter(DbConnection connection, DbTransaction transaction)
{
    private readonly Dictionary<string, (string Sql, List<(string, object?)[]> Rows)> _pending = [];
    // Names already sent in this transaction: a name is stored once, however many articles carry it.
    private readonly HashSet<string> _names = [];

    public async Task WriteLayersAsync(long article, ArticleDocument d, CancellationToken ct)
    {
        foreach (var e in d.Entities ?? [])
        {
            if (_names.Add(e.Name))
                Add("entity_names", "INSERT INTO entity_names (name) VALUES (lower(@name)) ON CONFLICT DO NOTHING", ("name", e.Name));
            Add("entities", ("article_id", article), ("entity_id", e.Id.ToString()), ("name", e.Name),
                ("type", e.Type.ToString()), ("country", e.Country), ("roles", JsonSerializer.Serialize(e.Roles)));
            foreach (var m in e.Mentions)
                Add("mentions", ("article_id", article), ("mention_id", m.Id.ToString()), ("entity_id", e.Id.ToString()),
                    ("start_offset", m.At.Start), ("end_offset", m.At.End), ("text", m.At.Text));
        }
        foreach (var q in d.Quotes ?? [])
            Add("quotes", ("article_id", article), ("quote_id", q.Id.ToString()), ("kind", q.Kind.ToString().ToLowerInvariant()),
                ("text", q.Content.Text), ("start_offset", q.Content.Start), ("end_offset", q.Content.End), ("cue", q.Cue?.Text),
                ("speaker_text", q.Speaker?.At.Text), ("speaker_entity", q.Speaker?.Entity?.ToString()),
                ("speaker_name", q.Speaker?.Name), ("via_text", q.Via?.At.Text), ("said_on", q.Date?.Text));
        foreach (var t in d.Times ?? [])
            Add("times", ("article_id", article), ("time_id", t.Id.ToString()), ("text", t.At.Text),
                ("start_offset", t.At.Start), ("end_offset", t.At.End), ("type", t.Type.ToString()), ("value", t.Value.Text));
        foreach (var e in d.Events ?? [])
            Add("events", ("article_id", article), ("event_id", e.Id.ToString()), ("happened_on", e.Date.Text),
                ("text", e.Clause.Text), ("start_offset", e.Clause.Start), ("end_offset", e.Clause.End),
                ("participants", JsonSerializer.Serialize(e.Participants.Select(p => p.ToString()))),
                ("quotes", JsonSerializer.Serialize(e.Quotes.Select(q => q.ToString()))));
        // Layer rows refer only to their article, already written: the tables may go in any order.
        foreach (var (sql, rows) in _pending.Values)
        {
            await SqlCorpusStore.ExecuteManyAsync(connection, transaction, sql, rows, ct);
            rows.Clear();
        }
    }

    private void Add(string table, params (string Column, object? Value)[] row) =>
        Add(table, $"INSERT INTO {table} ({string.Join(", ", row.Select(r => r.Column))}) VALUES ({string.Join(", ", row.Select(r => "@" + r.Column))})", row);

    private void Add(string table, string sql, params (string Column, object? Value)[] row)
    {
        if (!_pending.TryGetValue(table, out var pending)) _pending[table] = pending = (sql, []);
        pending.Rows.Add(row);
    }
}
