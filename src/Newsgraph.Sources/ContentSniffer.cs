using System.Text.RegularExpressions;

namespace Newsgraph.Sources;

/// <summary>
/// Tells HTML from plain text by content, since files are often misnamed (captures saved as .html, pages
/// saved as .txt). Also rejects content that is not text at all.
/// </summary>
public static partial class ContentSniffer
{
    public static PageKind Sniff(string content)
    {
        var head = content.AsSpan(0, Math.Min(content.Length, 4096)).TrimStart();
        if (head.StartsWith("\uFEFF")) head = head[1..].TrimStart();
        if (HtmlStart().IsMatch(head.ToString())) return PageKind.Html;
        // Fragments and broken pages: judge by how much of the text is markup.
        int tags = CommonTag().Count(content.AsSpan(0, Math.Min(content.Length, 200_000)));
        int lines = Math.Max(1, content.AsSpan(0, Math.Min(content.Length, 200_000)).Count('\n'));
        return tags >= 5 && tags * 4 >= lines ? PageKind.Html : PageKind.PlainText;
    }

    /// <summary>True when the text is mostly control characters or replacement characters: binary data.</summary>
    public static bool LooksBinary(string content)
    {
        int sample = Math.Min(content.Length, 65536), bad = 0;
        for (int i = 0; i < sample; i++)
        {
            char c = content[i];
            if ((c < ' ' && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == '\uFFFD') bad++;
        }
        return sample > 0 && bad * 20 > sample; // over 5%
    }

    [GeneratedRegex(@"^(<!--.*?-->\s*)*(<!doctype\s+html|<html[\s>]|<\?xml[^>]*>\s*(<!doctype\s+html|<html)|<head[\s>]|<body[\s>]|<meta\s|<title>)", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex HtmlStart();

    [GeneratedRegex(@"</?(html|head|body|div|p|span|a|meta|script|article|section|br|table|td|tr|li|ul|h[1-6]|img|link|style|header|footer|nav)(\s[^<>]*)?/?>", RegexOptions.IgnoreCase)]
    private static partial Regex CommonTag();
}
