using Newsgraph.Core.Model;

namespace Newsgraph.Core.Pipeline;

/// <summary>
/// One analysis step: reads the document and adds its layer. Stages declare what they need, what they
/// read when it is there, and what they fill, so that <see cref="PipelineBuilder"/> can refuse an order
/// in which a layer comes too late.
/// </summary>
public interface IDocumentStage
{
    string Name { get; }

    /// <summary>Layers that must be filled before this stage runs.</summary>
    IReadOnlyCollection<Layer> Requires { get; }

    /// <summary>Layers read when an earlier stage filled them; without them the stage still works, with less.</summary>
    IReadOnlyCollection<Layer> Uses => [];

    IReadOnlyCollection<Layer> Produces { get; }

    void Process(ArticleDocument document, CancellationToken cancellationToken = default);
}

/// <summary>A stage failed on a document; says which stage and which document.</summary>
public sealed class StageException(string stage, string source, Exception inner)
    : Exception($"{stage} stage failed on {source}: {inner.Message}", inner)
{
    public string Stage { get; } = stage;
}
