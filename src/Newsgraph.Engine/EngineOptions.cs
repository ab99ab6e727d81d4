using Newsgraph.Core.Pipeline;
using Newsgraph.Extraction;

namespace Newsgraph.Engine;

/// <summary>What to do with each page: how to extract it and whether to analyse it, and with which stages.</summary>
public sealed record EngineOptions
{
    /// <summary>What the caller knows about the pages (address, publication date, verbatim body).</summary>
    public ExtractionOptions Extraction { get; init; } = new();

    /// <summary>Run the analysis stages after extraction; false gives the extracted article only.</summary>
    public bool Analyze { get; init; } = true;

    /// <summary>The stages to run; null means <see cref="Newsgraph.Analysis.AnalysisPipelineFactory.CreateDefault"/>,
    /// built once per engine.</summary>
    public DocumentPipeline? Pipeline { get; init; }
}
