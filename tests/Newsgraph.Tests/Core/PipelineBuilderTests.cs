using Newsgraph.Analysis;
using Newsgraph.Analysis.Text;
using Newsgraph.Core.Model;
using Newsgraph.Core.Output;
using Newsgraph.Core.Pipeline;

namespace Newsgraph.Tests.Core;

public sealed class PipelineBuilderTests
{
    /// <summary>A stage of our own, added without touching Core: counts the words of each sentence.</summary>
    private sealed class SentenceLengthStage : IDocumentStage
    {
        public static readonly Layer<List<SentenceLength>> Lengths = new("sentence_lengths");

        public string Name => "sentence-lengths";
        public IReadOnlyCollection<Layer> Requires { get; } = [Layer.Sentences];
        public IReadOnlyCollection<Layer> Produces { get; } = [Lengths];

        public void Process(ArticleDocument document, CancellationToken cancellationToken = default) =>
            document.Set(Lengths, document.Sentences!.Select(s => new SentenceLength(s.Start, s.TokenCount)).ToList());
    }

    private sealed record SentenceLength(int Start, int Tokens);

    private sealed class Probe(string name, Layer[] requires, Layer[] uses, Layer[] produces) : IDocumentStage
    {
        public string Name => name;
        public IReadOnlyCollection<Layer> Requires => requires;
        public IReadOnlyCollection<Layer> Uses => uses;
        public IReadOnlyCollection<Layer> Produces => produces;
        public void Process(ArticleDocument document, CancellationToken cancellationToken = default) { }
    }

    [Fact]
    public void A_new_layer_is_filled_written_and_read_back_without_changes_to_core()
    {
        var pipeline = AnalysisPipelineFactory.DefaultStages().Add(new SentenceLengthStage()).Build();
        var doc = new ArticleDocument { Source = "t", Text = "The ferry left. It came back at noon." };
        pipeline.Process(doc);
        Assert.Equal([new SentenceLength(0, 4), new SentenceLength(16, 6)], doc.Get(SentenceLengthStage.Lengths));

        var json = new StringWriter();
        new JsonDocumentWriter(indented: false).Write(doc, json);
        Assert.Contains("\"sentence_lengths\":[{\"start\":0,\"tokens\":4},{\"start\":16,\"tokens\":6}]", json.ToString());
        var read = JsonDocumentReader.Read(json.ToString());
        Assert.Equal(doc.Get(SentenceLengthStage.Lengths), read.Get(SentenceLengthStage.Lengths));
    }

    [Fact]
    public void A_required_layer_must_come_from_an_earlier_stage()
    {
        var e = Assert.Throws<InvalidOperationException>(() => new PipelineBuilder().Add(new SentenceLengthStage()).Add(new TokenizerStage()).Build());
        Assert.Contains("'sentence-lengths' needs sentences", e.Message);
    }

    [Fact]
    public void A_used_layer_that_the_pipeline_fills_must_be_filled_first()
    {
        var late = new PipelineBuilder()
            .Add(new Probe("events-first", [], [Layer.Entities], [new Layer("probe")]))
            .Add(new Probe("entities-late", [], [], [Layer.Entities]));
        var e = Assert.Throws<InvalidOperationException>(late.Build);
        Assert.Contains("'events-first' uses entities, which stage 'entities-late' fills after it", e.Message);
        // A used layer that no stage fills is simply absent: the stage works without it.
        AnalysisPipelineFactory.DefaultStages().Without("entities").Build();
    }

    [Fact]
    public void Two_stages_may_not_fill_one_layer()
    {
        var e = Assert.Throws<InvalidOperationException>(() => AnalysisPipelineFactory.DefaultStages()
            .Add(new Probe("second-tokenizer", [], [], [Layer.Tokens])).Build());
        Assert.Contains("both fill the tokens layer", e.Message);
    }

    [Fact]
    public void An_added_layer_may_not_take_a_built_in_name()
    {
        var doc = new ArticleDocument { Source = "t", Text = "x" };
        Assert.Throws<ArgumentException>(() => doc.Set(new Layer<List<string>>("entities"), ["a"]));
    }
}
