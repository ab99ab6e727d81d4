using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Newsgraph.Extraction.Html;

/// <summary>
/// Parses HTML into a DOM safely: AngleSharp's tree builder checks element scopes by walking the stack
/// of open elements, which is quadratic on pathologically deep nesting, so tags nested beyond
/// <see cref="MaxDepth"/> are removed before parsing (their text stays). Browsers cap depth likewise.
/// </summary>
public static class HtmlLoader
{
    /// <summary>Deeper nesting than this never occurs in real article markup.</summary>
    public const int MaxDepth = 512;

    private static readonly HtmlParserOptions Options = new()
    {
        // As a browser with scripts on: <noscript> is then raw text, so a tag left open inside it
        // (a common template slip) cannot swallow the rest of the page.
        IsScripting = true,
        SkipComments = true,
        SkipProcessingInstructions = true,
        SkipCDATA = true,
        DisableElementPositionTracking = true,
    };

    /// <summary>
    /// Markup beyond this many characters (after dropping script and style bodies) is not parsed: no
    /// article is that long, and parsing time grows with size.
    /// </summary>
    public const int MaxParsedLength = 2_000_000;

    /// <summary>The document, never throwing on malformed input.</summary>
    public static IHtmlDocument Parse(string html)
    {
        var parser = new HtmlParser(Options);
        return parser.ParseDocument(DepthLimiter.Flatten(SizeLimiter.Shrink(html, MaxParsedLength), MaxDepth));
    }
}
