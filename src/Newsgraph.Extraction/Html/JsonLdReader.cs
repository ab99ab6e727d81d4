using System.Text.Json;

namespace Newsgraph.Extraction.Html;

/// <summary>
/// Schema.org metadata from a page's JSON-LD blocks: the article object (searched through arrays and
/// @graph), with its headline, authors, dates, publisher, language and description.
/// </summary>
internal sealed class JsonLdArticle
{
    public string? Headline { get; private set; }
    public string? Name { get; private set; }
    public List<string> Authors { get; } = [];
    public string? DatePublished { get; private set; }
    public string? DateModified { get; private set; }
    public string? Publisher { get; private set; }
    public string? Language { get; private set; }
    public string? Description { get; private set; }
    public string? Url { get; private set; }

    /// <summary>The article's full text when the page states it (articleBody), for pages rendered by script.</summary>
    public string? ArticleBody { get; private set; }

    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    /// <summary>Reads the JSON-LD blocks; unparseable ones are ignored (pages often ship broken JSON).</summary>
    public static JsonLdArticle Read(IEnumerable<string> blocks)
    {
        var result = new JsonLdArticle();
        var objects = new List<JsonElement>();
        var documents = new List<JsonDocument>();
        try
        {
            foreach (var block in blocks)
            {
                var json = Unwrap(block);
                if (json.Length == 0) continue;
                try { documents.Add(JsonDocument.Parse(json, Options)); }
                catch (JsonException) { continue; }
                Collect(documents[^1].RootElement, objects);
            }
            // Article types first, then any web page; among equals, the first stated wins.
            JsonElement? article = null, page = null;
            foreach (var o in objects)
            {
                var rank = TypeRank(o);
                if (rank == 2 && article is null) article = o;
                else if (rank == 1 && page is null) page = o;
            }
            if (article is { } a) result.Fill(a);
            if (page is { } p) result.Fill(p);
            foreach (var o in objects) result.FillPublisherFromOrganization(o);
        }
        finally
        {
            foreach (var d in documents) d.Dispose();
        }
        return result;
    }

    /// <summary>The JSON inside CDATA or comment wrappers that some templates add.</summary>
    private static string Unwrap(string block)
    {
        block = block.Replace("<![CDATA[", "", StringComparison.Ordinal).Replace("]]>", "", StringComparison.Ordinal);
        int start = block.IndexOfAny(['{', '[']);
        int end = Math.Max(block.LastIndexOf('}'), block.LastIndexOf(']'));
        return start < 0 || end < start ? "" : block[start..(end + 1)];
    }

    private static void Collect(JsonElement element, List<JsonElement> objects)
    {
        // Iterative: JSON-LD nests articles in arrays and @graph, sometimes several levels deep.
        var stack = new Stack<JsonElement>();
        stack.Push(element);
        while (stack.Count > 0 && objects.Count < 200)
        {
            var e = stack.Pop();
            if (e.ValueKind == JsonValueKind.Array)
            {
                var items = e.EnumerateArray().ToList();
                for (int i = items.Count - 1; i >= 0; i--) stack.Push(items[i]);
                continue;
            }
            if (e.ValueKind != JsonValueKind.Object) continue;
            objects.Add(e);
            if (e.TryGetProperty("@graph", out var graph)) stack.Push(graph);
            if (e.TryGetProperty("mainEntity", out var main) && main.ValueKind == JsonValueKind.Object) stack.Push(main);
        }
    }

    private static int TypeRank(JsonElement o)
    {
        if (!o.TryGetProperty("@type", out var type)) return 0;
        int best = 0;
        foreach (var t in Strings(type))
        {
            if (t.EndsWith("Article", StringComparison.OrdinalIgnoreCase) || t.Equals("BlogPosting", StringComparison.OrdinalIgnoreCase)
                || t.Equals("LiveBlogPosting", StringComparison.OrdinalIgnoreCase) || t.Equals("Report", StringComparison.OrdinalIgnoreCase)
                || t.Equals("Review", StringComparison.OrdinalIgnoreCase) || t.Equals("Recipe", StringComparison.OrdinalIgnoreCase))
                return 2;
            if (t.EndsWith("WebPage", StringComparison.OrdinalIgnoreCase)) best = 1;
        }
        return best;
    }

    private void Fill(JsonElement o)
    {
        Headline ??= String(o, "headline");
        Name ??= String(o, "name");
        DatePublished ??= String(o, "datePublished") ?? String(o, "dateCreated");
        DateModified ??= String(o, "dateModified");
        Language ??= String(o, "inLanguage");
        Description ??= String(o, "description");
        Url ??= String(o, "url");
        ArticleBody ??= String(o, "articleBody") ?? String(o, "text");
        if (Authors.Count == 0 && o.TryGetProperty("author", out var author)) Authors.AddRange(PersonNames(author));
        if (Authors.Count == 0 && o.TryGetProperty("creator", out var creator)) Authors.AddRange(PersonNames(creator));
        if (Publisher is null && o.TryGetProperty("publisher", out var publisher)) Publisher = FirstName(publisher);
    }

    private void FillPublisherFromOrganization(JsonElement o)
    {
        if (Publisher is not null || !o.TryGetProperty("@type", out var type)) return;
        foreach (var t in Strings(type))
            if (t is "NewsMediaOrganization" or "Organization" or "WebSite") { Publisher = String(o, "name"); return; }
    }

    private static IEnumerable<string> PersonNames(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.String) { yield return value.GetString()!; yield break; }
        if (value.ValueKind == JsonValueKind.Object)
        {
            if (String(value, "name") is { } name) yield return name;
            yield break;
        }
        if (value.ValueKind != JsonValueKind.Array) yield break;
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String) yield return item.GetString()!;
            else if (item.ValueKind == JsonValueKind.Object && String(item, "name") is { } n) yield return n;
        }
    }

    private static string? FirstName(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in value.EnumerateArray())
                if (FirstName(item) is { } n) return n;
            return null;
        }
        if (value.ValueKind == JsonValueKind.String) return value.GetString();
        return value.ValueKind == JsonValueKind.Object ? String(value, "name") : null;
    }

    private static string? String(JsonElement o, string property)
    {
        if (!o.TryGetProperty(property, out var v)) return null;
        if (v.ValueKind == JsonValueKind.Array)
            foreach (var item in v.EnumerateArray())
                if (item.ValueKind == JsonValueKind.String) { v = item; break; }
        var s = v.ValueKind == JsonValueKind.String ? v.GetString()?.Trim() : null;
        return string.IsNullOrEmpty(s) ? null : s;
    }

    private static IEnumerable<string> Strings(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.String) yield return value.GetString()!;
        else if (value.ValueKind == JsonValueKind.Array)
            foreach (var item in value.EnumerateArray())
                if (item.ValueKind == JsonValueKind.String) yield return item.GetString()!;
    }
}
