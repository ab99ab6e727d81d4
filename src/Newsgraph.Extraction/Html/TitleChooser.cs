using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;

namespace Newsgraph.Extraction.Html;

/// <summary>
/// The article's title: the headline the page states in metadata (JSON-LD, Dublin Core, OpenGraph,
/// Twitter), taken as stated; else the document title with the site's part cut off at the last
/// separator (" | Site", " - Site", "Site » Section"), or the page's only &lt;h1&gt; when the document
/// title is too short or too long to be a headline. These are Readability's conventions, which the
/// reference data for titles follows.
/// </summary>
internal static partial class TitleChooser
{
    [GeneratedRegex(@" [\|\-–—\\/>»] ")]
    private static partial Regex Separator();

    [GeneratedRegex(@" [\\/>»] ")]
    private static partial Regex HierarchicalSeparator();

    [GeneratedRegex(@"^[^\|\-–—\\/>»]*[\|\-–—\\/>»]")]
    private static partial Regex FirstPart();

    [GeneratedRegex(@"[\|\-–—\\/>»]+")]
    private static partial Regex SeparatorRun();

    [GeneratedRegex(@"\W+")]
    private static partial Regex NonWord();

    public static string? Choose(IHtmlDocument dom, MetaValues meta, JsonLdArticle jsonLd)
    {
        var documentTitle = DocumentTitle(dom);
        return JsonLdTitle(jsonLd, documentTitle)
            ?? HtmlMetadataReader.Clean(meta.First("dc:title", "dcterm:title", "dcterms:title", "og:title", "weibo:article:title",
                "weibo:webpage:title", "title", "twitter:title", "parsely-title"))
            ?? documentTitle;
    }

    /// <summary>JSON-LD name or headline: the headline when only it resembles the document title.</summary>
    private static string? JsonLdTitle(JsonLdArticle jsonLd, string? documentTitle)
    {
        var name = HtmlMetadataReader.Clean(jsonLd.Name);
        var headline = HtmlMetadataReader.Clean(jsonLd.Headline);
        if (name is not null && headline is not null && name != headline && documentTitle is not null)
            return Similarity(headline, documentTitle) > 0.75 && Similarity(name, documentTitle) <= 0.75 ? headline : name;
        return name ?? headline;
    }

    private static string? DocumentTitle(IHtmlDocument dom)
    {
        var original = HtmlMetadataReader.Clean(dom.Title);
        if (original is null) return HtmlMetadataReader.Clean(dom.QuerySelector("h1")?.TextContent);
        var title = original;
        bool hierarchical = false;
        var separators = Separator().Matches(original);
        if (separators.Count > 0)
        {
            hierarchical = HierarchicalSeparator().IsMatch(original);
            title = original[..separators[^1].Index];
            if (WordCount(title) < 3) title = FirstPart().Replace(original, "", 1);
        }
        else if (title.Contains(": ", StringComparison.Ordinal))
            title = WithoutLabelBeforeColon(dom, original);
        else if (title.Length is > 150 or < 15)
        {
            var headings = dom.QuerySelectorAll("h1");
            if (headings.Length == 1) title = HtmlMetadataReader.Clean(headings[0].TextContent) ?? title;
        }
        title = HtmlMetadataReader.Clean(title) ?? original;
        int words = WordCount(title);
        if (words <= 4 && (!hierarchical || words != WordCount(SeparatorRun().Replace(original, "")) - 1)) title = original;
        return title;
    }

    /// <summary>"Section: Headline" → "Headline", unless a heading on the page repeats the whole title.</summary>
    private static string WithoutLabelBeforeColon(IHtmlDocument dom, string original)
    {
        foreach (var heading in dom.QuerySelectorAll("h1, h2"))
            if (heading.TextContent.Trim() == original) return original;
        var title = original[(original.LastIndexOf(':') + 1)..];
        if (WordCount(title) < 3) return original[(original.IndexOf(':') + 1)..];
        return WordCount(original[..original.IndexOf(':')]) > 5 ? original : title;
    }

    private static int WordCount(string s) => s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>Share of <paramref name="b"/>'s words (by characters) that also occur in <paramref name="a"/>.</summary>
    private static double Similarity(string a, string b)
    {
        var tokensA = NonWord().Split(a.ToLowerInvariant()).Where(t => t.Length > 0).ToHashSet();
        var tokensB = NonWord().Split(b.ToLowerInvariant()).Where(t => t.Length > 0).ToList();
        if (tokensA.Count == 0 || tokensB.Count == 0) return 0;
        var unique = tokensB.Where(t => !tokensA.Contains(t)).ToList();
        double distance = (double)string.Join(' ', unique).Length / string.Join(' ', tokensB).Length;
        return 1 - distance;
    }
}
