using Newsgraph.Core.Model;
using Newsgraph.Core.Pipeline;
using Newsgraph.Engine;
using Newsgraph.Extraction;
using Newsgraph.Sources;

namespace Newsgraph.Tests.Engine;

public sealed class NewsEngineTests
{
    private static readonly EngineOptions Analyse = new()
    {
        Extraction = new ExtractionOptions { Published = PublicationDate.TryParse("2024-02-05", out var date) ? date : null },
    };

    private static InputItem SamplePage(string source = "memory:ferry") =>
        InputItem.FromBytes(source, File.ReadAllBytes(Fixtures.Path("cli-sample.html")));

    private static async Task<List<EngineResult>> ProcessAll(NewsEngine engine, EngineOptions options, params InputItem[] items)
    {
        var results = new List<EngineResult>();
        await foreach (var result in engine.ProcessAllAsync(items, options)) results.Add(result);
        return results;
    }

    [Fact]
    public async Task Bytes_in_give_an_extracted_and_analysed_document()
    {
        await using var engine = new NewsEngine();
        var document = await engine.ProcessAsync(SamplePage(), Analyse);
        Assert.Equal("memory:ferry", document.Source);
        Assert.Equal("Ferry service to Lindqvist Island resumes after storm repairs", document.Title);
        Assert.Equal("2024-02-05", document.Published?.ToString());
        Assert.Contains("resumed its regular timetable", document.Text);
        Assert.Contains(document.Entities ?? [], e => e.Name.Contains("Sorvik"));
        Assert.NotEmpty(document.Quotes ?? []);
    }

    [Fact]
    public async Task Without_analysis_the_document_holds_the_article_only()
    {
        await using var engine = new NewsEngine();
        var document = await engine.ProcessAsync(SamplePage(), Analyse with { Analyze = false });
        Assert.Contains("resumed its regular timetable", document.Text);
        Assert.Null(document.Tokens);
        Assert.Null(document.Entities);
    }

    [Fact]
    public async Task A_bad_input_gives_a_one_line_error_naming_it_and_the_rest_of_the_batch_goes_on()
    {
        await using var engine = new NewsEngine();
        var results = await ProcessAll(engine, Analyse,
            InputItem.FromBytes("memory:empty", []),
            new InputItem("/no/such/page.html", InputItemKind.Missing),
            SamplePage("memory:good"));

        Assert.Equal(["memory:empty", "/no/such/page.html", "memory:good"], results.Select(r => r.Source));
        Assert.Equal("memory:empty: empty input", results[0].Error);
        Assert.Equal("/no/such/page.html: no such file or directory", results[1].Error);
        Assert.True(results[2].Succeeded);
        Assert.NotEmpty(results[2].Document!.Entities ?? []);
    }

    [Fact]
    public async Task A_failing_stage_is_a_one_line_error_naming_the_stage_and_the_input()
    {
        await using var engine = new NewsEngine();
        var options = Analyse with { Pipeline = new DocumentPipeline([new FailingStage()]) };
        var results = await ProcessAll(engine, options, SamplePage("memory:one"), SamplePage("memory:two"));

        Assert.All(results, r => Assert.False(r.Succeeded));
        Assert.Equal("memory:one: failing stage failed on memory:one: no layer today", results[0].Error);
        Assert.DoesNotContain("\n", results[1].Error!);
    }

    [Fact]
    public void An_unexpected_exception_reads_as_an_internal_error_without_a_stack_trace()
    {
        var message = NewsEngine.DescribeFailure("page.html", new InvalidOperationException("index out of step"));
        Assert.Equal("page.html: internal error (InvalidOperationException: index out of step)", message);
    }

    [Fact]
    public async Task Cancellation_ends_the_batch_by_throwing_rather_than_as_a_failed_result()
    {
        await using var engine = new NewsEngine();
        using var cancel = new CancellationTokenSource();
        var seen = new List<EngineResult>();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var result in engine.ProcessAllAsync([SamplePage("memory:1"), SamplePage("memory:2")], Analyse, cancel.Token))
            {
                seen.Add(result);
                cancel.Cancel();
            }
        });
        Assert.Single(seen);
        Assert.True(seen[0].Succeeded);
    }

    [Fact]
    public async Task A_cancelled_token_stops_a_single_page_before_analysis()
    {
        await using var engine = new NewsEngine();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => engine.ProcessAsync(SamplePage(), Analyse, new CancellationToken(canceled: true)));
    }

    private sealed class FailingStage : IDocumentStage
    {
        public string Name => "failing";
        public IReadOnlyCollection<Layer> Requires => [];
        public IReadOnlyCollection<Layer> Produces => [];
        public void Process(ArticleDocument document, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("no layer today");
    }
}
