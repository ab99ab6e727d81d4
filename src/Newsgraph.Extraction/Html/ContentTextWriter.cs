using System.Text;

namespace Newsgraph.Extraction.Html;

/// <summary>
/// Writes the selected blocks as clean text: one paragraph per block, paragraphs separated by one
/// blank line, white space collapsed; blocks inside the article that look like chrome (link lists,
/// image galleries, blocks named as share/related/etc. with little text of their own) are left out.
/// </summary>
internal sealed class ContentTextWriter
{
    private readonly List<string> _paragraphs = [];
    private readonly List<bool> _isHeading = [];
    private bool _inHeading;
    private readonly StringBuilder _current = new();
    private bool _pendingSpace;
    private bool _pendingBreak;
    private bool _lastWasBreak;

    // Marks the end of a block on the traversal stack.
    private static readonly object EndOfBlock = new();

    public static List<string> Write(IEnumerable<ContentNode> selection)
    {
        var writer = new ContentTextWriter();
        foreach (var node in selection) writer.WriteTree(node);
        writer.Flush();
        return ParagraphFilter.Apply(writer._paragraphs, writer._isHeading);
    }

    private void WriteTree(ContentNode top)
    {
        var stack = new Stack<object>();
        stack.Push(top);
        while (stack.Count > 0)
        {
            var item = stack.Pop();
            if (ReferenceEquals(item, EndOfBlock)) { Flush(); _inHeading = false; continue; }
            if (item is string text) { AppendText(text); continue; }
            var node = (ContentNode)item;
            if (node.Excluded || (node != top && !HoldsMostOf(node, top) && IsChrome(node))) continue;
            if (node.Tag == "br") { LineBreak(); continue; }
            if (node.Tag is "td" or "th") AppendText(" ");
            if (node.IsBlock && node.Tag is not ("td" or "th"))
            {
                Flush();
                _inHeading |= node.IsHeading;
                stack.Push(EndOfBlock);
            }
            for (int i = node.Items.Count - 1; i >= 0; i--) stack.Push(node.Items[i]);
        }
    }

    /// <summary>
    /// A wrapper holding most of the selected text is the article's own container, whatever its
    /// class or link density says (article bodies nested in a "social" or link-heavy wrapper).
    /// </summary>
    private static bool HoldsMostOf(ContentNode node, ContentNode top) =>
        node.IsBlock && node.TextLength * 2 > top.TextLength;

    /// <summary>Readability-style conditional cleaning, on the statistics gathered beforehand.</summary>
    private static bool IsChrome(ContentNode node)
    {
        if (node.TextLength == 0) return node.Tag != "br";
        // Asides in the selection are pull quotes, fact boxes and related links, not running text.
        if (node.Tag == "aside") return true;
        if (node.IsArticleBodyMarker) return false;
        int weight = node.ClassWeight;
        double linkDensity = node.LinkDensity;
        if (node.IsHeading || node.Tag is "p" or "li" or "dt" or "dd" or "blockquote" or "pre")
            return node.TextLength < 200 ? linkDensity > 0.4 : linkDensity > 0.8;
        if (!node.IsBlock) return false;
        if (weight < 0 && weight + node.Score < 0 && node.Commas < 10) return true;
        if (node.Tag is "tr" or "td" or "th" or "tbody" or "thead") return false;
        if (node.Commas >= 10) return linkDensity > 0.5;
        if (weight < 25 ? linkDensity > 0.25 : linkDensity > 0.5) return true;
        if (node.Images > 1 && node.Paragraphs * 2 < node.Images) return true;
        return false;
    }

    private void AppendText(string text)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) { _pendingSpace = _current.Length > 0; continue; }
            if (IsInvisible(c)) continue;
            if (_pendingBreak && _current.Length > 0) { _current.Append('\n'); _pendingSpace = false; }
            else if (_pendingSpace) _current.Append(' ');
            _pendingBreak = _pendingSpace = _lastWasBreak = false;
            _current.Append(c);
        }
    }

    /// <summary>
    /// Zero-width marks only guide line breaking; they are not text. (Soft hyphens stay: the reference
    /// extractions keep them, and removing them would change the words' spelling against those.)
    /// </summary>
    private static bool IsInvisible(char c) => c is '\u200B' or '\u2060' or '\uFEFF';

    private void LineBreak()
    {
        if (_lastWasBreak) { Flush(); return; }
        _pendingBreak = _current.Length > 0;
        _lastWasBreak = true;
    }

    private void Flush()
    {
        if (_current.Length > 0)
        {
            _paragraphs.Add(_current.ToString());
            _isHeading.Add(_inHeading);
        }
        _current.Clear();
        _pendingSpace = _pendingBreak = _lastWasBreak = false;
    }
}
