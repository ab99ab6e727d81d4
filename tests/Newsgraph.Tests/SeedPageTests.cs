using System.Diagnostics;
using Newsgraph.Core.Model;
using Newsgraph.Core.Output;
using Newsgraph.Engine;
using Newsgraph.Extraction;
using Newsgraph.Sources;

namespace Newsgraph.Tests;

/// <summary>
/// The page this project started from, analysed end to end and held against its hand-made expectation
/// with the reference checker (../shared/examples/check.py), one section at a time.
/// </summary>
public sealed class SeedPageTests
{
    private static readonly Lazy<Task<string>> AnalysisJson = new(AnalyzeAsync);

    [SkippableTheory]
    [InlineData("article")]
    [InlineData("entities")]
    [InlineData("quotes")]
    [InlineData("times")]
    [InlineData("timeline")]
    public async Task The_seed_page_passes_every_check_of(string section)
    {
        var expected = SharedData.Require("examples", "rferl-us-iraq", "expected.json");
        var checker = SharedData.Require("examples", "check.py");
        var analysis = Path.Combine(Directory.CreateTempSubdirectory("newsgraph-seed-").FullName, "seed.json");
        await File.WriteAllTextAsync(analysis, await AnalysisJson.Value);

        var info = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { checker, expected, analysis, section }) info.ArgumentList.Add(a);
        Process? process = null;
        try { process = Process.Start(info); }
        catch (System.ComponentModel.Win32Exception) { Skip.If(true, "python3 not found: the seed check needs it"); }
        using (process)
        {
            var output = process!.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"check.py {section}:\n{output}");
        }
    }

    private static async Task<string> AnalyzeAsync()
    {
        var page = SharedData.Require("examples", "rferl-us-iraq", "page.txt");
        PublicationDate.TryParse("2020-01-11", out var published);
        await using var engine = new NewsEngine();
        var options = new EngineOptions { Extraction = new ExtractionOptions { Published = published } };
        var document = await engine.ProcessAsync(InputItem.FromFile(page), options);
        var json = new StringWriter();
        new JsonDocumentWriter(indented: true).Write(document, json);
        return json.ToString();
    }
}
