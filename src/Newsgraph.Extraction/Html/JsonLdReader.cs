using System.Text.Json;

namespace Newsgraph.Extraction.Html;

/// <summary>
/// Schema.org metadata from a page's JSON-LD blocks: the article object (searched through arrays and
/// @graph), with its headline, authors, dates, publisher, language, description, section, keywords and
/// image, and the page's breadcrumb trail.
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
    public string? Section { get; private set; }
    public List<string> Keywords { get; } = [];

    /// <summary>True when every stated author is typed as an organisation, not a person.</summary>
    public bool AuthorsAreOrganisations { get; private set; }

    /// <summary>The article's (first) image, with the caption and credit stated for it.</summary>
    public string? ImageUrl { get; private set; }
    public string? ImageCaption { get; private set; }
    public string? ImageCredit { get; private set; }

    /// <summary>The names of a BreadcrumbList's items after the first (the site root), in order.</summary>
    public List<string> Breadcrumb { get; } = [];

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
                // ArgumentException: text that is not valid UTF-16 (a lone surrogate), found by the fuzz test.
                catch (Exception e) when (e is JsonException or ArgumentException) { continue; }
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
            foreach (var o in objects)
            {
                result.FillPublisherFromOrganization(o);
                result.FillBreadcrumb(o);
            }
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
            // "…Posting" covers blog, live-blog, social-media and forum postings.
            if (t.EndsWith("Article", StringComparison.OrdinalIgnoreCase) || t.EndsWith("Posting", StringComparison.OrdinalIgnoreCase)
                || t.Equals("Report", StringComparison.OrdinalIgnoreCase)
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
        Section ??= String(o, "articleSection");
        if (Keywords.Count == 0 && o.TryGetProperty("keywords", out var keywords)) Keywords.AddRange(Strings(keywords));
        if (Authors.Count == 0 && o.TryGetProperty("author", out var author)) FillAuthors(author);
        if (Authors.Count == 0 && o.TryGetProperty("creator", out var creator)) FillAuthors(creator);
        if (Publisher is null && o.TryGetProperty("publisher", out var publisher)) Publisher = FirstName(publisher);
        if (ImageUrl is null && o.TryGetProperty("image", out var image)) FillImage(image);
        ImageUrl ??= String(o, "thumbnailUrl");
    }

    private void FillAuthors(JsonElement value)
    {
        Authors.AddRange(PersonNames(value));
        AuthorsAreOrganisations = Authors.Count > 0 && Items(value).All(IsOrganisation);
    }

    private static bool IsOrganisation(JsonElement item) =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty("@type", out var type)
        && Strings(type).Any(t => t.EndsWith("Organization", StringComparison.OrdinalIgnoreCase) || t.Equals("Corporation", StringComparison.OrdinalIgnoreCase));

    /// <summary>image: a URL, an ImageObject (url or contentUrl, caption, creditText), or a list of either.</summary>
    private void FillImage(JsonElement image)
    {
        foreach (var item in Items(image))
        {
            if (item.ValueKind == JsonValueKind.String) ImageUrl = item.GetString()?.Trim();
            else if (item.ValueKind == JsonValueKind.Object)
            {
                ImageUrl = String(item, "url") ?? String(item, "contentUrl");
                ImageCaption = String(item, "caption") ?? String(item, "description");
                ImageCredit = String(item, "creditText")
                    ?? (item.TryGetProperty("copyrightHolder", out var holder) ? FirstName(holder) : null);
            }
            if (!string.IsNullOrEmpty(ImageUrl)) return;
        }
        ImageUrl = null;
    }

    private void FillBreadcrumb(JsonElement o)
    {
        if (Breadcrumb.Count > 0 || !o.TryGetProperty("@type", out var type) || !Strings(type).Contains("BreadcrumbList")) return;
        if (!o.TryGetProperty("itemListElement", out var list)) return;
        // Ordered by stated position; the first item is the site's home.
        var items = Items(list).Where(i => i.ValueKind == JsonValueKind.Object)
            .Select((item, index) => (Position: Position(item) ?? index + 1, Name: ItemName(item)))
            .OrderBy(i => i.Position)
            .Skip(1);
        foreach (var (_, name) in items)
            if (name is not null) Breadcrumb.Add(name);
    }

    private static int? Position(JsonElement item)
    {
        if (!item.TryGetProperty("position", out var p)) return null;
        if (p.ValueKind == JsonValueKind.Number && p.TryGetInt32(out var n)) return n;
        return p.ValueKind == JsonValueKind.String && int.TryParse(p.GetString(), out var m) ? m : null;
    }

    private static string? ItemName(JsonElement item) =>
        String(item, "name") ?? (item.TryGetProperty("item", out var inner) && inner.ValueKind == JsonValueKind.Object ? String(inner, "name") : null);

    /// <summary>The value itself, or the items of an array.</summary>
    private static IEnumerable<JsonElement> Items(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Array) { yield return value; yield break; }
        foreach (var item in value.EnumerateArray()) yield return item;
    }

    private void FillPublisherFromOrganization(JsonElement o)
    {
        if (Publisher is not null || !o.TryGetProperty("@type", out var type)) return;
        foreach (var t in Strings(type))
            if (t is "NewsMediaOrganization" or "Organization" or "WebSite") { Publisher = String(o, "name"); return; }
    }

    private static IEnumerable<string> PersonNames(JsonElement value)
    {
        foreach (var item in Items(value))
        {
            if (item.ValueKind == JsonValueKind.String) yield return item.GetString()!;
            else if (item.ValueKind == JsonValueKind.Object && String(item, "name") is { } name) yield return name;
        }
    }

    private static string? FirstName(JsonElement value) => PersonNames(value).FirstOrDefault();

    private static string? String(JsonElement o, string property)
    {
        if (!o.TryGetProperty(property, out var v)) return null;
        if (v.ValueKind == JsonValueKind.Array)
            foreach (var item in v.EnumerateArray())
                if (item.ValueKind == JsonValueKind.String) { v = item; break; }
        var s = v.ValueKind == JsonValueKind.String ? v.GetString()?.Trim() : null;
        return string.IsNullOrEmpty(s) ? null : s;
    }

    private static IEnumerable<string> Strings(JsonElement value) =>
        Items(value).Where(item => item.ValueKind == JsonValueKind.String).Select(item => item.GetString()!);
}
