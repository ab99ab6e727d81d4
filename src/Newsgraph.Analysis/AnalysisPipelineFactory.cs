using Newsgraph.Analysis.Quotes;
using Newsgraph.Analysis.Text;
using Newsgraph.Core.Pipeline;

namespace Newsgraph.Analysis;

/// <summary>The analysis stages that exist, in the order their needs require.</summary>
public static class AnalysisPipelineFactory
{
    public static DocumentPipeline CreateDefault()
    {
        var stages = new List<IDocumentStage> { new TokenizerStage() };
        stages.Add(new Entities.EntityStage());
        stages.Add(new QuoteStage());
        return new DocumentPipeline(stages);
    }
}
