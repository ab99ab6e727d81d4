using System.Text.RegularExpressions;
using Newsgraph.Extraction.Text;

namespace Newsgraph.Extraction.Html;

/// <summary>
/// Last clean-up of the written paragraphs: headings and "label:" lines whose section was removed as
/// chrome (a "Related articles" heading over a dropped link list) and lines that are only a date.
/// </summary>
internal static partial class ParagraphFilter
{
    private const int MaxLabelLength = 60;

    /// <summary>Captions of images outside figures end in the photo credit and are short.</summary>
    private const int MaxCaptionLength = 150;

    [GeneratedRegex(@"^[\p{P}\s]*(?:\d{1,4}[./\-\s]+){1,2}\d{1,4}[\p{P}\s]*(?:\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?|uhr|h)?)?[\p{P}\s]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumericDate();

    /// <summary>Lines at the very top that repeat the title or only give a date are not body text.</summary>
    public static List<ContentBlock> WithoutTitleAndDateLines(List<ContentBlock> blocks, string? title)
    {
        var normalizedTitle = title is null ? null : Normalize(title);
        for (int checkedBlocks = 0; blocks.Count > 0 && checkedBlocks < 3; checkedBlocks++)
        {
            var lines = blocks[0].Text.Split('\n');
            int skip = 0;
            while (skip < lines.Length && IsTitleOrDateLine(lines[skip], normalizedTitle)) skip++;
            if (skip == 0) break;
            if (skip == lines.Length) { blocks.RemoveAt(0); continue; }
            // Markdown lines follow the text's lines one for one.
            var markdownLines = blocks[0].Markdown.Split('\n');
            blocks[0] = blocks[0] with
            {
                Text = string.Join('\n', lines[skip..]),
                Markdown = string.Join('\n', markdownLines[Math.Min(skip, markdownLines.Length - 1)..]),
            };
            break;
        }
        return blocks;
    }

    private static bool IsTitleOrDateLine(string line, string? normalizedTitle) =>
        (normalizedTitle is not null && Normalize(line) == normalizedTitle)
        || (line.Length <= 50 && DateText.FindInText(line) is not null);

    private static string Normalize(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    public static List<ContentBlock> Apply(List<ContentBlock> blocks)
    {
        var kept = new List<ContentBlock>(blocks.Count);
        for (int i = 0; i < blocks.Count; i++)
        {
            var p = blocks[i].Text;
            if (p.Length <= 40 && char.IsAsciiDigit(p[^1]) && NumericDate().IsMatch(p)) continue;
            if ((IsShortHeading(blocks[i]) || IsLabel(p)) && !HasBodyAfter(blocks, i)) continue;
            if (p.Length < MaxCaptionLength && ArticleImageReader.EndsWithCredit(p)) continue;
            kept.Add(blocks[i]);
        }
        TrimFragments(kept);
        return kept;
    }

    /// <summary>
    /// Short unpunctuated fragments at the end of the body are tags, image buttons, sign-offs or
    /// rating widgets rather than article text.
    /// </summary>
    private static void TrimFragments(List<ContentBlock> blocks)
    {
        for (int n = 0; n < MaxTrimmed && blocks.Count > 1 && IsFragment(blocks[^1].Text); n++) blocks.RemoveAt(blocks.Count - 1);
        for (int n = 0; n < MaxTrimmed && blocks.Count > 1 && IsSiteNotice(blocks[^1].Text); n++) blocks.RemoveAt(blocks.Count - 1);
        // Kickers and category labels open the selection the same way sign-offs close it.
        for (int n = 0; n < MaxTrimmed && blocks.Count > 1 && blocks[0].Kind != BlockKind.Heading && blocks[0].Text.Length < MaxKickerLength && IsFragment(blocks[0].Text); n++) blocks.RemoveAt(0);
    }

    private const int MaxKickerLength = 30;

    private const int MaxNoticeLength = 300;

    /// <summary>
    /// A short closing line addressed to the reader about the site (subscribe, follow us, share,
    /// comments) or a copyright notice: the template's, not the article's.
    /// </summary>
    private static bool IsSiteNotice(string p) =>
        p.Length < MaxNoticeLength && (LineSignals.IsCallToAction(p) || LineSignals.IsLegalNotice(p));

    private const int MaxTrimmed = 3;
    private const int MaxFragmentLength = 40;

    private static bool IsFragment(string p) =>
        p.Length < MaxFragmentLength && (!char.IsPunctuation(p[^1]) || p[0] is '(' or '-');

    /// <summary>A short line that introduces what follows ("Contact:", "Read also:").</summary>
    private static bool IsLabel(string p) => p.Length <= MaxLabelLength && p[^1] == ':';

    /// <summary>Longer "headings" are paragraphs set in heading markup (standfirsts, bold intros).</summary>
    private const int MaxHeadingLength = 100;

    private static bool IsShortHeading(ContentBlock block) => block.Kind == BlockKind.Heading && block.Text.Length <= MaxHeadingLength;

    /// <summary>
    /// Some text paragraph follows before the next heading or label, or the end. A heading may be
    /// followed by a label that introduces its section ("To do this:" then a list).
    /// </summary>
    private static bool HasBodyAfter(List<ContentBlock> blocks, int index)
    {
        int next = index + 1;
        if (blocks[index].Kind == BlockKind.Heading)
            while (next < blocks.Count && blocks[next].Kind != BlockKind.Heading && IsLabel(blocks[next].Text)) next++;
        return next < blocks.Count && blocks[next].Kind != BlockKind.Heading && !IsLabel(blocks[next].Text);
    }
}
