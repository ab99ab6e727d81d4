using System.Text.Json;
using System.Xml.Linq;

namespace Newsgraph.Sources.Feeds;

/// <summary>
/// Reads RSS 2.0 (and RSS 1.0/RDF), Atom and JSON Feed, told apart by content. Written on System.Xml and
/// System.Text.Json rather than a feed library: the fields needed are few, and owning the date parsing and
/// the link choice keeps odd real-world feeds readable.
/// </summary>
public static class FeedParser
{
    private const string JsonFeedVersion = "https://jsonfeed.org/version/";

    /// <summary>Parses a feed; anything else is an <see cref="InputException"/> with a one-line reason.</summary>
    /// <param name="source">The feed's name (file or address) for messages.</param>
    /// <param name="url">The feed's address, against which relative item links are resolved.</param>
    public static Feed Parse(byte[] bytes, string source, string? url = null)
    {
        var kind = SourceSniffer.Sniff(bytes);
        if (kind.Gzipped) bytes = SourceSniffer.Gunzip(bytes, source);
        return kind.Kind switch
        {
            SourceKind.JsonFeed => ParseJsonFeed(bytes, source, url),
            SourceKind.RssFeed or SourceKind.AtomFeed => ParseXml(XmlSource.Load(bytes, source, "a feed"), source, url),
            _ => throw new InputException(source, $"not a feed ({SourceSniffer.Describe(kind.Kind)})"),
        };
    }

    private static Feed ParseXml(XDocument document, string source, string? url)
    {
        var root = document.Root!;
        switch (root.Name.LocalName)
        {
            case "rss":
            {
                var channel = root.Children("channel").FirstOrDefault() ?? throw new InputException(source, "not a feed: RSS without a channel");
                var items = channel.Children("item").Select(i => RssItem(i, url)).ToList();
                return new Feed(FeedFormat.Rss, channel.Child("title"), XmlSource.ResolveUrl(channel.Child("link"), url), items);
            }
            case "RDF":
            {
                var channel = root.Children("channel").FirstOrDefault();
                var items = root.Children("item").Select(i => RssItem(i, url)).ToList();
                return new Feed(FeedFormat.Rss, channel?.Child("title"), XmlSource.ResolveUrl(channel?.Child("link"), url), items);
            }
            default:
            {
                var feedBase = XmlSource.ResolveUrl(root.Attribute(XNamespace.Xml + "base")?.Value, url) ?? url;
                var entries = root.Children("entry").Select(e => AtomEntry(e, feedBase)).ToList();
                return new Feed(FeedFormat.Atom, root.Child("title"), AtomLink(root, feedBase), entries);
            }
        }
    }

    private static FeedItem RssItem(XElement item, string? url)
    {
        var guid = item.Children("guid").FirstOrDefault();
        var link = item.Child("link");
        // A guid is the page's address unless it says otherwise (isPermaLink defaults to true).
        if (link is null && guid is not null && guid.Attribute("isPermaLink")?.Value != "false") link = guid.Value.Trim();
        var authors = item.Children("creator").Concat(item.Children("author")).Select(a => a.Value.Trim())
            .Where(a => a.Length > 0).Distinct().ToList();
        var date = item.Child("pubDate") ?? item.Child("date") ?? item.Child("published");
        return new FeedItem(XmlSource.ResolveUrl(link, url), item.Child("title"), FeedDates.Parse(date), authors, guid?.Value.Trim());
    }

    private static FeedItem AtomEntry(XElement entry, string? feedBase)
    {
        var entryBase = XmlSource.ResolveUrl(entry.Attribute(XNamespace.Xml + "base")?.Value, feedBase) ?? feedBase;
        var authors = entry.Children("author").Select(a => a.Child("name")).OfType<string>().ToList();
        var date = entry.Child("published") ?? entry.Child("updated") ?? entry.Child("issued");
        return new FeedItem(AtomLink(entry, entryBase), entry.Child("title"), FeedDates.Parse(date), authors, entry.Child("id"));
    }

    /// <summary>The alternate link (rel missing or "alternate"), the HTML one when there are several.</summary>
    private static string? AtomLink(XElement element, string? baseUrl)
    {
        var alternates = element.Children("link")
            .Where(l => (l.Attribute("rel")?.Value ?? "alternate") == "alternate" && l.Attribute("href") is not null).ToList();
        var best = alternates.FirstOrDefault(l => l.Attribute("type")?.Value.Contains("html") == true) ?? alternates.FirstOrDefault();
        return XmlSource.ResolveUrl(best?.Attribute("href")!.Value, baseUrl);
    }

    private static Feed ParseJsonFeed(byte[] bytes, string source, string? url)
    {
        JsonDocument json;
        try { json = JsonDocument.Parse(bytes); }
        catch (JsonException e) { throw new InputException(source, $"not a feed: JSON Feed is not valid JSON ({e.Message.Split('.')[0]})"); }
        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object || String(root, "version")?.StartsWith(JsonFeedVersion, StringComparison.Ordinal) != true)
                throw new InputException(source, "not a feed: JSON without a JSON Feed version");
            var items = new List<FeedItem>();
            if (root.TryGetProperty("items", out var array) && array.ValueKind == JsonValueKind.Array)
                foreach (var item in array.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.Object))
                    items.Add(new FeedItem(
                        XmlSource.ResolveUrl(String(item, "url") ?? String(item, "external_url"), url),
                        String(item, "title"),
                        FeedDates.Parse(String(item, "date_published") ?? String(item, "date_modified")),
                        ItemOrFeedAuthors(item, root),
                        String(item, "id")));
            return new Feed(FeedFormat.JsonFeed, String(root, "title"), String(root, "home_page_url"), items);
        }
    }

    /// <summary>An item without authors has the feed's, as the JSON Feed spec says.</summary>
    private static List<string> ItemOrFeedAuthors(JsonElement item, JsonElement feed)
    {
        var own = JsonAuthors(item).Distinct().ToList();
        return own.Count > 0 ? own : JsonAuthors(feed).Distinct().ToList();
    }

    /// <summary>"authors" (1.1) or "author" (1.0), by name.</summary>
    private static IEnumerable<string> JsonAuthors(JsonElement element)
    {
        if (element.TryGetProperty("authors", out var authors) && authors.ValueKind == JsonValueKind.Array)
            foreach (var author in authors.EnumerateArray())
                if (author.ValueKind == JsonValueKind.Object && String(author, "name") is { } name) yield return name;
        if (element.TryGetProperty("author", out var single) && single.ValueKind == JsonValueKind.Object && String(single, "name") is { } one)
            yield return one;
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString()!.Trim() is { Length: > 0 } text
            ? text : null;
}
