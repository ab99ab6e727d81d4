using System.CommandLine;
using System.Diagnostics;
using Newsgraph.Analysis;
using Newsgraph.Core.Model;
using Newsgraph.Engine;
using Newsgraph.Extraction;
using Newsgraph.Sources;

namespace Newsgraph.Cli.Commands;

/// <summary>`bench`: times each analysis stage on plain-text files, single-threaded, in tokens per second.</summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Plain-text files or directories of *.txt (read as article bodies).", Arity = ArgumentArity.OneOrMore };
        var repeat = new Option<int>("--repeat") { Description = "Timed passes over the inputs (after one untimed warm-up pass).", DefaultValueFactory = _ => 3 };
        var command = new Command("bench", "Measure the speed of every analysis stage (tokens per second, one thread).") { inputs, repeat };
        command.SetAction(async (parse, ct) =>
        {
            var files = Files(parse.GetValue(inputs) ?? []).ToList();
            if (files.Count == 0) return CliErrors.Fail("bench: no .txt files found");
            var missing = files.FirstOrDefault(f => !File.Exists(f));
            if (missing is not null) return CliErrors.Fail($"bench: {missing}: no such file");
            await using var engine = new NewsEngine();
            await RunAsync(engine, files, 1, ct); // warm-up: loads models, compiles hot paths
            int passes = Math.Max(1, parse.GetValue(repeat));
            var (times, tokens) = await RunAsync(engine, files, passes, ct);
            Console.WriteLine($"{files.Count} documents, {tokens / passes:N0} tokens a pass, {passes} passes");
            foreach (var (stage, ticks) in times)
                Console.WriteLine($"{stage,-12} {tokens / TimeSpan.FromTicks(ticks).TotalSeconds,12:N0} tokens/s  ({TimeSpan.FromTicks(ticks).TotalMilliseconds / passes:F0} ms a pass)");
            long all = times.Sum(t => t.Value);
            Console.WriteLine($"{"all stages",-12} {tokens / TimeSpan.FromTicks(all).TotalSeconds,12:N0} tokens/s");
            return 0;
        });
        return command;
    }

    /// <summary>Runs each stage over every document before the next stage starts, timing it by the CPU
    /// time this process spends (wall time misleads on a shared, busy machine); the work is single-threaded.
    /// The engine reads each file as a verbatim article body, untimed, afresh every pass (stages fill the
    /// document in place).</summary>
    private static async Task<(Dictionary<string, long> Times, long Tokens)> RunAsync(
        NewsEngine engine, List<string> files, int passes, CancellationToken ct)
    {
        var pipeline = AnalysisPipelineFactory.CreateDefault();
        var times = pipeline.Stages.ToDictionary(s => s.Name, _ => 0L);
        var bodiesOnly = new EngineOptions { Extraction = new ExtractionOptions { Verbatim = true }, Analyze = false };
        long tokens = 0;
        var process = Process.GetCurrentProcess();
        for (int pass = 0; pass < passes; pass++)
        {
            var documents = new List<ArticleDocument>(files.Count);
            foreach (var file in files) documents.Add(await engine.ProcessAsync(InputItem.FromFile(file), bodiesOnly, ct));
            foreach (var stage in pipeline.Stages)
            {
                GC.Collect();
                process.Refresh();
                var start = process.TotalProcessorTime;
                foreach (var document in documents) stage.Process(document, ct);
                process.Refresh();
                times[stage.Name] += (process.TotalProcessorTime - start).Ticks;
            }
            tokens += documents.Sum(d => d.Tokens?.Count ?? 0);
        }
        return (times, tokens);
    }

    private static IEnumerable<string> Files(IEnumerable<string> inputs) =>
        inputs.SelectMany<string, string>(i => Directory.Exists(i) ? Directory.EnumerateFiles(i, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal) : [i]);

}
