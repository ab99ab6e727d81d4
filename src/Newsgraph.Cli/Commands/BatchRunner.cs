using System.Text;
using Newsgraph.Core.Model;
using Newsgraph.Core.Output;
using Newsgraph.Engine;
using Newsgraph.Extraction;
using Newsgraph.Sources;

namespace Newsgraph.Cli.Commands;

internal sealed record BatchRequest(
    string[] Inputs, OutputFormat? Format, FileInfo? Output, string? Url, PublicationDate? Published, bool Verbatim, bool Analyze);

/// <summary>
/// The CLI side of extract/analyze: hands every input to the <see cref="NewsEngine"/> and writes each
/// document as soon as it is ready, in the chosen format, with a progress bar. A failing input is
/// reported by name and the batch goes on; the exit code says whether any failed.
/// </summary>
internal static class BatchRunner
{
    public static async Task<int> RunAsync(BatchRequest request, CancellationToken ct)
    {
        // The names are listed up front for the progress bar and the summary; the pages themselves are
        // read one at a time by the engine.
        var items = InputResolver.Resolve(request.Inputs).ToList();
        if (items.Count == 0)
        {
            return CliErrors.Fail($"no pages found in {string.Join(", ", request.Inputs)}", 1);
        }
        bool single = items.Count == 1 && request.Inputs.Length == 1 && !Directory.Exists(request.Inputs[0]);
        var format = request.Format ?? (single ? OutputFormat.Json : OutputFormat.Jsonl);
        if (format == OutputFormat.Json && !single) format = OutputFormat.Jsonl; // one JSON value per input
        var writer = IDocumentWriter.For(format);
        var options = new EngineOptions
        {
            Extraction = new ExtractionOptions { Url = request.Url, Published = request.Published, Verbatim = request.Verbatim },
            Analyze = request.Analyze,
        };
        TextWriter output;
        try
        {
            output = OpenOutput(request.Output);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return CliErrors.Fail($"{request.Output!.FullName}: cannot write ({e.Message})", 1);
        }
        var failures = new List<string>();
        await using var engine = new NewsEngine();
        using var progress = new ProgressLine(items.Count);
        using (output)
        {
            await foreach (var result in engine.ProcessAllAsync(items, options, ct))
            {
                progress.Step(result.Source);
                if (!result.Succeeded)
                {
                    Report(failures, result.Error);
                    continue;
                }
                try
                {
                    writer.Write(result.Document, output);
                    output.Flush();
                }
                catch (Exception e)
                {
                    Report(failures, NewsEngine.DescribeFailure(result.Source, e));
                }
            }
        }
        progress.Done();
        if (items.Count > 1)
        {
            Console.Error.WriteLine($"newsgraph: {items.Count - failures.Count} of {items.Count} pages done, {failures.Count} failed");
            foreach (var f in failures) Console.Error.WriteLine($"  failed: {f}");
        }
        return failures.Count == 0 ? 0 : 1;
    }

    /// <summary>UTF-8 without a byte-order mark, to the named file or standard output.</summary>
    public static TextWriter OpenOutput(FileInfo? file) => file is null
        ? new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false))
        : new StreamWriter(file.FullName, false, new UTF8Encoding(false));

    private static void Report(List<string> failures, string message)
    {
        failures.Add(message);
        ProgressLine.Clear();
        Console.Error.WriteLine($"newsgraph: {message}");
    }
}
