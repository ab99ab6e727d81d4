using System.Text.Json;
using Newsgraph.Core.Model;

namespace Newsgraph.Core.Output;

/// <summary>
/// Reads the JSON that <see cref="JsonDocumentWriter"/> writes back into a document, so a stored
/// analysis can be loaded without running the pipeline again. Tokens and sentences are not part of the
/// JSON form: the tokenizer recomputes them when a stage needs them. Version 1 documents (no ids on
/// quotes, times and events; event quotes as list positions) are upgraded as they are read.
/// </summary>
public static class JsonDocumentReader
{
    /// <summary>Reads one document; a malformed one throws <see cref="FormatException"/> saying what is wrong.</summary>
    public static ArticleDocument Read(string json)
    {
        try
        {
            using var parsed = JsonDocument.Parse(json);
            return Read(parsed.RootElement);
        }
        catch (JsonException e)
        {
            throw new FormatException($"not a Newsgraph document: {e.Message}", e);
        }
    }

    public static ArticleDocument Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object) throw new FormatException("not a Newsgraph document: expected a JSON object");
        int version = root.TryGetProperty("version", out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : 1;
        if (version > ArticleDocument.FormatVersion)
            throw new FormatException($"document format version {version} is newer than this Newsgraph reads ({ArticleDocument.FormatVersion})");

        var document = new ArticleDocument
        {
            Source = String(root, "source") ?? throw new FormatException("document has no source"),
            Url = String(root, "url"),
            Title = String(root, "title"),
            Authors = Strings(root, "authors"),
            Published = Date(root, "published"),
            Modified = Date(root, "modified"),
            Publisher = String(root, "publisher"),
            Language = String(root, "language"),
            Description = String(root, "description"),
            CanonicalUrl = String(root, "canonical_url"),
            Section = String(root, "section"),
            Tags = Strings(root, "tags"),
            Credits = Strings(root, "credits"),
            Images = Array(root, "images").Select(i => new ArticleImage(String(i, "url") ?? "", String(i, "caption"), String(i, "credit"))).ToList(),
            ExtractionMethod = String(root, "extraction"),
            Text = String(root, "text") ?? "",
            Id = String(root, "id") is { } id ? new DocumentId(id) : default,
        };

        if (root.TryGetProperty("entities", out _)) document.Entities = ReadEntities(root);
        if (root.TryGetProperty("quotes", out _)) document.Quotes = ReadQuotes(root);
        if (root.TryGetProperty("times", out _)) document.Times = ReadTimes(root);
        if (root.TryGetProperty("events", out _)) document.Events = ReadEvents(root, document.Quotes);
        foreach (var property in root.EnumerateObject().Where(p => !Layer.ReservedNames.Contains(p.Name)))
            document.SetAdded(property.Name, property.Value.Clone());
        document.FixText();
        return document;
    }

    private static List<Entity> ReadEntities(JsonElement root)
    {
        int mentionNumber = 0;
        return Array(root, "entities").Select(e => new Entity
        {
            Id = Id<Entity>.Parse(String(e, "id") ?? throw new FormatException("entity without an id")),
            Name = String(e, "name") ?? "",
            Type = Enum.Parse<EntityType>(String(e, "type") ?? "MISC"),
            Roles = Strings(e, "roles"),
            Country = String(e, "country"),
            Mentions = Array(e, "mentions").Select(m => new Mention(
                String(m, "id") is { } mid ? Id<Mention>.Parse(mid) : new Id<Mention>(++mentionNumber), Anchored(m))).ToList(),
        }).ToList();
    }

    private static List<Quote> ReadQuotes(JsonElement root) =>
        Array(root, "quotes").Select((q, i) => new Quote
        {
            Id = String(q, "id") is { } id ? Id<Quote>.Parse(id) : new Id<Quote>(i + 1),
            Content = Anchored(q),
            Kind = Enum.Parse<QuoteKind>(String(q, "kind") ?? "direct", ignoreCase: true),
            Cue = Object(q, "cue") is { } cue ? Anchored(cue) : null,
            Speaker = ReadSpeaker(q, "speaker"),
            Via = ReadSpeaker(q, "via"),
            Date = String(q, "date") is { } date ? new TimexValue(date) : null,
        }).ToList();

    private static Speaker? ReadSpeaker(JsonElement quote, string name) =>
        Object(quote, name) is not { } s
            ? null
            : new Speaker(Anchored(s), String(s, "entity") is { } e ? Id<Entity>.Parse(e) : null) { Name = String(s, "name") };

    private static List<TimeExpression> ReadTimes(JsonElement root) =>
        Array(root, "times").Select((t, i) => new TimeExpression(
            String(t, "id") is { } id ? Id<TimeExpression>.Parse(id) : new Id<TimeExpression>(i + 1),
            Anchored(t),
            Enum.Parse<TimeType>(String(t, "type") ?? "DATE"),
            new TimexValue(String(t, "value") ?? ""))).ToList();

    private static List<NewsEvent> ReadEvents(JsonElement root, List<Quote>? quotes) =>
        Array(root, "events").Select((e, i) => new NewsEvent
        {
            Id = String(e, "id") is { } id ? Id<NewsEvent>.Parse(id) : new Id<NewsEvent>(i + 1),
            Date = new TimexValue(String(e, "date") ?? ""),
            Clause = Anchored(e),
            Participants = Array(e, "participants").Select(p => Id<Entity>.Parse(p.GetString() ?? "")).ToList(),
            Quotes = Array(e, "quotes").Select(q => q.ValueKind == JsonValueKind.Number
                // version 1 named a quote by its position in the quotes list
                ? quotes?.ElementAtOrDefault(q.GetInt32())?.Id ?? throw new FormatException($"event quote {q.GetInt32()} does not exist")
                : Id<Quote>.Parse(q.GetString() ?? "")).ToList(),
        }).ToList();

    private static AnchoredText Anchored(JsonElement e) =>
        new(Int(e, "start"), Int(e, "end"), String(e, "text") ?? "");

    private static int Int(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.TryGetInt32(out var n) ? n : throw new FormatException($"'{name}' is missing or not a whole number");

    private static string? String(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static JsonElement? Object(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Object ? v : null;

    private static IEnumerable<JsonElement> Array(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? v.EnumerateArray() : [];

    private static List<string> Strings(JsonElement e, string name) =>
        Array(e, name).Select(s => s.GetString() ?? "").ToList();

    private static PublicationDate? Date(JsonElement e, string name) =>
        PublicationDate.TryParse(String(e, name), out var date) ? date : null;
}
