using System.Diagnostics;
using System.Text;
using CsCheck;
using Newsgraph.Core.Model;
using Newsgraph.Extraction;
using Newsgraph.Extraction.Html;
using Newsgraph.Sources;
using Xunit.Abstractions;

namespace Newsgraph.Tests.Extraction;

/// <summary>
/// Property tests (CsCheck): pages mutated from the repository's own HTML fixtures go through the
/// HTML extractor, and pages generated from metadata-heavy markup through decoding and the
/// <see cref="ArticleExtractor"/> facade. No exception may escape other than the decoder's one-line
/// <see cref="InputException"/>, and what comes out must keep the output's invariants. CsCheck prints
/// the seed of any failing case. Mutants go to the HTML extractor directly because those that lose
/// their declared language would spend most of the run in Lingua's identification (about 0.1 s each
/// on the shared build machine) rather than in the code under test.
/// </summary>
[Collection(nameof(ExtractorFuzzTests))]
public sealed class ExtractorFuzzTests(ITestOutputHelper output)
{
    // Enough to hit the rare paths every run and stay within a few seconds each on two cores.
    private const int MutatedPages = 1500, GeneratedPages = 1000;

    private static readonly string[] SeedPages =
        ["html-council-vote.html", "html-divbr-blog.html", "html-meta-harbour.html", "cli-sample.html"];

    /// <summary>Markup pieces that reach the metadata readers' edge cases when dropped in anywhere.</summary>
    private static readonly string[] Fragments =
    [
        "<", ">", "</div>", "<div>", "<p", "\"", "'", "<script>", "</script>", "<!--", "-->", "]]>", "<![CDATA[", "\0", "&#", "&#x0;",
        "&amp", "<table><tr><td>", "<br><br>", "<h1>", "</h1>", "<article>", "\uFFFD", "\uD800", "\u200F", "\r\n\r\n",
        "<script type=\"application/ld+json\">", "{\"@type\":\"NewsArticle\",\"author\":[", "{\"@graph\":[[[{", "\"datePublished\":\"",
        "\"image\":{\"url\":", "\"keywords\":[1,{},null]", "\"itemListElement\":[{\"position\":\"x\"}]", "}]}",
        "<meta property=\"og:image\" content=\"", "<meta property=\"article:tag\" content=\"", "<link rel=\"canonical\" href=\"",
        "<meta name=\"DC.Creator\" content=\"", "<time datetime=\"", "<span class=\"byline\">By ", "<a rel=\"author\">",
        "২০৩০-০৩-০৪T০১:০২+০৫:৩০", "2030-02-30T25:61:00+99:99", "99999999999999999", "//", "http://", "javascript:", "data:,",
        "By , and & | ; PhD", "Doe, ", "Our ", "\t\t\t", new string('x', 3000),
    ];

    [Fact]
    public void MutatedFixturePagesNeverThrow()
    {
        var seeds = SeedPages.Select(Fixtures.Read).ToArray();
        var edit = Gen.Select(Gen.Int[0, 9], Gen.Int[0, int.MaxValue], Gen.Int[1, 400], Gen.Int[0, Fragments.Length - 1],
            (kind, at, length, fragment) => new Edit(kind, at, length, fragment));
        var mutant = Gen.Select(Gen.Int[0, seeds.Length - 1], edit.Array[1, 16], (seed, edits) => Apply(seeds[seed], edits));
        Run(mutant, MutatedPages, page => CheckInvariants(HtmlArticleExtractor.Extract("fuzz", page, "https://fuzz.example/a/b")));
    }

    [Fact]
    public void GeneratedMetadataPagesNeverThrow()
    {
        var value = Gen.OneOf(Fragments.Concat(["Jane Doe", "2031-05-06", "/img/a.jpg", "World", "a, b, a", ""]).ToArray());
        var element = Gen.Select(Gen.Int[0, Templates.Length - 1], value, value, (template, a, b) => string.Format(Templates[template], a, b));
        var page = Gen.Select(element.Array[0, 12], element.Array[0, 30], Gen.Bool,
            (head, body, doctype) => $"{(doctype ? "<!DOCTYPE html>" : "")}<html lang=\"en\"><head>{string.Concat(head)}</head><body>{string.Concat(body)}");
        Run(page, GeneratedPages, page => CheckInvariants(ExtractOrReject(page)));
    }

