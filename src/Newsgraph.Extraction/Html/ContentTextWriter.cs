using System.Text;
using AngleSharp.Dom;

namespace Newsgraph.Extraction.Html;

/// <summary>The written article body: its blocks, and the image elements met inside it, in page order.</summary>
internal sealed record WrittenContent(List<ContentBlock> Blocks, List<IElement> Media)
{
    public int TextLength => Blocks.Sum(b => b.Text.Length);
}

/// <summary>
/// Writes the selected blocks as clean text: one paragraph per block, white space collapsed; blocks
/// inside the article that look like chrome (link lists, image galleries, blocks named as
/// share/related/etc. with little text of their own) are left out. Each block is also written as
/// Markdown (headings, lists, quotes, code, links, emphasis), and figures and images met on the way
/// are collected for the article's image list.
/// </summary>
internal sealed class ContentTextWriter(Uri? baseUrl)
{
    private readonly List<ContentBlock> _blocks = [];
    private readonly List<IElement> _media = [];
    private readonly BlockContext _context = new();
    private readonly StringBuilder _current = new();
    private readonly StringBuilder _markdown = new();

    /// <summary>Opening Markdown syntax written only once visible text follows it (no empty links).</summary>
    private readonly StringBuilder _pendingOpen = new();

    /// <summary>Blocks flushed so far: inline syntax never spans two blocks.</summary>
    private int _flushes;
    private bool _pendingSpace;
    private bool _pendingBreak;
    private bool _lastWasBreak;

    private sealed record BlockEnd(ContentNode Node);

    private sealed record InlineEnd(string Close, int PendingOpenLength, int Flushes, bool IsCode);

    /// <summary>Open code spans: their text is literal in Markdown, never escaped.</summary>
    private int _codeSpans;

    public static WrittenContent Write(IEnumerable<ContentNode> selection, Uri? baseUrl)
    {
        var writer = new ContentTextWriter(baseUrl);
        foreach (var node in selection) writer.WriteTree(node);
        writer.Flush();
        return new WrittenContent(ParagraphFilter.Apply(writer._blocks), writer._media);
    }

    private void WriteTree(ContentNode top)
    {
        var stack = new Stack<object>();
        stack.Push(top);
        while (stack.Count > 0)
        {
            var item = stack.Pop();
            switch (item)
            {
                case string text: AppendText(text); continue;
                case BlockEnd end: Flush(); _context.Leave(end.Node); continue;
                case InlineEnd end: CloseInline(end); continue;
            }
            var node = (ContentNode)item;
            if (node.Excluded) continue;
            if (node.IsMedia) { if (node.Element is not null) _media.Add(node.Element); continue; }
            if (node != top && !HoldsMostOf(node, top) && IsChrome(node)) continue;
            if (node.Tag == "br") { LineBreak(); continue; }
            if (node.Tag is "td" or "th") AppendText(" ");
            if (node.IsBlock && node.Tag is not ("td" or "th"))
            {
                Flush();
                _context.Enter(node);
                stack.Push(new BlockEnd(node));
            }
            else if (InlineMarkup.For(node, baseUrl, _context.InPreformatted) is var (open, close))
            {
                bool code = open == "`";
                stack.Push(new InlineEnd(close, _pendingOpen.Length, _flushes, code));
                if (code) _codeSpans++;
                _pendingOpen.Append(open);
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

    private const int MaxCaptionLength = 400;

    /// <summary>Readability-style conditional cleaning, on the statistics gathered beforehand.</summary>
    private static bool IsChrome(ContentNode node)
    {
        if (node.TextLength == 0) return node.Tag != "br";
        // Asides in the selection are pull quotes, fact boxes and related links, not running text.
        if (node.Tag == "aside") return true;
        if (node.IsArticleBodyMarker) return false;
        // Captions set beside an image outside a figure element.
        if (node.NamedAsCaption && node.TextLength < MaxCaptionLength) return true;
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
        bool raw = _context.InPreformatted;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                _pendingSpace = _current.Length > 0;
                // Preformatted text keeps its own line breaks and indentation in Markdown.
                if (raw && _current.Length > 0) _markdown.Append(c == '\r' ? '\n' : c);
                continue;
            }
            if (IsInvisible(c)) continue;
            bool breakLine = _pendingBreak && _current.Length > 0;
            if (breakLine) _current.Append('\n');
            else if (_pendingSpace) _current.Append(' ');
            if (!raw && (breakLine || _pendingSpace)) _markdown.Append(breakLine ? '\n' : ' ');
            _pendingBreak = _pendingSpace = _lastWasBreak = false;
            _current.Append(c);
            _markdown.Append(_pendingOpen);
            _pendingOpen.Clear();
            if (!raw && _codeSpans == 0 && InlineMarkup.NeedsEscape(c)) _markdown.Append('\\');
            _markdown.Append(c);
        }
    }

    /// <summary>Closes inline syntax whose text was written; drops it when nothing was.</summary>
    private void CloseInline(InlineEnd end)
    {
        if (end.IsCode) _codeSpans--;
        if (end.Flushes != _flushes) return;
        if (_pendingOpen.Length > end.PendingOpenLength) { _pendingOpen.Length = end.PendingOpenLength; return; }
        _markdown.Append(end.Close);
    }

    /// <summary>
    /// Zero-width marks only guide line breaking; they are not text. (Soft hyphens stay: the reference
    /// extractions keep them, and removing them would change the words' spelling against those.)
    /// </summary>
    private static bool IsInvisible(char c) => c is '\u200B' or '\u2060' or '\uFEFF';

    private void LineBreak()
    {
        if (_context.InPreformatted) _markdown.Append('\n');
        if (_lastWasBreak) { Flush(); return; }
        _pendingBreak = _current.Length > 0;
        _lastWasBreak = true;
    }

    private void Flush()
    {
        if (_current.Length > 0)
            _blocks.Add(new ContentBlock(_context.Kind, _current.ToString(), _context.Decorate(_markdown.ToString())));
        _current.Clear();
        _markdown.Clear();
        _pendingOpen.Clear();
        _flushes++;
        _pendingSpace = _pendingBreak = _lastWasBreak = false;
    }
}
