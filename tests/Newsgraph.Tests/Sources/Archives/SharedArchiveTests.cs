using Newsgraph.Engine;
using Newsgraph.Sources.Archives;

namespace Newsgraph.Tests.Sources.Archives;

/// <summary>The archives under ../shared: warcio's small valid and broken files, and a CC-NEWS-shaped set of 990 pages.</summary>
public sealed class SharedArchiveTests
{
    internal static async Task<List<ArchiveEntry>> ReadAll(string path)
    {
        var entries = new List<ArchiveEntry>();
        await foreach (var entry in ArchiveReader.ReadFileAsync(path)) entries.Add(entry);
        return entries;
    }

    private static string Warcio(string name) => SharedData.Require("datasets", "warc", "warcio-tests", name);

    [SkippableFact]
    public async Task Every_warcio_file_is_read_or_rejected_with_a_one_line_reason()
    {
        var folder = SharedData.Require("datasets", "warc", "warcio-tests");
        foreach (var file in Directory.GetFiles(folder).Where(f => !f.EndsWith("LICENSE")))
        {
            var entries = await ReadAll(file);
            Assert.NotEmpty(entries);
            foreach (var problem in entries.Select(e => e.Problem).OfType<ArchiveProblem>())
            {
                Assert.DoesNotContain('\n', problem.ToString());
                Assert.StartsWith(file + ": record ", problem.ToString());
            }
        }
    }

    [SkippableTheory]
    [InlineData("example.warc", "warcinfo warcinfo response request revisit request")]
    [InlineData("example.warc.gz", "warcinfo warcinfo response request revisit request")]
    [InlineData("example-iana.org-chunked.warc", "warcinfo response request")]
    [InlineData("example-resource.warc.gz", "warcinfo warcinfo resource")]
    [InlineData("example.arc", "warcinfo response")]
    [InlineData("example.arc.gz", "warcinfo response")]
    public async Task Valid_archives_give_their_records_in_order(string name, string types)
    {
        var entries = await ReadAll(Warcio(name));
        Assert.All(entries, e => Assert.Null(e.Problem));
        Assert.Equal(types, string.Join(' ', entries.Select(e => e.Record!.Type)));
        var pages = entries.Select(e => ArchivePages.FromRecord(e.Record!)).Where(p => p.Item is not null).ToList();
        var page = Assert.Single(pages);
        Assert.StartsWith("http://", page.Record.TargetUri);
        Assert.Contains("<html", System.Text.Encoding.UTF8.GetString(page.Item!.Page!.Bytes), StringComparison.OrdinalIgnoreCase);
    }

    [SkippableFact]
    public async Task A_gzip_archive_names_each_record_by_its_member_offset()
    {
        var offsets = (await ReadAll(Warcio("example.warc.gz"))).Select(e => e.Record!.Offset);
        Assert.Equal([0L, 353, 784, 2012, 2621, 3207], offsets);
    }

    [SkippableFact]
    public async Task A_chunked_response_is_dechunked()
    {
        var response = (await ReadAll(Warcio("example-iana.org-chunked.warc"))).Single(e => e.Record!.Type == "response").Record!;
        Assert.Equal("http://www.iana.org/", response.TargetUri);
        var body = System.Text.Encoding.UTF8.GetString(response.Payload);
        Assert.StartsWith("<!doctype html>", body.TrimStart(), StringComparison.OrdinalIgnoreCase);
        Assert.EndsWith("</html>", body.TrimEnd());
    }

    [SkippableFact]
    public async Task Angle_brackets_around_a_wget_target_uri_are_dropped()
    {
        var response = (await ReadAll(Warcio("example-wget-bad-target-uri.warc.gz"))).Single(e => e.Record!.Type == "response").Record!;
        Assert.Equal("http://example.com/", response.TargetUri);
    }

    [SkippableFact]
    public async Task Broken_archives_report_the_damage_and_keep_what_follows()
    {
        var truncated = await ReadAll(Warcio("example-trunc.warc"));
        Assert.Contains(truncated, e => e.Problem?.Reason.StartsWith("malformed header") == true);
        Assert.Equal("request", truncated[^1].Record?.Type);

        var badArc = await ReadAll(Warcio("bad.arc"));
        Assert.Contains(badArc, e => e.Problem?.Reason == "bad ARC length \"abc\"");
    }

    [SkippableFact]
    public async Task The_990_page_archive_gives_990_responses_that_the_engine_extracts()
    {
        var path = SharedData.Require("datasets", "warc", "trafilatura-990.warc.gz");
        var entries = await ReadAll(path);
        Assert.All(entries, e => Assert.Null(e.Problem));
        var responses = entries.Select(e => e.Record!).Where(r => r.Type == "response").ToList();
        Assert.Equal(990, responses.Count);
        Assert.All(responses, r => Assert.StartsWith("http", r.TargetUri));
        Assert.Equal(990, responses.Select(r => r.Offset).Distinct().Count());

        var pages = responses.Select(ArchivePages.FromRecord).Where(p => p.Item is not null).ToList();
        Assert.Equal(990, pages.Count);
        using var engine = new NewsEngine();
        var options = new EngineOptions { Analyze = false };
        foreach (var page in pages.Where((_, i) => i % 49 == 0).Take(20))
        {
            var document = await engine.ProcessAsync(page.Item!, options);
            Assert.False(string.IsNullOrWhiteSpace(document.Text), $"{page.Item!.Source} extracted no text");
        }
    }
}
