using System.Text;

namespace Newsgraph.Extraction.Html;

/// <summary>
/// A single forward scan over raw markup that drops start and end tags nested deeper than a limit.
/// Elements that the HTML parser closes implicitly or that never hold children (p, li, td, br, img…)
/// are not counted, so ordinary pages with unclosed paragraphs are left untouched.
/// </summary>
internal static class DepthLimiter
{
    private static readonly HashSet<string> Uncounted = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "li", "dt", "dd", "tr", "td", "th", "tbody", "thead", "tfoot", "option", "optgroup",
        "rp", "rt", "colgroup", "caption",
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
        "track", "wbr", "html", "head", "body", "!doctype",
        // Raw-text elements: their content is skipped below, their depth does not matter.
        "script", "style", "textarea", "title", "xmp", "noscript", "iframe", "noembed", "noframes", "plaintext",
    };

    public static string Flatten(string html, int maxDepth)
    {
        // Cheap pre-check: a page with fewer tags than the limit cannot exceed it.
        if (CountChar(html, '<') <= maxDepth) return html;
        StringBuilder? output = null;
        int depth = 0, excess = 0, copiedUpTo = 0, i = 0;
        while (i < html.Length)
        {
            int lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= html.Length) break;
            int gt = html.IndexOf('>', lt + 1);
            if (gt < 0) break;
            bool closing = html[lt + 1] == '/';
            int nameStart = lt + (closing ? 2 : 1);
            int nameEnd = nameStart;
            while (nameEnd < gt && (char.IsLetterOrDigit(html[nameEnd]) || html[nameEnd] is '-' or '!' or ':')) nameEnd++;
            if (nameEnd == nameStart) { i = lt + 1; continue; }
            var name = html.AsSpan(nameStart, nameEnd - nameStart);
            if (IsRawText(name) && !closing)
            {
                i = SkipRawText(html, gt + 1, name);
                continue;
            }
            bool selfClosing = html[gt - 1] == '/';
            bool counted = !selfClosing && !Uncounted.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name);
            bool drop = false;
            if (counted && !closing)
            {
                if (depth >= maxDepth) { excess++; drop = true; }
                else depth++;
            }
            else if (counted && closing)
            {
                if (excess > 0) { excess--; drop = true; }
                else if (depth > 0) depth--;
            }
            if (drop)
            {
                output ??= new StringBuilder(html.Length);
                output.Append(html, copiedUpTo, lt - copiedUpTo);
                copiedUpTo = gt + 1;
            }
            i = gt + 1;
        }
        if (output is null) return html;
        output.Append(html, copiedUpTo, html.Length - copiedUpTo);
        return output.ToString();
    }

    private static bool IsRawText(ReadOnlySpan<char> name) =>
        name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase)
        || name.Equals("textarea", StringComparison.OrdinalIgnoreCase) || name.Equals("title", StringComparison.OrdinalIgnoreCase);

    private static int SkipRawText(string html, int from, ReadOnlySpan<char> name)
    {
        var end = html.IndexOf("</" + name.ToString(), from, StringComparison.OrdinalIgnoreCase);
        return end < 0 ? html.Length : end;
    }

    private static int CountChar(string text, char c)
    {
        int n = 0;
        foreach (var ch in text.AsSpan()) if (ch == c) n++;
        return n;
    }
}
