namespace Newsgraph.Extraction.Text;

/// <summary>
/// Where the article ends: the run of lines whose summed score (article lines positive, chrome negative)
/// is largest, found with Kadane's maximum-subarray scan. Article lines earn by their length and a little
/// less the further down the page they stand, since what follows an article (author notes, comment
/// threads, newsletter and cookie prompts) is prose too, and pages put the article first.
/// </summary>
public static class ArticleRegion
{
    // How much less a paragraph at the very end of the page earns than one at the top.
    private const double PositionDecay = 0.3;

    /// <summary>First and last index (inclusive) of the best run, or null when no line scores above zero.</summary>
    public static (int First, int Last)? Find(IReadOnlyList<CaptureLine> lines)
    {
        double best = 0, running = 0;
        int start = 0;
        (int, int)? region = null;
        for (int i = 0; i < lines.Count; i++)
        {
            if (running <= 0) { running = 0; start = i; }
            running += Score(lines[i], lines.Count);
            if (running > best) { best = running; region = (start, i); }
        }
        return region;
    }

    /// <summary>Paragraphs earn 1 to 8.5 by length (one long paragraph outweighs a few menu items); chrome costs 1.</summary>
    public static double Score(CaptureLine line, int lineCount)
    {
        // A short line earns nothing even where its neighbours make it article text: a list of links
        // between the article and a stray paragraph must not join them.
        if (line.Final != LineClass.Good || line.Initial == LineClass.Short) return -1;
        double position = lineCount > 1 ? (double)line.Index / (lineCount - 1) : 0;
        return (1 + Math.Min(line.Units, 150) / 20) * (1 - PositionDecay * position);
    }
}
