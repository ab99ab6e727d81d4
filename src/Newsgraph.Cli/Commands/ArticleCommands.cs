using System.CommandLine;
using Newsgraph.Core.Model;
using Newsgraph.Core.Output;

namespace Newsgraph.Cli.Commands;

/// <summary>`extract` (the article only) and `analyze` (the article plus every analysis stage).</summary>
internal static class ArticleCommands
{
    public static Command Extract() => Build("extract",
        "Extract the article (title, authors, date, publisher, language, credits, body) from pages.", analyze: false);

    public static Command Analyze() => Build("analyze",
        "Extract the article and add every analysis layer: entities, quotes, times and events where built.", analyze: true);

    private static Command Build(string name, string description, bool analyze)
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Files, directories (searched for .html, .htm, .xhtml, .txt), http(s) URLs, or - for standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string?>("--format", "-f")
        {
            Description = "json (default for one input), jsonl (default for several), text or markdown.",
        };
        format.AcceptOnlyFromAmong("json", "jsonl", "text", "markdown");
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Write to this file instead of standard output." };
        var url = new Option<string?>("--url") { Description = "The page's address, when reading a saved file." };
        var published = new Option<string?>("--published") { Description = "Publication date (ISO 8601) to use when the page has none." };
        var verbatim = new Option<bool>("--verbatim") { Description = "The input is already the article body: keep it exactly as it is." };

        var command = new Command(name, description) { inputs, format, output, url, published, verbatim };
        command.SetAction((parse, ct) =>
        {
            var publishedText = parse.GetValue(published);
            PublicationDate? publishedDate = null;
            if (publishedText is not null && !PublicationDate.TryParse(publishedText, out publishedDate))
                return Task.FromResult(CliErrors.Fail($"--published {publishedText}: not an ISO 8601 date (e.g. 2020-01-11)"));
            var request = new BatchRequest(
                Inputs: parse.GetValue(inputs) ?? [],
                Format: parse.GetValue(format) is { } f ? Enum.Parse<OutputFormat>(f, ignoreCase: true) : null,
                Output: parse.GetValue(output),
                Url: parse.GetValue(url),
                Published: publishedDate,
                Verbatim: parse.GetValue(verbatim),
                Analyze: analyze);
            return BatchRunner.RunAsync(request, ct);
        });
        return command;
    }
}
