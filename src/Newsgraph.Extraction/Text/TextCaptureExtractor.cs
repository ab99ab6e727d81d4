using Newsgraph.Core.Model;

namespace Newsgraph.Extraction.Text;

/// <summary>
/// Article extraction from plain-text captures of pages (a browser's "save as text", a WET record):
/// each line is scored as article text or page chrome (<see cref="LineClassifier"/>), the best
/// contiguous run of article lines is the body (<see cref="ArticleRegion"/>), the headline-shaped line
/// that opens or precedes it is the title, credit lines are taken out of the body into credits, and
/// what follows the credit line (the publisher's footer) is left out; a date stamp by the headline is the
/// publication date (<see cref="DateLine"/>). A text with no chrome at all is
/// a bare article and is kept whole.
/// </summary>
public static class TextCaptureExtractor
{
    // Credit lines may trail the last paragraph by an image placeholder or two.
    private const int CreditLookAhead = 3;

    public static ArticleDocument Extract(string source, string text, string? url)
    {
        var lines = ReadLines(text);
        var document = new ArticleDocument { Source = source, Url = url, ExtractionMethod = "text-capture" };
        if (lines.Count == 0) return document;

        LineClassifier.Classify(lines);
        bool bareArticle = lines.All(l => l.Initial != LineClass.Bad);
        var kept = bareArticle ? lines.Select(l => l.Index).ToList() : ArticleLines(lines);
        if (kept.Count == 0) return document;
        // The date stamp by the headline is the publication date (the line stays where the classifier put it).
        if (DateLine.Find(lines, kept) is var (_, published)) document.Published = published;

        var title = HeadlineFinder.Find(lines, kept[0], kept[^1]);
        var span = SpanWithTrailingLines(kept[0], kept[^1], lines.Count);
        var credits = CreditFinder.Scan(span.Select(i => lines[i].Text).ToList());
        var body = BodyLines(span, kept.Where(i => i != title).ToHashSet(), credits);
        var inBody = body.ToHashSet();

        document.Title = title is { } t ? lines[t].Text : null;
        document.Text = string.Join("\n\n", body.Select(i => lines[i].Text));
        document.Credits = WithDatelineCredits(credits.Credits, lines);
        var chrome = lines.Where(l => !inBody.Contains(l.Index) && l.Index != title).Select(l => l.Text);
        document.Publisher = PublisherNames.FromSelfReferences(chrome);
        return document;
    }

    /// <summary>
    /// The article lines of a page with chrome: every line classed as article text up to the end of the
    /// best-scoring run (lines after it are what follows an article), where a short line is kept only
    /// when it stands between two paragraphs (a sub-heading or list item inside the text, not a label
    /// next to it). A page with no running text at all keeps its sentence-like lines.
    /// </summary>
    private static List<int> ArticleLines(List<CaptureLine> lines)
    {
        if (ArticleRegion.Find(lines) is not { } region)
            return lines.Where(l => l.Initial == LineClass.NearGood).Select(l => l.Index).ToList();
        var kept = lines.Take(region.Last + 1)
            .Where(l => IsArticleLine(lines, l) || (l.Index >= region.First && IsListItemOfArticle(l)))
            .ToList();
        // The article closes with a paragraph; short or borderline lines after it are sign-offs, author
        // notes and prompts ("Read more", "Share this page").
        while (kept.Count > 0 && !IsClosingParagraph(kept[^1])) kept.RemoveAt(kept.Count - 1);
        return kept.Select(l => l.Index).ToList();
    }

    private static bool IsClosingParagraph(CaptureLine line) =>
        line.Initial == LineClass.Good || (IsListItemOfArticle(line) && line.Initial != LineClass.Short);

    private static bool IsArticleLine(List<CaptureLine> lines, CaptureLine line) =>
        line.Final == LineClass.Good && (line.Initial != LineClass.Short || BetweenParagraphs(lines, line.Index));

    /// <summary>Inside the article, list items are its lists (ingredients, steps, points), even when short.</summary>
    private static bool IsListItemOfArticle(CaptureLine line) =>
        line.IsListItem && line.Initial != LineClass.Bad && !line.IsRepeated;

    private static bool BetweenParagraphs(List<CaptureLine> lines, int i) =>
        i > 0 && i + 1 < lines.Count && IsBodyBlock(lines[i - 1]) && IsBodyBlock(lines[i + 1]);

    /// <summary>A paragraph or an item of the article's lists: a sub-heading may stand before either.</summary>
    private static bool IsBodyBlock(CaptureLine line) => IsParagraph(line) || (IsListItemOfArticle(line) && line.Final == LineClass.Good);

    private static bool IsParagraph(CaptureLine line) => line.Final == LineClass.Good && line.Initial != LineClass.Short;

    /// <summary>Agencies of datelines anywhere in the capture: a dateline opens the story even where a short or odd lead paragraph was not kept.</summary>
    private static List<string> WithDatelineCredits(List<string> credits, List<CaptureLine> lines)
    {
        var all = new List<string>(credits);
        foreach (var credit in lines.SelectMany(l => CreditFinder.DatelineCredits(l.Text)))
            if (!all.Contains(credit, StringComparer.OrdinalIgnoreCase)) all.Add(credit);
        return all;
    }

    /// <summary>The lines from the article's first to its last, plus the few after it where a credit line may stand.</summary>
    private static List<int> SpanWithTrailingLines(int first, int last, int lineCount) =>
        Enumerable.Range(first, Math.Min(lineCount - 1, last + CreditLookAhead) - first + 1).ToList();

    /// <summary>
    /// The article lines of the span without credit lines, up to the first credit line that follows body
    /// text: what comes after it is the publisher's footer, however well written.
    /// </summary>
    private static List<int> BodyLines(List<int> span, HashSet<int> articleLines, CreditScan credits)
    {
        var body = new List<int>();
        for (int k = 0; k < span.Count; k++)
        {
            if (credits.CreditLines.Contains(k))
            {
                if (body.Count > 0) break;
                continue;
            }
            if (articleLines.Contains(span[k])) body.Add(span[k]);
        }
        return body;
    }

    /// <summary>The capture's non-empty lines, trimmed, noting which follow a blank line.</summary>
    public static List<CaptureLine> ReadLines(string text)
    {
        var lines = new List<CaptureLine>();
        bool afterBlank = true;
        foreach (var raw in text.Split('\n'))
        {
            var trimmed = raw.Trim();
            if (trimmed.Length == 0) { afterBlank = true; continue; }
            lines.Add(new CaptureLine(lines.Count, trimmed, afterBlank));
            afterBlank = false;
        }
        return lines;
    }
}