    /// <summary>Head and body elements with two holes each, filled from <see cref="Fragments"/> and plain values.</summary>
    private static readonly string[] Templates =
    [
        "<meta property=\"{0}\" content=\"{1}\">", "<meta name=\"author\" content=\"{0}\">", "<meta property=\"og:image\" content=\"{0}{1}\">",
        "<meta property=\"article:section\" content=\"{0}\">", "<meta name=\"keywords\" content=\"{0},{1}\">",
        "<meta property=\"article:published_time\" content=\"{0}\">", "<link rel=\"canonical\" href=\"{0}{1}\">",
        "<script type=\"application/ld+json\">{{\"@type\":\"NewsArticle\",\"author\":{{\"@type\":\"{0}\",\"name\":\"{1}\"}},\"datePublished\":\"{1}\"}}</script>",
        "<script type=\"application/ld+json\">{{\"@type\":\"BreadcrumbList\",\"itemListElement\":[{{\"position\":{0},\"name\":\"{1}\"}}]}}</script>",
        "<script type=\"application/ld+json\">{{\"@type\":\"Article\",\"image\":[{{\"url\":\"{0}\",\"caption\":\"{1}\"}}],\"keywords\":\"{1}\"}}</script>",
        "<h1>{0}</h1>", "<p class=\"byline\">By {0} and {1}</p>", "<div class=\"author-name\">{0}</div>", "<time datetime=\"{0}\">{1}</time>",
        "<p>{0} The committee met again on {1} and agreed the budget for the coming year.</p>", "<div class=\"comment-author\">{0}</div>",
        "<span itemprop=\"author\"><span itemprop=\"name\">{0}</span></span>", "<span itemprop=\"dateModified\" content=\"{0}\"></span>",
    ];

    private void Run(Gen<string> pages, int iterations, Action<string> extractAndCheck)
    {
        var watch = Stopwatch.StartNew();
        int count = 0;
        pages.Sample(page =>
        {
            Interlocked.Increment(ref count);
            extractAndCheck(page);
        }, iter: iterations, print: page => page.Length > 2000 ? page[..2000] + "…" : page);
        output.WriteLine($"{count} pages in {watch.Elapsed.TotalSeconds:F1} s");
    }

    /// <summary>The document, or null when the decoder rejects the bytes with its one-line error.</summary>
    private static ArticleDocument? ExtractOrReject(string page)
    {
        DecodedPage decoded;
        try { decoded = PageDecoder.Decode(new RawPage("fuzz", Encoding.UTF8.GetBytes(page), null, "https://fuzz.example/a/b")); }
        catch (InputException) { return null; }
        return ArticleExtractor.Extract(decoded, new ExtractionOptions());
    }

    private static void CheckInvariants(ArticleDocument? document)
    {
        if (document is null) return;
        Assert.NotNull(document.Text);
        Assert.True(document.Tags.Count <= 25, "too many tags");
        Assert.All(document.Images, image => Assert.Matches("^https?://", image.Url));
        if (document.CanonicalUrl is not null) Assert.Matches("^https?://", document.CanonicalUrl);
        Assert.All(document.Authors, name => Assert.False(string.IsNullOrWhiteSpace(name)));
        foreach (var date in new[] { document.Published, document.Modified })
            if (date is not null) Assert.InRange(date.Date.Year, 1990, 2100);
    }

    private sealed record Edit(int Kind, int At, int Length, int Fragment);

    /// <summary>Cuts, deletes, inserts a fragment, duplicates a stretch, moves a stretch, upper-cases one, or drops a few characters.</summary>
    private static string Apply(string page, Edit[] edits)
    {
        var text = new StringBuilder(page);
        foreach (var e in edits)
        {
            if (text.Length < 2) break;
            int at = e.At % text.Length, length = Math.Min(e.Length, text.Length - at);
            switch (e.Kind)
            {
                // A cut ends the page, so it is one edit in ten; fragment insertions are the most frequent.
                case 0: text.Length = Math.Max(1, at); break;
                case 1: text.Remove(at, length); break;
                case 2 or 6 or 7 or 8: text.Insert(at, Fragments[e.Fragment]); break;
                case 3: text.Insert((at + e.Length) % text.Length, text.ToString(at, length)); break;
                case 4:
                    var stretch = text.ToString(at, length);
                    text.Remove(at, length).Insert((at + e.Length * e.Fragment) % (text.Length + 1), stretch);
                    break;
                case 5:
                    var upper = text.ToString(at, length).ToUpperInvariant();
                    text.Remove(at, length).Insert(at, upper);
                    break;
                default: text.Remove(at, Math.Min(3, length)); break;
            }
        }
        return text.ToString();
    }
}

/// <summary>Runs the fuzz tests with nothing else in parallel (they use every core for a few seconds).</summary>
[CollectionDefinition(nameof(ExtractorFuzzTests), DisableParallelization = true)]
public sealed class ExtractorFuzzCollection;
