using AngleSharp.Dom;

namespace Newsgraph.Extraction.Html;

/// <summary>
/// One element of the page's body in the extractor's own compact tree: its text and child elements in
/// document order, plus the statistics the scorer needs, computed once bottom-up.
/// </summary>
internal sealed class ContentNode(string tag, IElement? element, ContentNode? parent, int depth)
{
    public string Tag { get; } = tag;
    public IElement? Element { get; } = element;
    public ContentNode? Parent { get; } = parent;
    public int Depth { get; } = depth;

    /// <summary>Text runs (string) and child nodes (ContentNode) in document order.</summary>
    public List<object> Items { get; } = [];

    public bool IsBlock { get; init; }

    /// <summary>A figure, picture or image: collected for the image list, its caption never body text.</summary>
    public bool IsMedia { get; init; }

    /// <summary>Named as page chrome by its class or id (see <see cref="BoilerplateHints"/>).</summary>
    public bool NamedAsChrome { get; init; }

    /// <summary>Named as comments, a consent prompt, a sidebar etc.: may hold prose, never the article's.</summary>
    public bool NamedAsNonArticle { get; init; }

    /// <summary>Named as an image caption or photo credit.</summary>
    public bool NamedAsCaption { get; init; }

    /// <summary>Left out in the current pass, with everything below it.</summary>
    public bool Excluded { get; set; }

    /// <summary>Text length of the subtree when nothing is excluded: protects big wrappers from removal.</summary>
    public int FullTextLength { get; set; }

    /// <summary><see cref="LongestParagraph"/> when nothing is excluded.</summary>
    public int LongestParagraphFull { get; set; }

    /// <summary><see cref="LinkLength"/> when nothing is excluded.</summary>
    public int LinkLengthFull { get; set; }

    /// <summary><see cref="ProseParagraphs"/> when nothing is excluded.</summary>
    public int ProseParagraphsFull { get; set; }

    /// <summary>Blocks in the subtree whose own text is a long, mostly unlinked paragraph.</summary>
    public int ProseParagraphs { get; set; }

    /// <summary>Longest own text of a block in the subtree.</summary>
    public int LongestParagraph { get; set; }

    /// <summary>Class and id words joined, for the boilerplate vocabulary.</summary>
    public string ClassAndId { get; init; } = "";

    /// <summary>The element carries itemprop=articleBody (or an equivalent schema marker).</summary>
    public bool IsArticleBodyMarker { get; init; }

    /// <summary>Visible characters in the whole subtree (white-space runs count as one).</summary>
    public int TextLength { get; set; }

    /// <summary>Of <see cref="TextLength"/>, the characters inside links.</summary>
    public int LinkLength { get; set; }

    public int Commas { get; set; }

    /// <summary>Text of this element outside its block children: the paragraph it forms itself.</summary>
    public int OwnTextLength { get; set; }
    public int OwnLinkLength { get; set; }
    public int OwnCommas { get; set; }

    /// <summary>Paragraph-like units (own text of 25+ characters) in the subtree.</summary>
    public int Paragraphs { get; set; }
    public int Images { get; set; }
    public int ListItems { get; set; }

    public double Score { get; set; }
    public bool IsCandidate { get; set; }
    public int ClassWeight { get; set; }

    /// <summary>Clears the statistics before a pass with different exclusions.</summary>
    public void ResetStatistics()
    {
        TextLength = LinkLength = Commas = OwnTextLength = OwnLinkLength = OwnCommas = 0;
        Paragraphs = ProseParagraphs = Images = ListItems = LongestParagraph = 0;
        Score = 0;
        IsCandidate = false;
        Excluded = false;
    }

    public double LinkDensity => TextLength == 0 ? 0 : (double)LinkLength / TextLength;
    public double OwnLinkDensity => OwnTextLength == 0 ? 0 : (double)OwnLinkLength / OwnTextLength;

    public IEnumerable<ContentNode> ChildNodes()
    {
        foreach (var item in Items)
            if (item is ContentNode node) yield return node;
    }

    public bool IsHeading => Tag.Length == 2 && Tag[0] == 'h' && Tag[1] is >= '1' and <= '6';
}
