using Newsgraph.Core.Model;
using Newsgraph.Core.Pipeline;

namespace Newsgraph.Analysis.Time;

/// <summary>Fills the Events layer (the timeline) from the times, and from entities and quotes where an
/// earlier stage computed them: those layers are used when present, not required.</summary>
public sealed class EventStage : IDocumentStage
{
    public string Name => "events";
    public IReadOnlyCollection<Layer> Requires { get; } = [Layer.Sentences, Layer.Times];
    public IReadOnlyCollection<Layer> Uses { get; } = [Layer.Entities, Layer.Quotes];
    public IReadOnlyCollection<Layer> Produces { get; } = [Layer.Events];

    public void Process(ArticleDocument document, CancellationToken cancellationToken = default) =>
        document.Events = EventExtractor.Extract(document);
}
