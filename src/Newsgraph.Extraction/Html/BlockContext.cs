namespace Newsgraph.Extraction.Html;

/// <summary>
/// Where the content walk stands in the block structure (heading level, quote nesting, lists and
/// their counters, preformatted text), and how a finished block is decorated as Markdown from it.
/// </summary>
internal sealed class BlockContext
{
    private sealed class ListState(bool ordered)
    {
        public bool Ordered { get; } = ordered;
        public int Count { get; set; }
    }

    private readonly Stack<ListState> _lists = new();
    private int _headingLevel;
    private int _quoteDepth;
    private int _preDepth;
    private int _itemDepth;

    /// <summary>The marker of a list item whose first block is not written yet ("- ", "3. ").</summary>
    private string? _pendingMarker;

    public bool InPreformatted => _preDepth > 0;

    public BlockKind Kind =>
        _preDepth > 0 ? BlockKind.Code
        : _headingLevel > 0 ? BlockKind.Heading
        : _itemDepth > 0 ? BlockKind.ListItem
        : BlockKind.Paragraph;

    public void Enter(ContentNode node)
    {
        switch (node.Tag)
        {
            case "blockquote": _quoteDepth++; break;
            case "pre": _preDepth++; break;
            case "ul" or "ol": _lists.Push(new ListState(node.Tag == "ol")); break;
            case "li": EnterItem(); break;
            default: if (node.IsHeading) _headingLevel = node.Tag[1] - '0'; break;
        }
    }

    public void Leave(ContentNode node)
    {
        switch (node.Tag)
        {
            case "blockquote": _quoteDepth--; break;
            case "pre": _preDepth--; break;
            case "ul" or "ol": if (_lists.Count > 0) _lists.Pop(); break;
            case "li": _itemDepth--; _pendingMarker = null; break;
            default: if (node.IsHeading) _headingLevel = 0; break;
        }
    }

    private void EnterItem()
    {
        _itemDepth++;
        if (_lists.Count == 0) { _pendingMarker = "- "; return; }
        var list = _lists.Peek();
        list.Count++;
        _pendingMarker = list.Ordered ? $"{list.Count}. " : "- ";
    }

    /// <summary>The block's inline Markdown with its heading, list, code and quote syntax.</summary>
    public string Decorate(string inline)
    {
        var kind = Kind;
        var lines = kind switch
        {
            BlockKind.Code => ["```", .. inline.Trim('\n').Split('\n'), "```"],
            BlockKind.Heading => [new string('#', _headingLevel) + " " + inline.Replace('\n', ' ')],
            _ => inline.Split('\n'),
        };
        if (kind == BlockKind.ListItem) Indent(lines);
        if (_quoteDepth > 0)
        {
            var quote = string.Concat(Enumerable.Repeat("> ", _quoteDepth));
            for (int i = 0; i < lines.Length; i++) lines[i] = quote + lines[i];
        }
        // Two trailing spaces keep a line break inside a paragraph (a <br> in the page).
        return string.Join(kind == BlockKind.Code ? "\n" : "  \n", lines);
    }

    /// <summary>The item's first block carries its marker; later lines and blocks align under it.</summary>
    private void Indent(string[] lines)
    {
        var indent = new string(' ', 2 * Math.Max(0, _lists.Count - 1));
        var first = _pendingMarker is null ? indent + "  " : indent + _pendingMarker;
        _pendingMarker = null;
        for (int i = 0; i < lines.Length; i++) lines[i] = (i == 0 ? first : indent + "  ") + lines[i];
    }
}
