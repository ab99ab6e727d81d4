using System.CommandLine;
using System.Text;
using Newsgraph.Analysis;
using Newsgraph.Core.Model;
using Newsgraph.Core.Output;
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
        command.SetAction(parse => Run(parse.GetValue(dir)!, parse.GetValue(output)));
        return command;
    }

    private static int Run(DirectoryInfo dir, FileInfo? outputFile)
    {
        var table = Path.Combine(dir.FullName, "dct.tsv");
        if (!File.Exists(table)) return CliErrors.Fail($"{table}: not found (run score_time.py split first)");
        var pipeline = AnalysisPipelineFactory.CreateDefault();
        var writer = new JsonDocumentWriter(indented: false);
        using var output = BatchRunner.OpenOutput(outputFile);
        using var reader = new PageReader();
        int failed = 0;
        foreach (var line in File.ReadLines(table))
        {
            var parts = line.Split('\t');
            if (parts.Length < 2) continue;
            var path = Path.Combine(dir.FullName, parts[0]);
            PublicationDate.TryParse(parts[1], out var dct);
            try
            {
                var options = new ExtractionOptions { Published = dct, Verbatim = true };
                writer.Write(BatchRunner.ProcessPage(reader, new InputItem(path, InputItemKind.File), options, pipeline), output);
            }
            catch (Exception e) when (e is IOException or InputException or Core.Pipeline.StageException)
            {
                Console.Error.WriteLine($"newsgraph: {path}: {e.Message}");
                failed++;
            }
        }
        return failed == 0 ? 0 : 1;
    }
}
