using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Newsgraph.Corpus.Entities;

/// <summary>
/// What a cross-article entity is known by, kept with it so that an article's entity is compared with it
/// and not with every article that names it: the names its articles give it and the names they write,
/// with counts, the types they give it, and the entities it is named beside (the context that decides
/// an ambiguous surname).
/// </summary>
internal sealed class AcrossEntityProfile
{
    /// <summary>Entities kept as context: the ones most often named beside it.</summary>
    private const int MaxContext = 60;

    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [JsonPropertyName("names")] public Dictionary<string, int> Names { get; set; } = new(StringComparer.Ordinal);
    [JsonPropertyName("forms")] public Dictionary<string, int> Forms { get; set; } = new(StringComparer.Ordinal);
    [JsonPropertyName("types")] public Dictionary<string, int> Types { get; set; } = new(StringComparer.Ordinal);
    [JsonPropertyName("context")] public Dictionary<long, int> Context { get; set; } = [];
    /// <summary>For a place, the countries its articles place it in (see <see cref="EntityNames.PlaceCountry"/>).</summary>
    [JsonPropertyName("countries")] public Dictionary<string, int> Countries { get; set; } = new(StringComparer.Ordinal);

    private List<NameForm>? _parsed;

    /// <summary>The type most articles give it; MISC only when no article gives another.</summary>
    [JsonIgnore]
    public string Type => Types.OrderBy(t => t.Key == "MISC" ? 1 : 0).ThenByDescending(t => t.Value).ThenBy(t => t.Key, StringComparer.Ordinal)
        .Select(t => t.Key).FirstOrDefault() ?? "MISC";

    /// <summary>The name its articles give it most, the fuller on a tie.</summary>
    [JsonIgnore]
    public string Name => Names.OrderByDescending(n => n.Value).ThenByDescending(n => EntityNames.Split(n.Key).Length)
        .ThenByDescending(n => n.Key.Length).ThenBy(n => n.Key, StringComparer.Ordinal).Select(n => n.Key).FirstOrDefault() ?? "";

    /// <summary>The names it is written under besides <see cref="Name"/>, most used first.</summary>
    [JsonIgnore]
    public List<string> Aliases => Forms.Keys.Concat(Names.Keys).Where(f => f != Name).Distinct(StringComparer.Ordinal)
        .OrderByDescending(f => Forms.GetValueOrDefault(f) + Names.GetValueOrDefault(f)).ThenBy(f => f, StringComparer.Ordinal).ToList();

    /// <summary>The country most of its articles place it in; null for what is not a known place.</summary>
    [JsonIgnore]
    public string? Country => Countries.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => c.Key).FirstOrDefault();

    /// <summary>Its names in comparable form.</summary>
    public IReadOnlyList<NameForm> NameForms()
    {
        var type = Type;
        return _parsed ??= Names.Keys.Concat(Forms.Keys).Distinct(StringComparer.Ordinal)
            .Select(f => EntityNames.Parse(f, type)).OfType<NameForm>().ToList();
    }

    /// <summary>Adds what one article says of it: the name it gives, the names it writes, the type.</summary>
    public void Add(string name, string type, IEnumerable<string> forms, string? country)
    {
        if (country is not null) Countries[country] = Countries.GetValueOrDefault(country) + 1;
        Names[name] = Names.GetValueOrDefault(name) + 1;
        Types[type] = Types.GetValueOrDefault(type) + 1;
        foreach (var form in forms) Forms[form] = Forms.GetValueOrDefault(form) + 1;
        _parsed = null;
    }

    /// <summary>Counts the other entities one article names beside it, keeping the most frequent.</summary>
    public void AddContext(IEnumerable<long> others)
    {
        foreach (var other in others) Context[other] = Context.GetValueOrDefault(other) + 1;
        if (Context.Count <= MaxContext) return;
        // Sorted in place and refilled in that order (an entity named in thousands of articles comes here for each).
        var kept = Context.ToArray();
        Array.Sort(kept, (a, b) => a.Value != b.Value ? b.Value.CompareTo(a.Value) : a.Key.CompareTo(b.Key));
        Context.Clear();
        foreach (var (key, value) in kept.AsSpan(0, MaxContext)) Context[key] = value;
    }

    public string ToJson() => JsonSerializer.Serialize(this, Options);

    public static AcrossEntityProfile FromJson(string json) => JsonSerializer.Deserialize<AcrossEntityProfile>(json, Options) ?? new AcrossEntityProfile();

    public static string ToJson<T>(T value) => JsonSerializer.Serialize(value, Options);
}
