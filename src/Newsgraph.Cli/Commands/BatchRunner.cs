using System.Text;
using Newsgraph.Analysis;
using Newsgraph.Core.Model;
using Newsgraph.Core.Output;
using Newsgraph.Core.Pipeline;
using Newsgraph.Extraction;
using Newsgraph.Sources;

namespace Newsgraph.Cli.Commands;

internal sealed record BatchRequest(
    string[] Inputs, OutputFormat? Format, FileInfo? Output, string? Url, PublicationDate? Published, bool Verbatim, bool Analyze);

/// <summary>
/// Runs extract/analyze over every input, one page in memory at a time, writing each result as soon as
/// it is ready. A failing input is reported by name and the batch goes on; the exit code says whether
/// any failed.
/// </summary>
internal static class BatchRunner
{
    public static int Run(BatchRequest request)
    {
        var items = InputResolver.Resolve(request.Inputs).ToList();
        if (items.Count == 0)
        {
            return CliErrors.Fail($"no pages found in {string.Join(", ", request.Inputs)}", 1);
        }
        bool single = items.Count == 1 && request.Inputs.Length == 1 && !Directory.Exists(request.Inputs[0]);
        var format = request.Format ?? (single ? OutputFormat.Json : OutputFormat.Jsonl);
        if (format == OutputFormat.Json && !single) format = OutputFormat.Jsonl; // one JSON value per input
        var writer = IDocumentWriter.For(format);
        var pipeline = request.Analyze ? AnalysisPipelineFactory.CreateDefault() : null;
        var options = new ExtractionOptions { Url = request.Url, Published = request.Published, Verbatim = request.Verbatim };

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
        using var reader = new PageReader();
        using var progress = new ProgressLine(items.Count);
        using (output)
        {
            foreach (var item in items)
            {
                progress.Step(item.Source);
                try
                {
                    writer.Write(ProcessPage(reader, item, options, pipeline), output);
                    output.Flush();
                }
                catch (Exception e) when (e is InputException or StageException or IOException)
                {
                    Report(failures, e is InputException ie ? $"{ie.Input}: {ie.Reason}" : $"{item.Source}: {e.Message}");
                }
                catch (Exception e)
                {
                    // A bug on one page must not cost the user the rest of the batch.
                    Report(failures, $"{item.Source}: internal error ({e.GetType().Name}: {e.Message})");
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

    /// <summary>One input through the whole flow: read, decode, extract, then analyse when asked.</summary>
    public static ArticleDocument ProcessPage(PageReader reader, InputItem item, ExtractionOptions options, DocumentPipeline? pipeline)
    {
        var document = ArticleExtractor.Extract(PageDecoder.Decode(reader.Read(item)), options);
        pipeline?.Process(document);
        return document;
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
