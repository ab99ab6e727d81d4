using System.Diagnostics;
using Newsgraph.Corpus;
using Newsgraph.Engine;

namespace Newsgraph.Tests.Corpus;

/// <summary>Web archives as ingest sources: the 990-page CC-NEWS-shaped archive and warcio's small valid and broken ones.</summary>
public sealed class ArchiveIngestTests
{
    [SkippableFact]
    public async Task Every_record_of_the_990_page_archive_is_stored_or_reported_and_a_second_run_adds_nothing()
    {
        var archive = SharedData.Require("datasets", "warc", "trafilatura-990.warc.gz");
        var db = TestStores.NewDb("sqlite");
        for (int run = 1; run <= 2; run++)
        {
            await using var store = await TestStores.Open(db);
            await using var engine = new NewsEngine();
            var failures = new List<string>();
            var done = await new IngestRunner(engine, store, new IngestOptions { Jobs = 2 })
                .RunAsync(IngestSources.ResolveAsync([archive]), f => { lock (failures) failures.Add(f); });
            Assert.Empty(failures);
            Assert.Equal(991, done.Done); // the warcinfo record and 990 responses
            Assert.Equal(1, done.PassedOver);
            if (run == 1) Assert.Equal(990, done.Stored + done.Unchanged); // identical pages in the set are one article
            else Assert.Equal((0L, 990L), (done.Stored, done.Skipped));
        }
    }

    [SkippableFact]
    public void Every_warcio_test_archive_is_read_or_rejected_with_one_line_per_problem()
    {
        var folder = SharedData.Require("datasets", "warc", "warcio-tests");
        var db = TestStores.NewDb("sqlite");
        foreach (var archive in Directory.EnumerateFiles(folder).Where(f => !f.EndsWith("LICENSE")).Order())
        {
            var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "newsgraph.dll"), "ingest", archive, "--db", db }) info.ArgumentList.Add(a);
            using var process = Process.Start(info)!;
            var stderr = process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode is 0 or 1, $"{archive}: exit {process.ExitCode}\n{stderr}");
            Assert.DoesNotContain("   at ", stderr); // no stack trace
            Assert.All(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => Assert.StartsWith("newsgraph: ", line));
            if (process.ExitCode == 1) Assert.Contains(Path.GetFileName(archive), stderr);
        }
    }
}
