using System.Diagnostics;
using System.Text;
using Newsgraph.Extraction.Html;
using Xunit.Abstractions;

namespace Newsgraph.Tests.Extraction.Html;

/// <summary>
/// Pathological pages, all generated here: each must finish within 2 s of CPU time with no exception.
/// CPU time rather than wall time, because the build machines are shared and often saturated; the
/// collection runs alone so that the process's CPU time is this test's.
/// </summary>
[Collection(nameof(HtmlRobustnessTests))]
public sealed class HtmlRobustnessTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(2);

    private const string Sentence = "The council met on a rainy Tuesday, and the vote on the bridge was postponed again. ";

    [Fact]
    public void TwentyMegabytePageFinishesInTime()
    {
        var page = new StringBuilder("<html lang=\"en\"><head><title>Big page</title></head><body><nav><a href=\"/\">Home</a></nav><article>");
        while (page.Length < 20 * 1024 * 1024)
            page.Append("<p>").Append(Sentence).Append(Sentence).Append(Sentence).Append("</p>\n");
        page.Append("</article></body></html>");
        var document = Timed(page.ToString());
        Assert.StartsWith(Sentence.Trim(), document.Text);
    }

    [Fact]
    public void HundredThousandNestedElementsDoNotOverflowTheStack()
    {
        const int depth = 100_000;
        var page = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", depth)) + "<p>" + Sentence + "</p>"
            + string.Concat(Enumerable.Repeat("</div>", depth)) + "</body></html>";
        var document = Timed(page);
        Assert.Contains("rainy Tuesday", document.Text);
    }

    [Fact]
    public void UnclosedNestedInlineElementsFinishInTime()
    {
        var page = "<html><body>" + string.Concat(Enumerable.Repeat("<span><b><i>", 40_000)) + Sentence;
        var document = Timed(page);
        Assert.Contains("rainy Tuesday", document.Text);
    }

    [Fact]
    public void TruncatedMarkupKeepsTheTextBeforeTheCut()
    {
        var page = "<html><head><title>Cut short</title></head><body><article><p>" + Sentence + Sentence + "</p><p>" + Sentence + "and then the fi";
        var document = Timed(page);
        Assert.Contains("and then the fi", document.Text);
        Assert.Equal("Cut short", document.Title);
    }

    [Fact]
    public void BinaryGarbageGivesADocumentNotAnException()
    {
        var random = new Random(17);
        var bytes = new byte[2_000_000];
        random.NextBytes(bytes);
        var page = "<html><body>" + Encoding.Latin1.GetString(bytes);
        Timed(page);
    }

    private Newsgraph.Core.Model.ArticleDocument Timed(string page)
    {
        // Warm the extractor once so the limit measures the work, not the JIT.
        HtmlArticleExtractor.Extract("warm-up", "<html><body><p>warm</p></body></html>", null);
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var document = HtmlArticleExtractor.Extract("generated", page, null);
        watch.Stop();
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        output.WriteLine($"{page.Length:N0} chars: {cpu.TotalMilliseconds:F0} ms CPU, {watch.ElapsedMilliseconds} ms wall");
        Assert.True(cpu < Limit, $"took {cpu.TotalSeconds:F2} s of CPU time");
        return document;
    }
}

/// <summary>Runs the timed robustness tests with nothing else in parallel.</summary>
[CollectionDefinition(nameof(HtmlRobustnessTests), DisableParallelization = true)]
public sealed class HtmlRobustnessCollection;
