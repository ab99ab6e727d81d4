using System.Text.Json;
using System.Text.RegularExpressions;
using Newsgraph.Analysis;
using Newsgraph.Core.Model;

namespace Newsgraph.Tests.Analysis.Quotes;

/// <summary>The seed page's quotes against its expectation file in ../shared (matched the way
/// examples/check.py matches them: normalised text, speaker text or resolved name).</summary>
public sealed class SeedQuotesTests
{
    private static string Norm(string? s) =>
        Regex.Replace(Regex.Replace(s ?? "", "[\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u201a]", ""), @"\s+", " ").Trim().Trim(',', '.', ';', ':', '!', '?', ' ').ToLowerInvariant();

    [SkippableFact]
    public void Every_expected_quote_is_found_with_its_speaker_and_boilerplate_is_not_a_quote()
    {
        var dir = SharedData.Require("examples", "rferl-us-iraq");
        PublicationDate.TryParse("2020-01-11", out var published);
        var doc = new ArticleDocument { Source = "seed", Text = File.ReadAllText(Path.Combine(dir, "page.txt")), Published = published };
        AnalysisPipelineFactory.CreateDefault().Process(doc);
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "expected.json")));

        foreach (var want in expected.RootElement.GetProperty("quotes").EnumerateArray())
        {
            string text = Norm(want.GetProperty("text").GetString());
            bool direct = want.GetProperty("kind").GetString() == "direct";
            var hits = doc.Quotes!.Where(q => direct ? Norm(q.Content.Text) == text : Norm(q.Content.Text).Contains(text)).ToList();
            Assert.True(hits.Count > 0, $"quote missing: {text}");
            var speakers = want.GetProperty("speaker").EnumerateArray().Select(s => Norm(s.GetString())).ToList();
            Assert.True(hits.Any(q => SpeakerNames(doc, q).Any(n => speakers.Any(w => w == n || w.Length > 3 && n.Contains(w)))),
                $"wrong speaker for: {text}");
        }
        foreach (var bad in expected.RootElement.GetProperty("not_quotes").EnumerateArray())
            Assert.DoesNotContain(doc.Quotes!, q => Norm(q.Content.Text) == Norm(bad.GetString()));
    }

    private static IEnumerable<string> SpeakerNames(ArticleDocument doc, Quote q) =>
        new[] { q.Speaker?.At.Text, q.Speaker?.Name, doc.FindEntity(q.Speaker?.Entity)?.Name }.Where(n => n is not null).Select(Norm);
}
