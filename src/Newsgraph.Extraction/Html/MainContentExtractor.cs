using AngleSharp.Dom;

namespace Newsgraph.Extraction.Html;

/// <summary>
/// The article body of a parsed page as paragraphs. A first pass removes blocks named as page chrome
/// before scoring; when that leaves too little (some sites name their article container oddly), a
/// second pass scores without that removal, and the longer sound result wins.
/// </summary>
internal static class MainContentExtractor
{
    /// <summary>Below this many characters a result is suspect and the next method is tried.</summary>
    private const int EnoughText = 500;

    /// <summary>Below this, the scored selection is taken to have missed the article entirely.</summary>
    private const int MinimalText = 150;

    public static List<string> Extract(IElement body, string? title) =>
        ParagraphFilter.WithoutTitleAndDateLines(ExtractBody(body), title);

    private static List<string> ExtractBody(IElement body)
    {
        var (root, all) = ContentTreeBuilder.Build(body, new BoilerplateHints());
        // The lenient statistics come first: the strict pass needs each block's full size.
        ContentScorer.ComputeStatistics(all, strict: false);
        var strict = ExtractOnce(root, all, strict: true);
        if (TotalLength(strict) >= EnoughText * 4) return strict;
        var lenient = ExtractOnce(root, all, strict: false);
        double factor = TotalLength(strict) >= EnoughText ? 3 : 1.5;
        var best = TotalLength(lenient) > TotalLength(strict) * factor ? lenient : strict;
        if (TotalLength(best) >= MinimalText) return best;
        // Scoring found no article: the whole page, less its chrome, is better than nothing.
        var whole = ContentTextWriter.Write([root]);
        return TotalLength(whole) > TotalLength(best) ? whole : best;
    }

    private static List<string> ExtractOnce(ContentNode root, List<ContentNode> all, bool strict)
    {
        ContentScorer.ComputeStatistics(all, strict);
        var candidates = ContentScorer.ScoreCandidates(all);
        var selection = ContentSelector.Select(candidates, root);
        return ContentTextWriter.Write(selection);
    }

    private static int TotalLength(List<string> paragraphs)
    {
        int n = 0;
        foreach (var p in paragraphs) n += p.Length;
        return n;
    }
}
