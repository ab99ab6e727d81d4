using System.Runtime.CompilerServices;
using System.Xml.Linq;
using Newsgraph.Sources.Feeds;

namespace Newsgraph.Sources.Sitemaps;

/// <summary>Reads sitemaps (<c>urlset</c>, sitemap indexes, the Google News extension), gzip-compressed or not,
/// told apart by content.</summary>
public static class SitemapParser
{
    /// <summary>Parses one sitemap. With <paramref name="since"/>, entries dated before it are left out
    /// (undated ones are kept: nothing says they are old).</summary>
    public static Sitemap Parse(byte[] bytes, string source, DateTimeOffset? since = null)
    {
        var sniff = SourceSniffer.Sniff(bytes);
        if (sniff.Gzipped) bytes = SourceSniffer.Gunzip(bytes, source);
        if (sniff.Kind is not (SourceKind.Sitemap or SourceKind.SitemapIndex))
            throw new InputException(source, $"not a sitemap ({SourceSniffer.Describe(sniff.Kind)})");
        var root = XmlSource.Load(bytes, source, "a sitemap").Root!;
        bool isIndex = root.Name.LocalName == "sitemapindex";
        var entries = root.Children(isIndex ? "sitemap" : "url")
            .Select(Entry).OfType<SitemapEntry>()
            .Where(e => since is null || e.Date is null || e.Date >= since)
            .ToList();
        return isIndex ? new Sitemap(true, [], entries) : new Sitemap(false, entries, []);
    }

    private static SitemapEntry? Entry(XElement element)
    {
        var location = element.Child("loc");
        if (location is null) return null;
        var news = element.Children("news").FirstOrDefault();
        SitemapNews? extension = null;
        if (news is not null)
        {
            var publication = news.Children("publication").FirstOrDefault();
            extension = new SitemapNews(publication?.Child("name"), publication?.Child("language"),
                FeedDates.Parse(news.Child("publication_date")), news.Child("title"));
        }
        return new SitemapEntry(location, FeedDates.Parse(element.Child("lastmod")), extension);
    }
}

/// <summary>What following a sitemap gives: a page entry, or a sitemap that could not be used, in one line.</summary>
public sealed record SitemapResult(SitemapEntry? Page, string? Problem);

/// <summary>Follows a sitemap index down to its pages, fetching each child through the caller's delegate
/// (politeness and robots.txt are the fetcher's business). Guards against loops and runaway depth.</summary>
public static class SitemapWalker
{
    public static async IAsyncEnumerable<SitemapResult> FollowAsync(string url, Func<string, CancellationToken, Task<byte[]>> fetch,
        DateTimeOffset? since = null, int maxDepth = 5, int maxSitemaps = 10_000, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<(string Url, int Depth)>();
        pending.Push((url, 0));
        while (pending.Count > 0)
        {
            var (current, depth) = pending.Pop();
            if (!seen.Add(Normalise(current)))
            {
                yield return new SitemapResult(null, $"{current}: sitemap already read; skipped");
                continue;
            }
            if (seen.Count > maxSitemaps)
            {
                yield return new SitemapResult(null, $"{current}: over {maxSitemaps} sitemaps; stopped");
                yield break;
            }
            Sitemap sitemap;
            string? problem = null;
            try
            {
                sitemap = SitemapParser.Parse(await fetch(current, ct), current, since);
            }
            catch (InputException e)
            {
                sitemap = new Sitemap(false, [], []);
                problem = $"{e.Input}: {e.Reason}";
            }
            catch (Exception e) when (e is HttpRequestException or IOException)
            {
                sitemap = new Sitemap(false, [], []);
                problem = $"{current}: {e.Message}";
            }
            if (problem is not null) yield return new SitemapResult(null, problem);
            foreach (var page in sitemap.Pages) yield return new SitemapResult(page, null);
            if (sitemap.Children.Count > 0 && depth >= maxDepth)
            {
                yield return new SitemapResult(null, $"{current}: sitemap index nested deeper than {maxDepth} levels; its children skipped");
                continue;
            }
            // Pushed in reverse so children are read in document order.
            for (int i = sitemap.Children.Count - 1; i >= 0; i--) pending.Push((sitemap.Children[i].Location, depth + 1));
        }
    }

    private static string Normalise(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.GetComponents(UriComponents.HttpRequestUrl, UriFormat.UriEscaped) : url;
}
