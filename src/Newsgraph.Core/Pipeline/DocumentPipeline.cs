using Newsgraph.Core.Model;

namespace Newsgraph.Core.Pipeline;

/// <summary>An ordered, immutable list of stages, checked once when built (see <see cref="PipelineBuilder"/>);
/// safe to share between threads as long as each stage is.</summary>
public sealed class DocumentPipeline
{
    private readonly IDocumentStage[] _stages;

    /// <summary>Checks the order as <see cref="PipelineBuilder.Build"/> does.</summary>
    public DocumentPipeline(IEnumerable<IDocumentStage> stages)
    {
        _stages = stages.ToArray();
        PipelineBuilder.CheckOrder(_stages);
    }

    public IReadOnlyList<IDocumentStage> Stages => _stages;

    public void Process(ArticleDocument document, CancellationToken cancellationToken = default)
    {
        foreach (var stage in _stages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                stage.Process(document, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                throw new StageException(stage.Name, document.Source, ex);
            }
        }
    }
}
