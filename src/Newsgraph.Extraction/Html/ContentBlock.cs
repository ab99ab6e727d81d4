using System.Text;

namespace Newsgraph.Extraction.Html;

/// <summary>What a block of the article body is, for the Markdown rendering and the clean-up rules.</summary>
internal enum BlockKind { Paragraph, Heading, ListItem, Code }

/// <summary>
/// One block of the article body: its plain text (what <c>text</c> output and the analysis read) and
/// the same block as Markdown, keeping heading level, list marker, quote nesting, links and emphasis.
/// </summary>
internal sealed record ContentBlock(BlockKind Kind, string Text, string Markdown)
{
    /// <summary>The plain text body: one paragraph per block, separated by a blank line.</summary>
    public static string JoinText(IEnumerable<ContentBlock> blocks) => string.Join("\n\n", blocks.Select(b => b.Text));

    /// <summary>The Markdown body: items of one list on consecutive lines, other blocks a blank line apart.</summary>
    public static string JoinMarkdown(IReadOnlyList<ContentBlock> blocks)
    {
        var markdown = new StringBuilder();
        for (int i = 0; i < blocks.Count; i++)
        {
            if (i > 0) markdown.Append(blocks[i].Kind == BlockKind.ListItem && blocks[i - 1].Kind == BlockKind.ListItem ? "\n" : "\n\n");
            markdown.Append(blocks[i].Markdown);
        }
        return markdown.ToString();
    }
}
