using Newsgraph.Core.Model;

namespace Newsgraph.Core.Pipeline;

/// <summary>
/// One analysis step: reads the document and adds its layer. Stages declare what they need and what they
/// fill so that <see cref="DocumentPipeline"/> can refuse an order in which a need comes too late.
/// </summary>
public interface IDocumentStage
{
    string Name { get; }
    IReadOnlyCollection<Layer> Requires { get; }
    IReadOnlyCollection<Layer> Produces { get; }
    void Process(ArticleDocument document, CancellationToken cancellationToken = default);
}

/// <summary>The layers of <see cref="ArticleDocument"/> that stages fill.</summary>
public enum Layer { Text, Tokens, Sentences, Entities, Quotes, Times, Events }

/// <summary>A stage failed on a document; says which stage and which document.</summary>
public sealed class StageException(string stage, string source, Exception inner)
    : Exception($"{stage} stage failed on {source}: {inner.Message}", inner)
{
    public string Stage { get; } = stage;
}
