using Newsgraph.Analysis.Entities;
using Newsgraph.Analysis.Quotes;
using Newsgraph.Analysis.Text;
using Newsgraph.Analysis.Time;
using Newsgraph.Core.Pipeline;

namespace Newsgraph.Analysis;

/// <summary>The analysis stages that exist, in an order their needs allow.</summary>
public static class AnalysisPipelineFactory
{
    /// <summary>Every stage, ready to build; a caller may leave stages out or add its own before building.</summary>
    public static PipelineBuilder DefaultStages() => new PipelineBuilder()
        .Add(new TokenizerStage())
        .Add(new TimeStage())
        .Add(new EntityStage())
        .Add(new QuoteStage())
        .Add(new EventStage()); // last: uses entities and quotes when their stages ran

    public static DocumentPipeline CreateDefault() => DefaultStages().Build();
}
