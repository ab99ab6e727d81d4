using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Newsgraph.Analysis;
using Newsgraph.Core.Model;

namespace Newsgraph.Cli.Commands;

/// <summary>
/// `bench-quotes DIR`: times every stage of the analysis pipeline on the plain-text files of a folder
/// (read verbatim, single thread) and prints tokens per second per stage, so the quote stage's cost can be
/// set beside the entity stage's on the same text and machine.
/// </summary>
internal static class BenchQuotesCommand
{
    public static Command Create()
    {
        var dir = new Argument<DirectoryInfo>("dir") { Description = "A folder of .txt article bodies." };
        var repeat = new Option<int>("--repeat") { Description = "Passes over the texts (the first is a warm-up).", DefaultValueFactory = _ => 4 };
        var command = new Command("bench-quotes", "Time each analysis stage (tokens/s) on a folder of plain-text articles.") { dir, repeat };
        command.SetAction(parse => Run(parse.GetValue(dir)!, Math.Max(2, parse.GetValue(repeat))));
        return command;
    }

    private static int Run(DirectoryInfo dir, int repeat)
    {
        if (!dir.Exists)
        {
            Console.Error.WriteLine($"newsgraph: {dir.FullName}: no such folder");
            return 2;
        }
        var texts = dir.GetFiles("*.txt").OrderBy(f => f.Name, StringComparer.Ordinal).Select(f => File.ReadAllText(f.FullName)).ToList();
        if (texts.Count == 0)
        {
            Console.Error.WriteLine($"newsgraph: {dir.FullName}: no .txt files");
            return 2;
        }
        var stages = AnalysisPipelineFactory.CreateDefault().Stages;
        var elapsed = new double[stages.Count];
        long tokens = 0;
        for (int pass = 0; pass < repeat; pass++)
        {
            bool measured = pass > 0;
            foreach (var text in texts)
            {
                var doc = new ArticleDocument { Source = "bench", Text = text, ExtractionMethod = "verbatim" };
                for (int s = 0; s < stages.Count; s++)
                {
                    long start = Stopwatch.GetTimestamp();
                    stages[s].Process(doc);
                    if (measured) elapsed[s] += Stopwatch.GetElapsedTime(start).TotalSeconds;
                }
                if (measured) tokens += doc.Tokens?.Count ?? 0;
            }
        }
        Console.WriteLine($"{texts.Count} texts, {tokens / (repeat - 1)} tokens per pass, {repeat - 1} measured passes, one thread");
        Console.WriteLine("stage\tseconds\ttokens/s");
        for (int s = 0; s < stages.Count; s++)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{stages[s].Name}\t{elapsed[s]:F3}\t{tokens / Math.Max(elapsed[s], 1e-9):F0}"));
        return 0;
    }
}
