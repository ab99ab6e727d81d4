using System.CommandLine;
using System.Diagnostics;
using Newsgraph.Analysis.Text;
using Newsgraph.Analysis.Time;
using Newsgraph.Core.Model;

namespace Newsgraph.Cli.Commands;

/// <summary>
/// `bench-time DIR`: speed of the time and events stages in tokens per second on one thread, over every
/// .txt file under DIR, with the tokenizer's speed beside it for scale. Tokenising happens once, outside
/// the timed loop, so the figure is the stages' own cost.
/// </summary>
internal static class BenchTimeCommand
{
    public static Command Create()
    {
        var dir = new Argument<DirectoryInfo>("dir") { Description = "A folder of .txt articles (searched recursively)." };
        var rounds = new Option<int>("--rounds") { Description = "How many times to run over the texts.", DefaultValueFactory = _ => 5 };
        var command = new Command("bench-time", "Benchmark the time and events stages (tokens per second, one thread).") { dir, rounds };
        command.SetAction(parse => Run(parse.GetValue(dir)!, Math.Max(1, parse.GetValue(rounds))));
        return command;
    }

    private static int Run(DirectoryInfo dir, int rounds)
    {
        if (!dir.Exists)
        {
            Console.Error.WriteLine($"newsgraph: {dir.FullName}: no such folder");
            return 2;
        }
        var docs = dir.EnumerateFiles("*.txt", SearchOption.AllDirectories).Select(f => Prepare(File.ReadAllText(f.FullName))).ToList();
        long tokens = docs.Sum(d => (long)d.Tokens!.Count);
        if (tokens == 0)
        {
            Console.Error.WriteLine($"newsgraph: {dir.FullName}: no .txt text to measure");
            return 2;
        }
        double tokenizer = Measure(rounds, docs, d => new TokenizerStage().Process(d));
        double time = Measure(rounds, docs, d => new TimeStage().Process(d));
        double events = Measure(rounds, docs, d => new EventStage().Process(d));
        Console.WriteLine($"{docs.Count} documents, {tokens} tokens, {rounds} rounds, one thread");
        Console.WriteLine($"tokenizer  {tokens * rounds / tokenizer,12:N0} tokens/s");
        Console.WriteLine($"time       {tokens * rounds / time,12:N0} tokens/s");
        Console.WriteLine($"events     {tokens * rounds / events,12:N0} tokens/s");
        Console.WriteLine($"time_tokens_per_s={tokens * rounds / time:F0} events_tokens_per_s={tokens * rounds / events:F0}");
        return 0;
    }

    private static ArticleDocument Prepare(string text)
    {
        var doc = new ArticleDocument { Source = "bench", Text = text, Published = new PublicationDate(new DateOnly(2020, 1, 15)) };
        new TokenizerStage().Process(doc);
        new TimeStage().Process(doc);
        return doc;
    }

    /// <summary>Seconds for <paramref name="rounds"/> passes, after one untimed warm-up pass.</summary>
    private static double Measure(int rounds, List<ArticleDocument> docs, Action<ArticleDocument> stage)
    {
        foreach (var d in docs) stage(d);
        var watch = Stopwatch.StartNew();
        for (int r = 0; r < rounds; r++)
            foreach (var d in docs) stage(d);
        return watch.Elapsed.TotalSeconds;
    }
}
