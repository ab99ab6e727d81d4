using Newsgraph.Core.Model;

namespace Newsgraph.Core.Pipeline;

/// <summary>An ordered, immutable list of stages, checked once when built; safe to share between threads
/// as long as each stage is.</summary>
public sealed class DocumentPipeline
{
    private readonly IDocumentStage[] _stages;

    public DocumentPipeline(IEnumerable<IDocumentStage> stages)
    {
        _stages = stages.ToArray();
        var available = new HashSet<Layer> { Layer.Text };
        foreach (var stage in _stages)
        {
            var missing = stage.Requires.Where(l => !available.Contains(l)).ToList();
            if (missing.Count > 0)
                throw new InvalidOperationException(
                    $"Stage '{stage.Name}' needs {string.Join(", ", missing)}, which no earlier stage produces.");
            available.UnionWith(stage.Produces);
        }
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
