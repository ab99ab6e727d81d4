using System.Runtime.CompilerServices;
using Newsgraph.Core.Model;
using Newsgraph.Engine;
using Newsgraph.Sources;
using Newsgraph.Sources.Archives;
using Newsgraph.Sources.Feeds;
using Newsgraph.Sources.Fetching;
using Newsgraph.Sources.Sitemaps;

namespace Newsgraph.Corpus;

/// <summary>
/// Turns what a user names on the command line into the stream of pages to ingest. Files are told apart by
/// content, not by name: a web archive (WARC, ARC, WET; plain or gzip) gives one page per page record; a
/// feed (RSS, Atom, JSON Feed) one page per entry, with the entry's title, date and authors as hints; a
/// sitemap (an index followed down, news sitemaps, gzip) one page per address; a page or text capture is
/// itself a page. Directories are walked for pages and archives; standard input is read as a page. A URL
/// is read first (through <see cref="IngestSourceOptions.Read"/>) to tell what it is.
/// </summary>
public static class IngestSources
{
    public static IAsyncEnumerable<IngestItem> ResolveAsync(IEnumerable<string> sources, CancellationToken ct = default) =>
        ResolveAsync(sources, new IngestSourceOptions(), ct);

    /// <summary>File endings a directory walk considers; what each holds is still decided by its content.</summary>
    private static readonly string[] ArchiveEndings = [".warc", ".warc.gz", ".arc", ".arc.gz", ".wet", ".wet.gz"];

    public static async IAsyncEnumerable<IngestItem> ResolveAsync(IEnumerable<string> sources, IngestSourceOptions options, [EnumeratorCancellation] CancellationToken ct = default)
    {
        foreach (var source in sources)
        {
            if (source == "-") yield return new IngestItem(new InputItem(source, InputItemKind.StandardInput), "stdin");
            else if (InputResolver.IsUrl(source))
            {
                await foreach (var item in FromUrlAsync(source, options, ct)) yield return item;
            }
            else if (Directory.Exists(source))
            {
                foreach (var file in Walk(source))
                    await foreach (var item in FromFileAsync(file, options, ct)) yield return item;
            }
            else if (File.Exists(source))
            {
                await foreach (var item in FromFileAsync(source, options, ct)) yield return item;
            }
            else yield return new IngestItem(new InputItem(source, InputItemKind.Missing), "file");
        }
    }

