using Newsgraph.Analysis.Quotes;
using Newsgraph.Analysis.Text;
using Newsgraph.Analysis.Time;
using Newsgraph.Core.Pipeline;

namespace Newsgraph.Analysis;

/// <summary>The analysis stages that exist, in the order their needs require.</summary>
public static class AnalysisPipelineFactory
{
    public static DocumentPipeline CreateDefault()
    {
        var stages = new List<IDocumentStage> { new TokenizerStage() };
        stages.Add(new TimeStage());
        stages.Add(new Entities.EntityStage());
        stages.Add(new QuoteStage());
        stages.Add(new EventStage()); // last: uses entities and quotes when their stages ran
        return new DocumentPipeline(stages);
    }
}
