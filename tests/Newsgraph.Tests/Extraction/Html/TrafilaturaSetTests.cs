using System.Text.Json;
using Newsgraph.Extraction.Html;
using Newsgraph.Sources;

namespace Newsgraph.Tests.Extraction.Html;

/// <summary>
/// The HTML extractor over trafilatura's 990-page evaluation set (shared data), scored in-process the
/// way score_extraction.py does: no page may throw, and F must stay above the foundation's bar.
/// </summary>
public sealed class TrafilaturaSetTests
{
    [SkippableFact]
    public void EveryPageExtractsAndSnippetFStaysAboveTheBar()
    {
        var set = SharedData.Require("datasets", "extraction", "trafilatura-eval");
        using var evaluation = JsonDocument.Parse(File.ReadAllText(Path.Combine(set, "evaldata.json")));
        int tp = 0, fn = 0, fp = 0;
        foreach (var entry in evaluation.RootElement.EnumerateObject())
        {
            var file = Path.Combine(set, "pages", entry.Value.GetProperty("file").GetString()!);
            var (html, _) = TextDecoder.Decode(File.ReadAllBytes(file));
            var text = HtmlArticleExtractor.Extract(file, html, entry.Name).Text;
            foreach (var snippet in Snippets(entry.Value, "with"))
                if (text.Contains(snippet, StringComparison.Ordinal)) tp++; else fn++;
            foreach (var snippet in Snippets(entry.Value, "without"))
                if (text.Contains(snippet, StringComparison.Ordinal)) fp++;
        }
        double precision = tp / (double)(tp + fp), recall = tp / (double)(tp + fn);
        double f = 2 * precision * recall / (precision + recall);
        Assert.True(f >= 0.90, $"F {f:F3} (precision {precision:F3}, recall {recall:F3})");
    }

    private static IEnumerable<string> Snippets(JsonElement entry, string kind) =>
        entry.TryGetProperty(kind, out var list) ? list.EnumerateArray().Select(s => s.GetString()!) : [];
}
