using System.Text.Json;
using System.Text.Json.Serialization;

namespace Newsgraph.Core.Model;

/// <summary>
/// A named layer of a document. The built-in layers are typed properties of <see cref="ArticleDocument"/>;
/// a new stage adds a layer of its own as a <see cref="Layer{T}"/>, kept in the document's layer bag and
/// carried by the JSON writer and reader under its name, so adding a layer edits nothing in Core.
/// </summary>
public record Layer(string Name)
{
    public static readonly Layer Text = new("text");
    public static readonly Layer Tokens = new("tokens");
    public static readonly Layer Sentences = new("sentences");
    public static readonly Layer Entities = new("entities");
    public static readonly Layer Quotes = new("quotes");
    public static readonly Layer Times = new("times");
    public static readonly Layer Events = new("events");

    /// <summary>Field names of the document's JSON form that an added layer may not take.</summary>
    public static readonly IReadOnlySet<string> ReservedNames = new HashSet<string>(StringComparer.Ordinal)
    {
        "source", "id", "version", "url", "title", "authors", "published", "modified", "publisher", "language",
        "description", "canonical_url", "section", "tags", "credits", "images", "extraction", "text",
        "tokens", "sentences", "entities", "quotes", "times", "events",
    };

    /// <summary>How added layers are written and read: snake_case names, enums as their names.</summary>
    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.General)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter() },
    };

    public override string ToString() => Name;
}

/// <summary>A layer added beyond the built-in ones, holding a value of type <typeparamref name="T"/>
/// that System.Text.Json can write and read (names in snake_case).</summary>
public sealed record Layer<T>(string Name) : Layer(Name) where T : class;
