using System.Text;

namespace Newsgraph.Extraction.Html;

/// <summary>
/// Brings oversized markup under a size limit in one forward pass: script and style bodies (often
/// most of a large page) are dropped, and the rest is cut at the last tag boundary before the limit.
/// </summary>
internal static class SizeLimiter
{
    public static string Shrink(string html, int maxLength)
    {
        if (html.Length <= maxLength) return html;
        var output = new StringBuilder(maxLength + 1024);
        int copied = 0, at = 0, script = -2, style = -2;
        while (output.Length < maxLength)
        {
            // Each next position is searched again only once passed, so the scan stays linear.
            if (script != -1 && script < at) script = html.IndexOf("<script", at, StringComparison.OrdinalIgnoreCase);
            if (style != -1 && style < at) style = html.IndexOf("<style", at, StringComparison.OrdinalIgnoreCase);
            if (script < 0 && style < 0) break;
            bool scriptFirst = style < 0 || (script >= 0 && script < style);
            var tag = scriptFirst ? "script" : "style";
            at = scriptFirst ? script : style;
            int open = html.IndexOf('>', at);
            int close = open < 0 ? -1 : html.IndexOf("</" + tag, open, StringComparison.OrdinalIgnoreCase);
            if (close < 0) break;
            output.Append(html, copied, Math.Min(open + 1 - copied, maxLength + 1 - output.Length));
            copied = close;
            at = close + 1;
        }
        if (output.Length < maxLength) output.Append(html, copied, Math.Min(html.Length - copied, maxLength - output.Length));
        var shrunk = output.ToString();
        if (shrunk.Length < maxLength) return shrunk;
        int cut = shrunk.LastIndexOf('<');
        return cut > 0 ? shrunk[..cut] : shrunk;
    }
}
