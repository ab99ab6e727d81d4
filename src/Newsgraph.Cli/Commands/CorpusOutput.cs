using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Newsgraph.Corpus;

namespace Newsgraph.Cli.Commands;

/// <summary>Search hits and store statistics as JSON, JSON lines or text.</summary>
internal static class CorpusOutput
{
    internal static readonly JsonWriterOptions Json = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    internal static readonly JsonWriterOptions JsonLine = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void WriteSearch(TextWriter output, SearchQuery query, SearchResults results, string format)
    {
        switch (format)
        {
            case "text":
                output.WriteLine($"{(results.TotalIsAtLeast ? "at least " : "")}{results.Total} hits for \"{query.Text}\"");
                int n = query.Offset;
                foreach (var hit in results.Hits)
                {
                    output.WriteLine($"{++n}. {hit.Title ?? "(untitled)"} — {hit.Publisher ?? "?"}, {hit.Published ?? "undated"}");
                    output.WriteLine($"   {Marked(hit)}");
                    output.WriteLine($"   {hit.Url ?? hit.Source}");
                }
                break;
            case "jsonl":
                foreach (var hit in results.Hits) WriteJson(output, JsonLine, json => WriteHit(json, hit));
                break;
            default:
                WriteJson(output, Json, json =>
                {
                    json.WriteStartObject();
                    json.WriteString("query", query.Text);
                    json.WriteNumber("total", results.Total);
                    if (results.TotalIsAtLeast) json.WriteBoolean("total_is_at_least", true);
                    json.WriteNumber("offset", query.Offset);
                    json.WriteStartArray("hits");
                    foreach (var hit in results.Hits) WriteHit(json, hit);
                    json.WriteEndArray();
                    json.WriteEndObject();
                });
                break;
        }
    }

    private static void WriteHit(Utf8JsonWriter json, SearchHit hit)
    {
        json.WriteStartObject();
        json.WriteNumber("article", hit.ArticleId);
        json.WriteString("id", hit.DocumentId);
        json.WriteString("source", hit.Source);
        json.WriteString("url", hit.Url);
        json.WriteString("title", hit.Title);
        json.WriteString("publisher", hit.Publisher);
        json.WriteString("published", hit.Published);
        json.WriteString("language", hit.Language);
        json.WriteNumber("score", hit.Score);
        json.WriteString("snippet", hit.Snippet);
        json.WriteStartArray("highlights");
        foreach (var (start, end) in hit.Highlights)
        {
            json.WriteStartArray();
            json.WriteNumberValue(start);
            json.WriteNumberValue(end);
            json.WriteEndArray();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>The snippet with its matched words between asterisks, for reading in a terminal.</summary>
    private static string Marked(SearchHit hit)
    {
        var text = hit.Snippet;
        foreach (var (start, end) in hit.Highlights.OrderByDescending(h => h.Start))
            text = text[..start] + "*" + text[start..end] + "*" + text[end..];
        return text.ReplaceLineEndings(" ");
    }

    public static void WriteStats(TextWriter output, string store, CorpusStats s, string format)
    {
        var groups = new (string Name, IReadOnlyList<(string Key, long Count)> Rows)[]
        {
            ("by_source", s.BySourceKind), ("by_publisher", s.ByPublisher), ("by_day", s.ByDay), ("by_language", s.ByLanguage),
        };
        if (format == "json")
        {
            WriteJson(output, Json, json =>
            {
                json.WriteStartObject();
                json.WriteString("store", store);
                json.WriteNumber("articles", s.Articles);
                json.WriteNumber("versions", s.Versions);
                json.WriteNumber("copies", s.Copies);
                json.WriteNumber("inputs", s.Inputs);
                foreach (var (name, rows) in groups)
                {
                    json.WriteStartObject(name);
                    foreach (var (key, count) in rows) json.WriteNumber(key, count);
                    json.WriteEndObject();
                }
                json.WriteEndObject();
            });
            return;
        }
        output.WriteLine(store);
        output.WriteLine($"  {s.Articles} articles ({s.Versions} versions stored), {s.Copies} near-duplicate copies, {s.Inputs} inputs read");
        foreach (var (name, rows) in groups)
        {
            output.WriteLine($"  {name.Replace('_', ' ')}:");
            foreach (var (key, count) in rows) output.WriteLine($"    {count,8}  {key}");
        }
    }

    /// <summary>The --format option of the across-article listings (stories, quotes).</summary>
    internal static Option<string> FormatOption()
    {
        var format = new Option<string>("--format", "-f") { Description = "json (default), jsonl or text.", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "jsonl", "text");
        return format;
    }

    /// <summary>A listing as text, JSON lines (one object a line) or JSON (one array, or the object alone when
    /// <paramref name="single"/>).</summary>
    internal static void WriteList<T>(TextWriter output, IReadOnlyList<T> items, string format, Action<Utf8JsonWriter, T> writeJson,
        Action<TextWriter, T> writeText, bool single = false)
    {
        switch (format)
        {
            case "text":
                foreach (var item in items) writeText(output, item);
                break;
            case "jsonl":
                foreach (var item in items) WriteJson(output, JsonLine, json => writeJson(json, item));
                break;
            default:
                WriteJson(output, Json, json =>
                {
                    if (single) { writeJson(json, items[0]); return; }
                    json.WriteStartArray();
                    foreach (var item in items) writeJson(json, item);
                    json.WriteEndArray();
                });
                break;
        }
    }

    internal static void WriteJson(TextWriter output, JsonWriterOptions options, Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, options)) write(json);
        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
