using AngleSharp.Dom;

namespace Newsgraph.Extraction.Html;

/// <summary>
/// The article body of a parsed page as blocks (paragraphs, headings, list items…). A first pass removes blocks named as page chrome
/// before scoring; when that leaves too little (some sites name their article container oddly), a
/// second pass scores without that removal, and the longer sound result wins.
/// </summary>
internal static class MainContentExtractor
{
    /// <summary>Below this many characters a result is suspect and the next method is tried.</summary>
    private const int EnoughText = 500;

    /// <summary>Below this, the scored selection is taken to have missed the article entirely.</summary>
    private const int MinimalText = 150;

    /// <summary>The body's blocks and in-article images; links resolve against <paramref name="baseUrl"/>.</summary>
    public static WrittenContent Extract(IElement body, string? title, Uri? baseUrl)
    {
        var content = ExtractBody(body, baseUrl);
        return content with { Blocks = ParagraphFilter.WithoutTitleAndDateLines(content.Blocks, title) };
    }

    private static WrittenContent ExtractBody(IElement body, Uri? baseUrl)
    {
        var (root, all) = ContentTreeBuilder.Build(body, new BoilerplateHints());
        // The lenient statistics come first: the strict pass needs each block's full size.
        ContentScorer.ComputeStatistics(all, strict: false);
        var strict = ExtractOnce(root, all, strict: true, baseUrl);
        if (strict.TextLength >= EnoughText * 4) return strict;
        var lenient = ExtractOnce(root, all, strict: false, baseUrl);
        double factor = strict.TextLength >= EnoughText ? 3 : 1.5;
        var best = lenient.TextLength > strict.TextLength * factor ? lenient : strict;
        if (best.TextLength >= MinimalText) return best;
        // Scoring found no article: the whole page, less its chrome, is better than nothing.
        var whole = ContentTextWriter.Write([root], baseUrl);
        return whole.TextLength > best.TextLength ? whole : best;
    }

    private static WrittenContent ExtractOnce(ContentNode root, List<ContentNode> all, bool strict, Uri? baseUrl)
    {
        ContentScorer.ComputeStatistics(all, strict);
        var candidates = ContentScorer.ScoreCandidates(all);
        var selection = ContentSelector.Select(candidates, root);
        return ContentTextWriter.Write(selection, baseUrl);
    }
}
