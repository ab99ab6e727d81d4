namespace Newsgraph.Extraction.Html;

/// <summary>
/// Finds the element holding the article: every paragraph-like unit scores by its length and commas
/// (less its links), the score flows to its ancestors, and candidates are weighed by their semantic
/// tag, class vocabulary and link density. Statistics are gathered in one bottom-up sweep.
/// </summary>
internal static class ContentScorer
{
    /// <summary>Own text shorter than this is a label, not a paragraph (CJK text counts double).</summary>
    private const int MinParagraphLength = 25;

    /// <summary>Own text of a block this long, mostly unlinked, is a paragraph of running text.</summary>
    private const int MinProseLength = 150;

    private const int MinProseParagraphs = 2;

    /// <summary>
    /// Gathers the statistics with nothing excluded (lenient pass), or with blocks named as chrome
    /// left out unless they hold most of the page's text (a wrapper misnamed "header").
    /// </summary>
    public static void ComputeStatistics(List<ContentNode> all, bool strict)
    {
        foreach (var node in all) node.ResetStatistics();
        if (strict) MarkExclusions(all);
        // Nodes were listed in document (pre-)order, so every child comes after its parent.
        for (int i = all.Count - 1; i >= 0; i--)
        {
            var node = all[i];
            if (node.Excluded) continue;
            int textLength = 0, commas = 0;
            foreach (var item in node.Items)
                if (item is string text) Measure(text, ref textLength, ref commas);
            node.OwnTextLength += textLength;
            node.OwnCommas += commas;
            node.TextLength += textLength;
            node.Commas += commas;
            if (node.Tag == "a") { node.LinkLength = node.TextLength; node.OwnLinkLength = node.OwnTextLength; }
            if (node.Tag == "li") node.ListItems++;
            if (node.IsBlock && node.OwnTextLength >= MinParagraphLength) node.Paragraphs++;
            if (node.IsBlock && node.OwnTextLength >= MinProseLength && node.OwnLinkDensity < 0.2) node.ProseParagraphs++;
            if (node.IsBlock) node.LongestParagraph = Math.Max(node.LongestParagraph, node.OwnTextLength);
            if (!strict) KeepFullStatistics(node);
            var parent = node.Parent;
            if (parent is null) continue;
            parent.LongestParagraph = Math.Max(parent.LongestParagraph, node.LongestParagraph);
            parent.TextLength += node.TextLength;
            parent.LinkLength += node.LinkLength;
            parent.Commas += node.Commas;
            parent.Paragraphs += node.Paragraphs;
            parent.ProseParagraphs += node.ProseParagraphs;
            parent.Images += node.Images;
            parent.ListItems += node.ListItems;
            if (!node.IsBlock)
            {
                parent.OwnTextLength += node.OwnTextLength;
                parent.OwnLinkLength += node.Tag == "a" ? node.OwnTextLength : node.OwnLinkLength;
                parent.OwnCommas += node.OwnCommas;
            }
        }
    }

    private static void KeepFullStatistics(ContentNode node)
    {
        node.FullTextLength = node.TextLength;
        node.LongestParagraphFull = node.LongestParagraph;
        node.LinkLengthFull = node.LinkLength;
        node.ProseParagraphsFull = node.ProseParagraphs;
    }

    private static void MarkExclusions(List<ContentNode> all)
    {
        int pageText = Math.Max(1, all[0].FullTextLength);
        foreach (var node in all)
        {
            if (node.Parent is { Excluded: true }) { node.Excluded = true; continue; }
            if (!node.NamedAsChrome) continue;
            bool holdsArticle = node.FullTextLength > pageText * 0.6;
            bool headerWithProse = node.Tag == "header" && node.LongestParagraphFull >= 100;
            node.Excluded = !holdsArticle && !headerWithProse && !IsProseSection(node);
        }
    }

    /// <summary>
    /// Several long unlinked paragraphs are running text whatever the block is called (a document
    /// section whose id happens to contain "share" or "header"); reader discussions excepted.
    /// </summary>
    private static bool IsProseSection(ContentNode node) =>
        node.ProseParagraphsFull >= MinProseParagraphs && node.LinkLengthFull * 10 < node.FullTextLength
        && !node.NamedAsNonArticle;

    /// <summary>Scores the units and returns the candidates, best first.</summary>
    public static List<ContentNode> ScoreCandidates(List<ContentNode> all)
    {
        var candidates = new List<ContentNode>();
        foreach (var node in all)
        {
            if (node.Excluded || !node.IsBlock || node.OwnTextLength < MinParagraphLength) continue;
            if (node.IsHeading || node.Tag is "li" or "dt" or "dd" or "th") continue;
            double unit = (1 + node.OwnCommas + Math.Min(node.OwnTextLength / 100.0, 3)) * (1 - node.OwnLinkDensity);
            if (unit <= 0) continue;
            // A <p> gives its score to its container; a div holding bare text (div+br markup) is itself one.
            var target = node.Tag is "p" or "pre" or "blockquote" or "font" ? node.Parent : node;
            for (int level = 0; target is not null && level < 5; level++, target = target.Parent)
            {
                if (!target.IsCandidate) Initialise(target, candidates);
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                target.Score += unit / divider;
            }
        }
        foreach (var candidate in candidates) candidate.Score *= 1 - candidate.LinkDensity;
        candidates.Sort((a, b) => b.Score.CompareTo(a.Score));
        return candidates;
    }

    private static void Initialise(ContentNode node, List<ContentNode> candidates)
    {
        node.IsCandidate = true;
        node.Score = TagWeight(node.Tag) + node.ClassWeight + (node.IsArticleBodyMarker ? 25 : 0);
        candidates.Add(node);
    }

    private static double TagWeight(string tag) => tag switch
    {
        "article" => 10,
        "main" => 6,
        "div" or "section" => 5,
        "pre" or "td" or "blockquote" => 3,
        "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
        "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
        _ => 0,
    };

    private static void Measure(string text, ref int length, ref int commas)
    {
        bool space = true;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (!space) length++;
                space = true;
                continue;
            }
            space = false;
            // Ideographic scripts pack a word into one or two characters: count them double.
            length += c >= '\u2E80' && c <= '\uD7FF' ? 2 : 1;
            if (c is ',' or '\uFF0C' or '\u3001' or '\u060C' or '\u055D') commas++;
        }
    }
}
