using Newsgraph.Core.Model;

namespace Newsgraph.Core.Pipeline;

/// <summary>
/// Puts stages together and refuses an order that cannot work: a stage whose required layer no earlier
/// stage fills, a stage that would read a layer (one it uses when present) before the stage that fills
/// it, two stages filling the same layer, two stages of one name.
/// </summary>
public sealed class PipelineBuilder
{
    private readonly List<IDocumentStage> _stages = [];

    public PipelineBuilder Add(IDocumentStage stage)
    {
        _stages.Add(stage);
        return this;
    }

    /// <summary>Puts <paramref name="stage"/> in the place of the stage of the same name (to run it with other options).</summary>
    public PipelineBuilder Replace(IDocumentStage stage)
    {
        int at = _stages.FindIndex(s => s.Name == stage.Name);
        if (at < 0) throw new InvalidOperationException($"No stage named '{stage.Name}' to replace.");
        _stages[at] = stage;
        return this;
    }

    /// <summary>Leaves out the stage of that name (for a pipeline without, say, the quotes).</summary>
    public PipelineBuilder Without(string name)
    {
        _stages.RemoveAll(s => s.Name == name);
        return this;
    }

    /// <summary>Throws <see cref="InvalidOperationException"/> with the reason when the order cannot work.</summary>
    public DocumentPipeline Build() => new(_stages);

    internal static void CheckOrder(IReadOnlyList<IDocumentStage> stages)
    {
        var producer = new Dictionary<string, string>();
        foreach (var stage in stages)
            foreach (var layer in stage.Produces)
                if (!producer.TryAdd(layer.Name, stage.Name))
                    throw new InvalidOperationException($"Stages '{producer[layer.Name]}' and '{stage.Name}' both fill the {layer} layer.");
        if (stages.Select(s => s.Name).Distinct().Count() != stages.Count)
            throw new InvalidOperationException("Two stages have the same name.");

        var available = new HashSet<string> { Layer.Text.Name };
        foreach (var stage in stages)
        {
            var missing = stage.Requires.Where(l => !available.Contains(l.Name)).ToList();
            if (missing.Count > 0)
                throw new InvalidOperationException(
                    $"Stage '{stage.Name}' needs {string.Join(", ", missing)}, which no earlier stage produces.");
            foreach (var used in stage.Uses.Where(l => !available.Contains(l.Name) && producer.ContainsKey(l.Name)))
                throw new InvalidOperationException(
                    $"Stage '{stage.Name}' uses {used}, which stage '{producer[used.Name]}' fills after it: put '{producer[used.Name]}' first.");
            available.UnionWith(stage.Produces.Select(l => l.Name));
        }
    }
}
