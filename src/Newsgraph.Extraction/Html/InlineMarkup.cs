namespace Newsgraph.Extraction.Html;

/// <summary>Markdown syntax for inline elements of the body: links, strong and emphasised text, code.</summary>
internal static class InlineMarkup
{
    /// <summary>
    /// The opening and closing syntax for an inline element, or null when it has none or holds
    /// blocks (syntax cannot span paragraphs).
    /// </summary>
    public static (string Open, string Close)? For(ContentNode node, Uri? baseUrl, bool inPreformatted)
    {
        if (inPreformatted || node.IsBlock || node.OwnTextLength != node.TextLength || node.TextLength == 0) return null;
        return node.Tag switch
        {
            "a" => LinkTarget(node, baseUrl) is { } target ? ("[", "](" + target + ")") : null,
            "strong" or "b" => ("**", "**"),
            "em" or "i" => ("*", "*"),
            "code" or "kbd" or "samp" => ("`", "`"),
            _ => null,
        };
    }

    private static string? LinkTarget(ContentNode node, Uri? baseUrl)
    {
        var href = node.Element?.GetAttribute("href")?.Trim();
        if (string.IsNullOrEmpty(href) || href[0] == '#' || href.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)) return null;
        var resolved = PageAddress.Resolve(baseUrl, href);
        // Parentheses and spaces would end the Markdown link early.
        return resolved.Replace(" ", "%20", StringComparison.Ordinal).Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal);
    }

    /// <summary>Characters that Markdown would read as syntax inside running text.</summary>
    public static bool NeedsEscape(char c) => c is '\\' or '`' or '*' or '_' or '[' or ']';
}
