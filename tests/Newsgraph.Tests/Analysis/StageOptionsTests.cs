using Newsgraph.Analysis;
using Newsgraph.Analysis.Entities;
using Newsgraph.Analysis.Quotes;
using Newsgraph.Analysis.Time;
using Newsgraph.Core.Model;

namespace Newsgraph.Tests.Analysis;

/// <summary>Each stage takes its own options, and a pipeline runs a stage with other options in its place.</summary>
public sealed class StageOptionsTests
{
    private const string Story = "\u201cThe ferry sails again on Friday,\u201d said Ilse Varga yesterday. The operator said fares would rise.";

    private static ArticleDocument Run(Newsgraph.Core.Pipeline.PipelineBuilder builder, string text = Story, string language = "en")
    {
        var doc = new ArticleDocument { Source = "t", Text = text, Language = language };
        builder.Build().Process(doc);
        return doc;
    }

    [Fact]
    public void Without_indirect_speech_only_direct_quotes_remain()
    {
        var all = Run(AnalysisPipelineFactory.DefaultStages()).Quotes!;
        Assert.Contains(all, q => q.Kind == QuoteKind.Indirect);
        var direct = Run(AnalysisPipelineFactory.DefaultStages().Replace(new QuoteStage(new QuoteStageOptions { Indirect = false }))).Quotes!;
        Assert.All(direct, q => Assert.Equal(QuoteKind.Direct, q.Kind));
        Assert.Equal("q1", Assert.Single(direct).Id.ToString());
    }

    [Fact]
    public void A_reference_date_anchors_relative_dates_of_an_undated_article()
    {
        var undated = Run(AnalysisPipelineFactory.DefaultStages()).Times!;
        Assert.DoesNotContain(undated, t => t.Value.Text == "2031-05-06");
        var anchored = Run(AnalysisPipelineFactory.DefaultStages()
            .Replace(new TimeStage(new TimeStageOptions { ReferenceDate = new DateOnly(2031, 5, 7) }))).Times!;
        Assert.Contains(anchored, t => t.At.Text == "yesterday" && t.Value.Text == "2031-05-06");
    }

    [Fact]
    public void Prose_in_another_language_is_tagged_only_when_asked()
    {
        const string german = "Laut Betreiber fährt jede Fähre künftig seltener, sagte Ilse Varga gestern vor Reportern. Zudem steigen sämtliche Preise für Pendler deutlich, weil Treibstoff teurer geworden ist.";
        Assert.Empty(Run(AnalysisPipelineFactory.DefaultStages(), german, "de").Entities!);
        var tagged = Run(AnalysisPipelineFactory.DefaultStages().Replace(new EntityStage(new EntityStageOptions { SkipOtherLanguages = false })), german, "de");
        Assert.Contains(tagged.Entities!, e => e.Name.StartsWith("Ilse Varga", StringComparison.Ordinal));
    }

    [Fact]
    public void Replacing_a_stage_that_is_not_there_is_refused() =>
        Assert.Throws<InvalidOperationException>(() => new Newsgraph.Core.Pipeline.PipelineBuilder().Replace(new QuoteStage()));
}
