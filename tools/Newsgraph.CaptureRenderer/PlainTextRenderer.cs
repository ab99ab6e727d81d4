using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Newsgraph.CaptureRenderer;

/// <summary>
/// Renders an HTML page to the text a reader sees, the way a browser's "save as text" or a Common Crawl
/// WET record gives it: visible text only, each block on its own line (paragraphs set off by a blank
/// line, as <c>innerText</c> does), list items behind a bullet, table cells split by tabs, and an
/// image's alt text where the browser would show it.
/// </summary>
public static class PlainTextRenderer
{
    // Never rendered: code, metadata, embedded objects and form widgets whose text is not shown.
    private static readonly HashSet<string> Invisible = new(StringComparer.OrdinalIgnoreCase)
    {
        "head", "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
        "canvas", "video", "audio", "map", "select", "datalist", "textarea", "input", "link", "meta", "title",
        // Ruby annotations (readings over CJK text) sit above the line, not in it.
        "rt", "rp",
    };

    // Rendered as blocks (display: block, list-item, table…): each starts and ends a line.
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "dir", "div",
        "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
        "header", "hgroup", "hr", "html", "legend", "li", "listing", "main", "menu", "nav", "ol", "pre",
        "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "caption", "ul", "xmp", "plaintext",
        "noframes", "frameset", "optgroup",
    };

    // innerText sets these off by a blank line rather than a single line break.
    private static readonly HashSet<string> Paragraphs = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
    };

    /// <summary>The visible text of <paramref name="html"/>, lines separated by "\n".</summary>
    public static string Render(string html)
    {
        // Parsed as a browser with scripting on does: <noscript> content is then raw text, not markup
        // that could swallow the rest of the page.
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = true });
        using var document = parser.ParseDocument(html);
        var output = new TextSink();
        if (document.Body is { } body) Walk(body, output, preformatted: false);
        return output.ToString();
    }

    private static void Walk(INode node, TextSink output, bool preformatted)
    {
        switch (node)
        {
            case IText text:
                output.Text(text.Data, preformatted);
                break;
            case IElement element when !IsHidden(element):
                RenderElement(element, output, preformatted);
                break;
        }
    }

    private static void RenderElement(IElement element, TextSink output, bool preformatted)
    {
        var name = element.LocalName;
        switch (name)
        {
            case "br":
                output.LineBreak();
                return;
            case "img":
                RenderImage(element, output);
                return;
            case "td" or "th":
                RenderChildren(element, output, preformatted);
                if (element.NextElementSibling is not null) output.Tab();
                return;
        }

        int breaks = Paragraphs.Contains(name) ? 2 : Blocks.Contains(name) ? 1 : 0;
        if (breaks > 0) output.RequireBreaks(breaks);
        if (name == "li") output.Text(ListMarker(element), preformatted: true);
        RenderChildren(element, output, preformatted || name is "pre" or "textarea" or "listing" or "xmp");
        if (breaks > 0) output.RequireBreaks(breaks);
    }

    private static void RenderChildren(IElement element, TextSink output, bool preformatted)
    {
        foreach (var child in element.ChildNodes) Walk(child, output, preformatted);
    }

    /// <summary>A browser shows the alt text in place of an image it does not draw; a WET record keeps it.</summary>
    private static void RenderImage(IElement image, TextSink output)
    {
        var alt = image.GetAttribute("alt")?.Trim();
        if (string.IsNullOrEmpty(alt)) return;
        output.Text(" " + alt + " ", preformatted: false);
    }

    /// <summary>"• " for unordered lists, "N. " for ordered ones, as browsers draw list markers.</summary>
    private static string ListMarker(IElement item)
    {
        if (item.ParentElement?.LocalName != "ol") return "• ";
        int number = 1;
        for (var sibling = item.PreviousElementSibling; sibling is not null; sibling = sibling.PreviousElementSibling)
            if (sibling.LocalName == "li") number++;
        return $"{number}. ";
    }

    private static bool IsHidden(IElement element)
    {
        if (Invisible.Contains(element.LocalName) || element.HasAttribute("hidden")) return true;
        if (element.LocalName == "input") return true;
        var style = element.GetAttribute("style");
        if (style is null) return false;
        var compact = style.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
        return compact.Contains("display:none", StringComparison.Ordinal) || compact.Contains("visibility:hidden", StringComparison.Ordinal);
    }

    /// <summary>
    /// Collects text with innerText's rules: white space collapses to one space, and line breaks that
    /// blocks require merge (the largest wins) and never start or end the output.
    /// </summary>
    private sealed class TextSink
    {
        private readonly StringBuilder _text = new();
        private int _pendingBreaks;
        private bool _pendingSpace;

        public void RequireBreaks(int count) => _pendingBreaks = Math.Max(_pendingBreaks, count);

        public void LineBreak()
        {
            FlushBreaks();
            _text.Append('\n');
            _pendingSpace = false;
        }

        public void Tab()
        {
            _pendingSpace = false;
            if (_text.Length > 0 && _pendingBreaks == 0) _text.Append('\t');
        }

        public void Text(string data, bool preformatted)
        {
            if (preformatted)
            {
                if (data.Length == 0) return;
                FlushPending();
                _text.Append(data.Replace("\r\n", "\n", StringComparison.Ordinal));
                return;
            }
            foreach (char c in data)
            {
                // Plain text has no non-breaking space: it saves as a space. Soft hyphens and zero-width
                // spaces show nothing unless a line wraps there.
                if (c is '\u00AD' or '\u200B') continue;
                if (char.IsWhiteSpace(c)) { _pendingSpace = true; continue; }
                FlushPending();
                _text.Append(c);
            }
        }

        private void FlushPending()
        {
            if (_pendingBreaks > 0) FlushBreaks();
            else if (_pendingSpace && _text.Length > 0 && !EndsWithLineOrTab()) _text.Append(' ');
            _pendingSpace = false;
        }

        private void FlushBreaks()
        {
            if (_pendingBreaks == 0) return;
            if (_text.Length > 0)
            {
                TrimTrailingSpaces();
                int existing = TrailingNewlines();
                for (int i = existing; i < _pendingBreaks; i++) _text.Append('\n');
            }
            _pendingBreaks = 0;
            _pendingSpace = false;
        }

        private bool EndsWithLineOrTab() => _text[^1] is '\n' or '\t';

        private void TrimTrailingSpaces()
        {
            while (_text.Length > 0 && _text[^1] == ' ') _text.Length--;
        }

        private int TrailingNewlines()
        {
            int n = 0;
            while (n < _text.Length && _text[_text.Length - 1 - n] == '\n') n++;
            return n;
        }

        public override string ToString()
        {
            TrimTrailingSpaces();
            var lines = _text.ToString().Split('\n').Select(l => l.Trim(' ', '\t'));
            return string.Join("\n", lines).Trim('\n') + "\n";
        }
    }
}