    public static IEnumerable<string> Walk(string directory) =>
        Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Where(f => InputResolver.PageExtensions.Contains(Path.GetExtension(f))
                        || ArchiveEndings.Any(e => f.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
            .Order(StringComparer.Ordinal);

    /// <summary>A URL read once: a feed or sitemap is expanded, anything else is the page itself (not fetched again).</summary>
    private static async IAsyncEnumerable<IngestItem> FromUrlAsync(string url, IngestSourceOptions options, [EnumeratorCancellation] CancellationToken ct)
    {
        if (options.Read is null)
        {
            yield return new IngestItem(InputItem.FromUrl(url), "url");
            yield break;
        }
        var (page, problem) = await TryReadAsync(options.Read, InputItem.FromUrl(url), ct);
        if (page is null)
        {
            // Polled again and unchanged: nothing new to ingest, and no failure.
            yield return problem == PageNotModifiedException.Unchanged ? IngestItem.NoPage(url, "url", problem) : IngestItem.Failed(url, "url", problem!);
            yield break;
        }
        var items = SourceSniffer.Sniff(page.Bytes).Kind switch
        {
            SourceKind.RssFeed or SourceKind.AtomFeed or SourceKind.JsonFeed => FeedEntries(url, page.Bytes, page.Url ?? url, options),
            SourceKind.Sitemap or SourceKind.SitemapIndex => SitemapEntriesAsync(url, page.Bytes, options, ct),
            _ => Single(new IngestItem(InputItem.FromBytes(url, page.Bytes, page.ContentType, page.Url), "url")),
        };
        await foreach (var item in items) yield return item;
    }

    private static async IAsyncEnumerable<IngestItem> FromFileAsync(string path, IngestSourceOptions options, [EnumeratorCancellation] CancellationToken ct)
    {
        var kind = await SniffFileAsync(path, ct);
        if (kind is SourceKind.RssFeed or SourceKind.AtomFeed or SourceKind.JsonFeed or SourceKind.Sitemap or SourceKind.SitemapIndex)
        {
            var (page, problem) = await TryReadAsync(ReadFileAsync, InputItem.FromFile(path), ct);
            var items = page is null ? Single(IngestItem.Failed(path, "file", problem!))
                : kind is SourceKind.Sitemap or SourceKind.SitemapIndex ? SitemapEntriesAsync(path, page.Bytes, options, ct)
                : FeedEntries(path, page.Bytes, null, options);
            await foreach (var item in items) yield return item;
            yield break;
        }
        if (kind is not (SourceKind.Warc or SourceKind.Arc))
        {
            yield return new IngestItem(InputItem.FromFile(path), "file");
            yield break;
        }
        await foreach (var item in FromArchiveEntries(ArchiveReader.ReadFileAsync(path, ct: ct))) yield return item;
    }

    /// <summary>The pages of the bytes [start, end) of an archive file, named as a whole-file ingest names them: one
    /// part of a large archive split between workers.</summary>
    public static IAsyncEnumerable<IngestItem> FromArchiveRange(string path, long start, long end, CancellationToken ct = default) =>
        FromArchiveEntries(ArchiveReader.ReadRangeAsync(path, start, end, ct: ct));

    private static async IAsyncEnumerable<IngestItem> FromArchiveEntries(IAsyncEnumerable<ArchiveEntry> entries)
    {
        await foreach (var entry in entries)
        {
            if (entry.Problem is { } problem)
            {
                yield return IngestItem.Failed($"{problem.Archive}@{problem.Offset}", "warc", $"record {problem.Number}: {problem.Reason}");
                continue;
            }
            var page = ArchivePages.FromRecord(entry.Record!);
            yield return page.Item is { } item
                ? new IngestItem(item, "warc")
                : IngestItem.NoPage(page.Record.Location, "warc", page.Skipped ?? "no page");
        }
    }

    /// <summary>One item per entry with an http(s) link; entries older than <see cref="IngestSourceOptions.Since"/> are
    /// left out (undated ones kept: nothing says they are old).</summary>
    private static IAsyncEnumerable<IngestItem> FeedEntries(string source, byte[] bytes, string? url, IngestSourceOptions options)
    {
        Feed feed;
        try { feed = FeedParser.Parse(bytes, source, url); }
        catch (InputException e) { return Single(IngestItem.Failed(source, "feed", e.Reason)); }
        return feed.Items
            .Select((entry, index) => (Entry: entry, Number: index + 1))
            .Where(e => options.Since is null || e.Entry.Published is null || e.Entry.Published >= options.Since)
            .Select(e => e.Entry.ToInputItem() is { } input
                ? new IngestItem(input, "feed") { Hints = new PageHints(e.Entry.Title, e.Entry.Published, e.Entry.Authors) }
                : IngestItem.Failed($"{source} entry {e.Number}", "feed", "no http(s) link to a page"))
            .ToAsyncEnumerable();
    }

    /// <summary>One item per page address, an index followed down; a child sitemap that cannot be used is reported.</summary>
    private static async IAsyncEnumerable<IngestItem> SitemapEntriesAsync(string source, byte[] bytes, IngestSourceOptions options,
        [EnumeratorCancellation] CancellationToken ct)
    {
        // The first sitemap is already read; those it names are fetched like any page.
        async Task<byte[]> FetchAsync(string address, CancellationToken token) =>
            address == source ? bytes
            : options.Read is null ? throw new InputException(address, "sitemap not followed: no reader for URLs was given")
            : (await options.Read(InputItem.FromUrl(address), token)).Bytes;

        await foreach (var result in SitemapWalker.FollowAsync(source, FetchAsync, options.Since, ct: ct))
            yield return result.Page is { } entry
                ? new IngestItem(entry.ToInputItem(), "sitemap") { Hints = new PageHints(entry.News?.Title, entry.News?.PublicationDate, []) }
                : IngestItem.Failed(source, "sitemap", result.Problem!);
    }

    /// <summary>Reads a source up front to tell what it is; a failure becomes a one-line reason.</summary>
    private static async Task<(RawPage? Page, string? Problem)> TryReadAsync(Func<InputItem, CancellationToken, Task<RawPage>> read, InputItem item, CancellationToken ct)
    {
        try { return (await read(item, ct), null); }
        catch (OperationCanceledException) when (ct.IsCancellationRequested) { throw; }
        catch (Exception e) when (e is InputException or IOException) { return (null, e is InputException input ? input.Reason : e.Message); }
    }

    private static async Task<RawPage> ReadFileAsync(InputItem item, CancellationToken ct)
    {
        using var reader = new PageReader();
        return await reader.ReadAsync(item, ct);
    }

    private static IAsyncEnumerable<IngestItem> Single(IngestItem item) => new[] { item }.ToAsyncEnumerable();

    public static async Task<SourceKind> SniffFileAsync(string path, CancellationToken ct)
    {
        try
        {
            await using var stream = File.OpenRead(path);
            var head = new byte[SourceSniffer.HeadBytes];
            int read = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, ct);
            return SourceSniffer.Sniff(head.AsSpan(0, read)).Kind;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return SourceKind.Unknown; // the engine reads it again and reports why it cannot, by name
        }
    }
}

/// <summary>How sources are expanded.</summary>
public sealed record IngestSourceOptions
{
    /// <summary>Feed and sitemap entries dated before this are left out.</summary>
    public DateTimeOffset? Since { get; init; }

    /// <summary>Reads a URL (the engine's reader, polite and shared by the run). Without it a URL is a page for
    /// the engine to read later, and a sitemap's children cannot be followed.</summary>
    public Func<InputItem, CancellationToken, Task<RawPage>>? Read { get; init; }
}

/// <summary>What a feed entry or news sitemap says about the page it points to; it fills in what the page lacks.</summary>
public sealed record PageHints(string? Title, DateTimeOffset? Published, IReadOnlyList<string> Authors)
{
    public EngineOptions ApplyTo(EngineOptions options) => options with
    {
        Extraction = options.Extraction with
        {
            Title = Title ?? options.Extraction.Title,
            Published = Published is { } date ? PublicationDate.FromDateTimeOffset(date) : options.Extraction.Published,
            Authors = Authors.Count > 0 ? Authors : options.Extraction.Authors,
        },
    };
}
