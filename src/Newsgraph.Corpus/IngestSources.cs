using System.Runtime.CompilerServices;
using Newsgraph.Sources;
using Newsgraph.Sources.Archives;

namespace Newsgraph.Corpus;

/// <summary>
/// Turns what a user names on the command line into the stream of pages to ingest. Files are told apart by
/// content, not by name: a web archive (WARC, ARC, WET; plain or gzip) gives one page per page record; a
/// page or text capture is itself a page. Directories are walked for pages and archives; URLs and standard
/// input are read as pages.
/// </summary>
public static class IngestSources
{
    /// <summary>File endings a directory walk considers; what each holds is still decided by its content.</summary>
    private static readonly string[] ArchiveEndings = [".warc", ".warc.gz", ".arc", ".arc.gz", ".wet", ".wet.gz"];

    public static async IAsyncEnumerable<IngestItem> ResolveAsync(IEnumerable<string> sources, [EnumeratorCancellation] CancellationToken ct = default)
    {
        foreach (var source in sources)
        {
            if (source == "-") yield return new IngestItem(new InputItem(source, InputItemKind.StandardInput), "stdin");
            else if (InputResolver.IsUrl(source)) yield return new IngestItem(InputItem.FromUrl(source), "url");
            else if (Directory.Exists(source))
            {
                foreach (var file in Walk(source))
                    await foreach (var item in FromFileAsync(file, ct)) yield return item;
            }
            else if (File.Exists(source))
            {
                await foreach (var item in FromFileAsync(source, ct)) yield return item;
            }
            else yield return new IngestItem(new InputItem(source, InputItemKind.Missing), "file");
        }
    }

    private static IEnumerable<string> Walk(string directory) =>
        Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Where(f => InputResolver.PageExtensions.Contains(Path.GetExtension(f))
                        || ArchiveEndings.Any(e => f.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
            .Order(StringComparer.Ordinal);

    private static async IAsyncEnumerable<IngestItem> FromFileAsync(string path, [EnumeratorCancellation] CancellationToken ct)
    {
        var kind = await SniffFileAsync(path, ct);
        if (kind is not (SourceKind.Warc or SourceKind.Arc))
        {
            yield return new IngestItem(InputItem.FromFile(path), "file");
            yield break;
        }
        await foreach (var entry in ArchiveReader.ReadFileAsync(path, ct: ct))
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

    private static async Task<SourceKind> SniffFileAsync(string path, CancellationToken ct)
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
