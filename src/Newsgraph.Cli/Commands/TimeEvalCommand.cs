using System.CommandLine;
using Newsgraph.Core.Model;
using Newsgraph.Core.Output;
using Newsgraph.Engine;
using Newsgraph.Extraction;
using Newsgraph.Sources;

namespace Newsgraph.Cli.Commands;

/// <summary>
/// `eval-time DIR`: analyses every text of a `score_time.py split` folder with its own creation date, as
/// `analyze --verbatim --published DCT --format jsonl DIR/NAME.txt` would, but in one process.
/// </summary>
internal static class TimeEvalCommand
{
    public static Command Create()
    {
        var dir = new Argument<DirectoryInfo>("dir") { Description = "A folder written by score_time.py split (NAME.txt files and dct.tsv)." };
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Write the JSON lines to this file instead of standard output." };
        var command = new Command("eval-time", "Analyse a TimeML split (texts + dct.tsv), each text with its own creation date, as JSON lines.")
        {
            dir, output,
        };
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(dir)!, parse.GetValue(output), ct));
        return command;
    }

    private static async Task<int> RunAsync(DirectoryInfo dir, FileInfo? outputFile, CancellationToken ct)
    {
        var table = Path.Combine(dir.FullName, "dct.tsv");
        if (!File.Exists(table)) return CliErrors.Fail($"{table}: not found (run score_time.py split first)");
        var writer = new JsonDocumentWriter(indented: false);
        using var output = BatchRunner.OpenOutput(outputFile);
        await using var engine = new NewsEngine();
        int failed = 0;
        foreach (var line in File.ReadLines(table))
        {
            var parts = line.Split('\t');
            if (parts.Length < 2) continue;
            var path = Path.Combine(dir.FullName, parts[0]);
            PublicationDate.TryParse(parts[1], out var dct);
            // Each text has its own creation date, so each is its own one-item run of the engine.
            var options = new EngineOptions { Extraction = new ExtractionOptions { Published = dct, Verbatim = true } };
            await foreach (var result in engine.ProcessAllAsync([InputItem.FromFile(path)], options, ct))
            {
                if (result.Succeeded) writer.Write(result.Document, output);
                else
                {
                    Console.Error.WriteLine($"newsgraph: {result.Error}");
                    failed++;
                }
            }
        }
        return failed == 0 ? 0 : 1;
    }
}
