namespace Newsgraph.Extraction.Html;

/// <summary>
/// Pages rendered by script often carry the article only in JSON-LD's articleBody. When the markup
/// gave clearly less, that stated body (plain text or HTML) is used instead.
/// </summary>
internal static class StatedBodyText
{
    private const int ShortExtraction = 1000;

    public static string Prefer(string extracted, string? stated)
    {
        if (stated is null || extracted.Length >= ShortExtraction || stated.Length < extracted.Length * 2) return extracted;
        var text = stated.Contains('<') ? FromHtml(stated) : FromPlainText(stated);
        return text.Length > extracted.Length ? text : extracted;
    }

    private static string FromHtml(string html)
    {
        using var dom = HtmlLoader.Parse("<html><body>" + html + "</body></html>");
        return dom.Body is null ? "" : ContentBlock.JoinText(MainContentExtractor.Extract(dom.Body, null, null).Blocks);
    }

    /// <summary>Line breaks in the stated text separate paragraphs; other white space collapses.</summary>
    private static string FromPlainText(string text)
    {
        var paragraphs = new List<string>();
        foreach (var line in text.Replace("\r", "", StringComparison.Ordinal).Split('\n'))
        {
            var collapsed = string.Join(' ', line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (collapsed.Length > 0) paragraphs.Add(collapsed);
        }
        return string.Join("\n\n", paragraphs);
    }
}
