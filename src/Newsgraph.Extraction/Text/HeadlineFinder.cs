namespace Newsgraph.Extraction.Text;

/// <summary>
/// Finds the article's title in a capture: the headline-shaped line (short, no closing full stop, not a
/// link, list item or date stamp) that opens the article region or, the longest of them, stands just before it.
/// </summary>
public static class HeadlineFinder
{
    // How far above the article's first paragraph the headline may stand (bylines, dates, image
    // placeholders and share buttons come between).
    private const int LookBack = 6;
    private const string NonHeadlineEnds = ".。:;,，：、．";

    /// <summary>Index of the title line, or null. A title at <paramref name="first"/> opens the region itself.</summary>
    public static int? Find(IReadOnlyList<CaptureLine> lines, int first, int last)
    {
        if (first < last && IsHeadline(lines[first], lines) && lines[first + 1].Units > lines[first].Units)
            return first;
        // Of the headline-shaped lines just above the text, the longest: labels and prompts ("Share this
        // article", "Posted in …") are shorter than headlines.
        int? best = null;
        for (int i = first - 1; i >= Math.Max(0, first - LookBack); i--)
            if (IsHeadline(lines[i], lines) && lines[i].Units >= 3 && (best is null || lines[i].Units > lines[best.Value].Units)) best = i;
        return best;
    }

    /// <summary>Short, plain and without a closing full stop; the capture's first line may end with one (plain articles print "Title.").</summary>
    public static bool IsHeadline(CaptureLine line, IReadOnlyList<CaptureLine> lines)
    {
        if (line.Units is < 2 or > 30 || line.IsLinkLike || line.IsLegal || line.IsListItem || line.IsRepeated) return false;
        if (line.DigitShare > 0.3 || line.Marks > 3) return false;
        bool firstOfPlainText = line.Index == 0 && lines.Count > 1 && lines[1].AfterBlank;
        return firstOfPlainText || !NonHeadlineEnds.Contains(TextMeasure.FinalMark(line.Text));
    }
}
