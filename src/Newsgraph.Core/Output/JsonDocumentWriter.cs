using System.Text.Encodings.Web;
using System.Text.Json;
using Newsgraph.Core.Model;

namespace Newsgraph.Core.Output;

/// <summary>
/// Writes the evaluation contract's JSON (shared/eval/README.md): article fields, then each analysis
/// layer that was computed. Layers that were not computed are left out rather than printed empty.
/// </summary>
public sealed class JsonDocumentWriter(bool indented) : IDocumentWriter
{
    private readonly JsonWriterOptions _options = new()
    {
        Indented = indented,
        // Output is data for programs and people, not HTML: keep non-ASCII text readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public void Write(ArticleDocument document, TextWriter output)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, _options))
            WriteDocument(json, document);
        output.Write(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        output.Write('\n');
    }

    public static void WriteDocument(Utf8JsonWriter json, ArticleDocument d)
    {
        json.WriteStartObject();
        json.WriteString("source", d.Source);
        json.WriteString("id", d.Id.Value);
        json.WriteNumber("version", ArticleDocument.FormatVersion);
        json.WriteString("url", d.Url);
        json.WriteString("title", d.Title);
        json.WriteStringArray("authors", d.Authors);
        json.WriteString("published", d.Published?.ToIso());
        if (d.Modified is not null) json.WriteString("modified", d.Modified.ToIso());
        json.WriteString("publisher", d.Publisher);
        json.WriteString("language", d.Language);
        if (d.Description is not null) json.WriteString("description", d.Description);
        if (d.CanonicalUrl is not null) json.WriteString("canonical_url", d.CanonicalUrl);
        if (d.Section is not null) json.WriteString("section", d.Section);
        if (d.Tags.Count > 0) json.WriteStringArray("tags", d.Tags);
        json.WriteStringArray("credits", d.Credits);
        if (d.Images.Count > 0) WriteImages(json, d.Images);
        if (d.ExtractionMethod is not null) json.WriteString("extraction", d.ExtractionMethod);
        json.WriteString("text", d.Text);
        if (d.Entities is not null) WriteEntities(json, d.Entities);
        if (d.Quotes is not null) WriteQuotes(json, d.Quotes);
        if (d.Times is not null) WriteTimes(json, d.Times);
        if (d.Events is not null) WriteEvents(json, d.Events);
        foreach (var (name, value) in d.AddedLayers)
        {
            json.WritePropertyName(name);
            JsonSerializer.Serialize(json, value, value.GetType(), Layer.JsonOptions);
        }
        json.WriteEndObject();
    }

    private static void WriteImages(Utf8JsonWriter json, List<ArticleImage> images)
    {
        json.WriteStartArray("images");
        foreach (var image in images)
        {
            json.WriteStartObject();
            json.WriteString("url", image.Url);
            json.WriteString("caption", image.Caption);
            json.WriteString("credit", image.Credit);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteEntities(Utf8JsonWriter json, List<Entity> entities)
    {
        json.WriteStartArray("entities");
        foreach (var e in entities)
        {
            json.WriteStartObject();
            json.WriteString("id", e.Id.ToString());
            json.WriteString("name", e.Name);
            json.WriteString("type", e.Type.ToString());
            json.WriteStringArray("roles", e.Roles);
            if (e.Country is not null) json.WriteString("country", e.Country);
            json.WriteStartArray("mentions");
            foreach (var m in e.Mentions) WriteAnchored(json, null, m.At, m.Id.ToString());
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteQuotes(Utf8JsonWriter json, List<Quote> quotes)
    {
        json.WriteStartArray("quotes");
        foreach (var q in quotes)
        {
            json.WriteStartObject();
            json.WriteString("id", q.Id.ToString());
            WriteAnchoredFields(json, q.Content);
            json.WriteString("kind", q.Kind.ToString().ToLowerInvariant());
            if (q.Cue is null) json.WriteNull("cue");
            else WriteAnchored(json, "cue", q.Cue.Value);
            WriteSpeaker(json, "speaker", q.Speaker);
            if (q.Via is not null) WriteSpeaker(json, "via", q.Via);
            json.WriteString("date", q.Date?.Text);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteSpeaker(Utf8JsonWriter json, string name, Speaker? s)
    {
        if (s is null) { json.WriteNull(name); return; }
        json.WriteStartObject(name);
        WriteAnchoredFields(json, s.At);
        json.WriteString("entity", s.Entity?.ToString());
        if (s.Name is not null) json.WriteString("name", s.Name);
        json.WriteEndObject();
    }

    private static void WriteTimes(Utf8JsonWriter json, List<TimeExpression> times)
    {
        json.WriteStartArray("times");
        foreach (var t in times)
        {
            json.WriteStartObject();
            json.WriteString("id", t.Id.ToString());
            WriteAnchoredFields(json, t.At);
            json.WriteString("type", t.Type.ToString());
            json.WriteString("value", t.Value.Text);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteEvents(Utf8JsonWriter json, List<NewsEvent> events)
    {
        json.WriteStartArray("events");
        foreach (var e in events)
        {
            json.WriteStartObject();
            json.WriteString("id", e.Id.ToString());
            json.WriteString("date", e.Date.Text);
            WriteAnchoredFields(json, e.Clause);
            json.WriteStringArray("participants", e.Participants.Select(p => p.ToString()));
            json.WriteStringArray("quotes", e.Quotes.Select(q => q.ToString()));
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteAnchored(Utf8JsonWriter json, string? name, AnchoredText at, string? id = null)
    {
        if (name is null) json.WriteStartObject(); else json.WriteStartObject(name);
        if (id is not null) json.WriteString("id", id);
        WriteAnchoredFields(json, at);
        json.WriteEndObject();
    }

    private static void WriteAnchoredFields(Utf8JsonWriter json, AnchoredText at)
    {
        json.WriteString("text", at.Text);
        json.WriteNumber("start", at.Start);
        json.WriteNumber("end", at.End);
    }
}
