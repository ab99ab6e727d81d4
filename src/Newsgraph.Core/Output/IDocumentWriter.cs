using Newsgraph.Core.Model;

namespace Newsgraph.Core.Output;

/// <summary>Renders documents in one output format. A writer is used for one output stream.</summary>
public interface IDocumentWriter
{
    void Write(ArticleDocument document, TextWriter output);

    public static IDocumentWriter For(OutputFormat format) => format switch
    {
        OutputFormat.Json => new JsonDocumentWriter(indented: true),
        OutputFormat.Jsonl => new JsonDocumentWriter(indented: false),
        OutputFormat.Text => new TextDocumentWriter(),
        OutputFormat.Markdown => new MarkdownDocumentWriter(),
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };
}
