using Newsgraph.Core.Model;
using Newsgraph.Core.Output;
using Newsgraph.Engine;
using Newsgraph.Sources;

namespace Newsgraph.Tests.Core;

/// <summary>
/// A stored analysis must come back as it was written: reading the JSON and writing it again gives
/// the same JSON, field for field, for our own pages (always) and for the 990 trafilatura pages.
/// </summary>
public sealed class JsonRoundTripTests
{
    private static readonly NewsEngine Engine = new();

    [Fact]
    public async Task Every_example_and_fixture_page_reads_back_as_it_was_written()
    {
        var pages = Directory.EnumerateFiles(Path.Combine(SharedData.RepositoryRoot, "examples"), "*", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Fixtures.Path(""), "*.*").Where(f => f.EndsWith(".html") || f.EndsWith(".txt")))
            .ToList();
        Assert.True(pages.Count >= 5, "expected the repository's example and fixture pages");
        foreach (var page in pages) await AssertRoundTrip(page);
    }

    [SkippableFact]
    public async Task Every_page_of_the_990_page_set_reads_back_as_it_was_written()
    {
        var folder = SharedData.Require("datasets", "extraction", "trafilatura-eval", "pages");
        var pages = Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(990, pages.Count);
        await Parallel.ForEachAsync(pages, async (page, _) => await AssertRoundTrip(page));
    }

    [Fact]
    public async Task Typed_references_survive_the_round_trip()
    {
        var json = Write(await Analyze(Path.Combine(SharedData.RepositoryRoot, "examples", "harbour-strike", "page.txt")));
        var read = JsonDocumentReader.Read(json);
        Assert.NotEmpty(read.Entities!);
        Assert.NotEmpty(read.Quotes!);
        Assert.Contains(read.Quotes!, q => q.Speaker?.Entity is { } id && read.FindEntity(id) is not null);
        Assert.All(read.Events!, e => Assert.All(e.Quotes, q => Assert.NotNull(read.FindQuote(q))));
        Assert.True(read.IsTextFixed);
        Assert.Throws<InvalidOperationException>(() => read.Text = "changed");
    }

    [Fact]
    public void A_version_1_document_is_upgraded_as_it_is_read()
    {
        const string v1 = """
            {"source":"old.txt","title":"Old","authors":[],"published":"2020-01-09","publisher":null,"language":"en","credits":[],
             "text":"Ada Brenn said on January 9 that \"we will go.\"",
             "entities":[{"id":"e1","name":"Ada Brenn","type":"PERSON","roles":[],"mentions":[{"text":"Ada Brenn","start":0,"end":9}]}],
             "quotes":[{"text":"we will go.","start":34,"end":45,"kind":"direct","cue":{"text":"said","start":10,"end":14},
                        "speaker":{"text":"Ada Brenn","start":0,"end":9,"entity":"e1"},"date":"2020-01-09"}],
             "times":[{"text":"January 9","start":18,"end":27,"type":"DATE","value":"2020-01-09"}],
             "events":[{"date":"2020-01-09","text":"Ada Brenn said on January 9","start":0,"end":27,"participants":["e1"],"quotes":[0]}]}
            """;
        var d = JsonDocumentReader.Read(v1);
        Assert.Equal("q1", d.Quotes![0].Id.ToString());
        Assert.Equal([d.Quotes[0].Id], d.Events![0].Quotes);
        Assert.Equal(new Id<Entity>(1), d.Quotes[0].Speaker!.Entity);
        Assert.Equal(new DateOnly(2020, 1, 9), d.Times![0].Value.Day);
        Assert.Contains("\"version\":2", Write(d));
    }

    [Theory]
    [InlineData("[1,2]")]
    [InlineData("{\"title\":\"no source\"}")]
    [InlineData("{\"source\":\"x\",\"version\":99}")]
    [InlineData("{\"source\":\"x\",\"text\":\"t\",\"quotes\":[{\"text\":\"t\",\"kind\":\"direct\"}]}")]
    [InlineData("{not json")]
    public void A_malformed_document_is_refused_with_a_reason(string json)
    {
        var e = Assert.Throws<FormatException>(() => JsonDocumentReader.Read(json));
        Assert.False(string.IsNullOrWhiteSpace(e.Message));
    }

    [Fact]
    public void The_document_id_depends_on_address_and_text_only()
    {
        var a = new ArticleDocument { Source = "a.html", Url = "https://news.example/a", Text = "Body." };
        var b = new ArticleDocument { Source = "elsewhere/b.html", Url = "https://news.example/a", Text = "Body." };
        var c = new ArticleDocument { Source = "a.html", Url = "https://news.example/a", Text = "Body, changed." };
        Assert.Equal(a.Id, b.Id);
        Assert.NotEqual(a.Id, c.Id);
    }

    private static async Task AssertRoundTrip(string page)
    {
        var written = Write(await Analyze(page));
        var again = Write(JsonDocumentReader.Read(written));
        Assert.True(written == again, $"{page}: the JSON read back differs from the JSON written");
    }

    private static Task<ArticleDocument> Analyze(string page) => Engine.ProcessAsync(InputItem.FromFile(page), new EngineOptions());

    private static string Write(ArticleDocument document)
    {
        var json = new StringWriter();
        new JsonDocumentWriter(indented: false).Write(document, json);
        return json.ToString();
    }
}
