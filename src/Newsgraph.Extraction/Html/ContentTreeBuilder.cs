using AngleSharp.Dom;

namespace Newsgraph.Extraction.Html;

/// <summary>
/// Builds the <see cref="ContentNode"/> tree from the DOM in one iterative pass (no recursion, so any
/// depth is safe), leaving out what is never article text: scripts, forms controls, navigation,
/// hidden elements. Figures and images are kept as leaves (their captions are not body text). Blocks named as page chrome are marked, not removed:
/// whether to leave them out is decided per pass, knowing how much text they hold.
/// </summary>
internal static class ContentTreeBuilder
{
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object", "embed",
        "button", "input", "select", "textarea", "option", "label", "nav", "figcaption",
        "video", "audio", "source", "track", "map", "dialog", "head", "link", "meta", "title",
        "footer", "menu", "fieldset", "legend", "applet", "frame", "frameset", "rt", "rp",
    };

    /// <summary>Kept as leaves, without their content: the image list reads them.</summary>
    private static readonly HashSet<string> Media = new(StringComparer.Ordinal) { "figure", "picture", "img" };

    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dir", "div", "dl",
        "dt", "fieldset", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr",
        "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot",
        "tr", "td", "th", "ul", "caption", "html", "listing", "xmp", "frameset", "noframes", "hr",
    };

    /// <summary>Elements kept even in strict mode whatever their class says.</summary>
    private static readonly HashSet<string> NeverUnlikely = new(StringComparer.Ordinal)
    {
        "body", "html", "article", "main", "a", "table", "tbody", "tr", "td", "th", "p", "li", "pre", "blockquote",
        "code", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
    };

    public static (ContentNode Root, List<ContentNode> All) Build(IElement body, BoilerplateHints hints)
    {
        var root = new ContentNode("body", body, null, 0) { IsBlock = true };
        var all = new List<ContentNode>(1024) { root };
        var stack = new Stack<(INode Node, ContentNode Parent)>();
        PushChildren(stack, body, root);
        while (stack.Count > 0)
        {
            var (node, parent) = stack.Pop();
            if (node is IText text)
            {
                if (text.Data.Length > 0) parent.Items.Add(text.Data);
                continue;
            }
            if (node is not IElement element) continue;
            var tag = element.LocalName;
            if (Skipped.Contains(tag) || IsHidden(element)) continue;
            var classAndId = ClassAndId(element);
            bool articleBody = IsArticleBody(element);
            var child = new ContentNode(tag, element, parent, parent.Depth + 1)
            {
                IsBlock = Blocks.Contains(tag) || tag.Contains('-'),
                IsMedia = Media.Contains(tag),
                ClassAndId = classAndId,
                IsArticleBodyMarker = articleBody,
                NamedAsChrome = !articleBody && (tag is "header" or "aside" || (!NeverUnlikely.Contains(tag) && hints.IsUnlikely(classAndId))),
                ClassWeight = hints.Weight(classAndId),
                NamedAsNonArticle = hints.IsNonArticle(classAndId),
                NamedAsCaption = hints.IsCaption(classAndId),
            };
            if (tag == "img") child.Images = 1;
            parent.Items.Add(child);
            all.Add(child);
            // A figure's caption and credit are read with its image, never as body text.
            if (!child.IsMedia) PushChildren(stack, element, child);
        }
        return (root, all);
    }

    private static void PushChildren(Stack<(INode, ContentNode)> stack, INode node, ContentNode parent)
    {
        var children = node.ChildNodes;
        for (int i = children.Length - 1; i >= 0; i--) stack.Push((children[i], parent));
    }

    private static string ClassAndId(IElement element)
    {
        var cls = element.GetAttribute("class");
        var id = element.Id;
        if (string.IsNullOrEmpty(id)) return cls ?? "";
        return string.IsNullOrEmpty(cls) ? id : cls + " " + id;
    }

    private static bool IsArticleBody(IElement element)
    {
        var prop = element.GetAttribute("itemprop");
        return prop is not null && prop.Contains("articleBody", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden")) return true;
        var style = element.GetAttribute("style");
        if (style is not null && style.Length < 500)
        {
            var s = style.Replace(" ", "", StringComparison.Ordinal);
            if (s.Contains("display:none", StringComparison.OrdinalIgnoreCase)
                || s.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase)) return true;
        }
        return string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase)
            && element.LocalName is not ("body" or "main" or "article" or "div" or "section");
    }
}
