using Newsgraph.Corpus;
using Newsgraph.Scale;
using Newsgraph.Tests.Corpus;
using static Newsgraph.Tests.Sources.Archives.ArchiveReaderTests;

namespace Newsgraph.Tests.Scale;

/// <summary>Splitting sources into work items: archive ranges read alone exactly as the whole archive reads.</summary>
public sealed class WorkSplitterTests
{
    private static async Task<List<string>> Sources(IAsyncEnumerable<IngestItem> items)
    {
        var sources = new List<string>();
        await foreach (var item in items) sources.Add(item.Input.Source + (item.PassedOver is null ? "" : " (passed over)"));
        return sources;
    }

    private static async Task AssertRangesReadAsTheWhole(string archive, int recordsPerRange, int expectedRanges)
    {
        var ranges = new List<(long Start, long End)>();
        await foreach (var range in WorkSplitter.ArchiveRangesAsync(archive, recordsPerRange)) ranges.Add(range);

        Assert.Equal(expectedRanges, ranges.Count);
        Assert.Equal(0, ranges[0].Start);
        Assert.Equal(new FileInfo(archive).Length, ranges[^1].End);
        Assert.All(ranges.Zip(ranges.Skip(1)), pair => Assert.Equal(pair.First.End, pair.Second.Start));
        var whole = await Sources(IngestSources.ResolveAsync([archive]));
        var parts = new List<string>();
        foreach (var (start, end) in ranges) parts.AddRange(await Sources(IngestSources.FromArchiveRange(archive, start, end)));
        Assert.Equal(whole, parts);
    }

    [Fact]
    public Task A_gzip_archive_splits_at_members_and_each_range_names_its_pages_as_the_whole_archive_does() =>
        AssertRangesReadAsTheWhole(TestArchives.GzipPerRecord(TestArchives.Numbered(7)), recordsPerRange: 3, expectedRanges: 3);

    [Fact]
    public Task A_plain_archive_splits_at_record_starts() =>
        AssertRangesReadAsTheWhole(TestArchives.Write("plain.warc", [.. TestArchives.Info(), .. TestArchives.Numbered(5).SelectMany(TestArchives.Response)]),
            recordsPerRange: 2, expectedRanges: 3);

    [Fact]
    public async Task A_gzip_member_holding_several_records_is_never_cut_inside()
    {
        var pages = TestArchives.Numbered(6).ToList();
        // Members of two records each: only every other record starts a member.
        byte[] bytes = [.. Gzip(TestArchives.Info()), .. pages.Chunk(2).SelectMany(pair => Gzip([.. pair.SelectMany(TestArchives.Response)]))];
        await AssertRangesReadAsTheWhole(TestArchives.Write("pairs.warc.gz", bytes), recordsPerRange: 1, expectedRanges: 4);
    }

    [Fact]
    public async Task Pages_and_urls_are_batched_with_full_paths_and_archives_become_ranges()
    {
        var folder = Directory.CreateTempSubdirectory("newsgraph-split-").FullName;
        foreach (var page in NewsPages.All) File.WriteAllText(Path.Combine(folder, Path.GetFileName(page.Url) + ".html"), page.Html());
        var archive = TestArchives.GzipPerRecord(TestArchives.Numbered(4));
        var settings = new IngestSettings { Published = "2031-04-02", Verbatim = true };

        var items = new List<WorkItem>();
        await foreach (var item in WorkSplitter.SplitAsync([folder, "https://velmora.example/a", archive],
                           new SplitOptions { SourcesPerItem = 3, RecordsPerItem = 2, Settings = settings })) items.Add(item);

        var batches = items.Where(i => i.Kind == WorkItem.SourcesKind).ToList();
        Assert.Equal([3, 2], batches.Select(b => b.Sources.Count));
        Assert.All(batches.SelectMany(b => b.Sources).Where(s => !s.StartsWith("https:")), s => Assert.True(Path.IsPathFullyQualified(s)));
        Assert.Contains("https://velmora.example/a", batches[1].Sources);
        var ranges = items.Where(i => i.Kind == WorkItem.ArchiveRangeKind).ToList();
        Assert.Equal(3, ranges.Count); // warcinfo + 4 pages, two records a range
        Assert.All(items, i => Assert.Equal(settings, i.Settings));
        Assert.All(items, i => Assert.Equal(i.ToString(), WorkItem.Parse(i.ToJson()).ToString()));
        Assert.Equal(items.Count, items.Select(i => i.Key()).Distinct().Count());
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"kind\":\"sources\",\"sources\":[]}")]
    [InlineData("{\"kind\":\"archive-range\",\"archive\":\"/a.warc\",\"start\":10,\"end\":10}")]
    [InlineData("not json")]
    public void A_message_that_is_not_a_work_item_is_refused_in_one_line(string json) =>
        Assert.DoesNotContain('\n', Assert.Throws<FormatException>(() => WorkItem.Parse(System.Text.Encoding.UTF8.GetBytes(json))).Message);
}
