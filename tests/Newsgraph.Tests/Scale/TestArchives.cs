using System.Text;
using Newsgraph.Tests.Corpus;
using static Newsgraph.Tests.Sources.Archives.ArchiveReaderTests;

namespace Newsgraph.Tests.Scale;

/// <summary>Web archives of our own fictional pages, written to a temporary file for the queue tests.</summary>
internal static class TestArchives
{
    public static byte[] Response(NewsPages.Page page) =>
        WarcRecord("response", page.Url, "application/http; msgtype=response", HttpResponse(page.Html()));

    public static byte[] Info() => WarcRecord("warcinfo", null, "application/warc-fields", "software: newsgraph-tests\r\n"u8.ToArray());

    /// <summary>A CC-NEWS-shaped archive: one gzip member per record, a warcinfo record first.</summary>
    public static string GzipPerRecord(IEnumerable<NewsPages.Page> pages) =>
        Write("archive.warc.gz", [.. Gzip(Info()), .. pages.SelectMany(p => Gzip(Response(p)))]);

    public static string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("newsgraph-queue-").FullName, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Many distinct fictional pages, so an archive has enough records to split.</summary>
    public static IEnumerable<NewsPages.Page> Numbered(int count) => Enumerable.Range(1, count).Select(i => new NewsPages.Page(
        $"https://harbourgazette.example/2031/05/{i:00}/notice-{i}", $"Harbour notice {i}: berth {i} closes for repairs", "Harbour Gazette",
        $"2031-05-{1 + i % 28:00}T09:00:00Z",
        [$"Berth {i} at the Velmora harbour will close for {i + 2} days of repairs, the harbour office said on Monday.",
         $"Boats that use berth {i} will moor at the north quay until the work ends, said Ana Roscoe, the harbour master."]));

    public static string Text(byte[] bytes) => Encoding.UTF8.GetString(bytes);
}
