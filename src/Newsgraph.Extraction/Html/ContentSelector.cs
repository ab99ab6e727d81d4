namespace Newsgraph.Extraction.Html;

/// <summary>
/// From the scored candidates, picks the article's container and the sibling blocks that belong with
/// it (a lead paragraph or a second body part split off by an ad slot).
/// </summary>
internal static class ContentSelector
{
    public static List<ContentNode> Select(List<ContentNode> candidates, ContentNode root)
    {
        if (candidates.Count == 0) return [root];
        var top = candidates[0];
        top = PreferCommonAncestor(top, candidates);
        top = ClimbWhileParentScoresWell(top);
        var selected = WithSiblings(top);
        selected.InsertRange(0, LeadParagraphs(selected[0]));
        return selected;
    }

    /// <summary>
    /// Standfirst and lead paragraphs that templates put in the article's header, before the body
    /// container: prose blocks (and sentence-long sub-headings) between the start of the enclosing
    /// article and the selection.
    /// </summary>
    private static List<ContentNode> LeadParagraphs(ContentNode first)
    {
        var scope = first.Parent;
        for (int level = 0; scope is not null && level < 6; level++, scope = scope.Parent)
            if (scope.Tag is "article" or "main" || scope.IsArticleBodyMarker) break;
        var leads = new List<ContentNode>();
        if (scope is null) return leads;
        var stack = new Stack<ContentNode>();
        stack.Push(scope);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node == first) break;
            if (node.Excluded || node.TextLength == 0) continue;
            if (node != scope && !IsAncestor(node, first) && IsLeadProse(node)) { leads.Add(node); continue; }
            for (int i = node.Items.Count - 1; i >= 0; i--)
                if (node.Items[i] is ContentNode child) stack.Push(child);
        }
        return leads;
    }

    private static bool IsLeadProse(ContentNode node) =>
        node.IsBlock && node.OwnTextLength >= (node.IsHeading ? 50 : 80) && node.Tag != "h1"
        && node.OwnTextLength * 10 >= node.TextLength * 9 && node.OwnLinkDensity < 0.2 && node.ClassWeight >= 0;

    /// <summary>When several strong candidates sit under one ancestor, the article spans them all.</summary>
    private static ContentNode PreferCommonAncestor(ContentNode top, List<ContentNode> candidates)
    {
        var strong = new List<ContentNode>();
        for (int i = 1; i < Math.Min(candidates.Count, 5); i++)
            if (candidates[i].Score / top.Score >= 0.75) strong.Add(candidates[i]);
        if (strong.Count < 3) return top;
        for (var ancestor = top.Parent; ancestor is not null && ancestor.Tag != "body"; ancestor = ancestor.Parent)
        {
            int contained = 0;
            foreach (var c in strong) if (IsAncestor(ancestor, c)) contained++;
            if (contained >= 3) return ancestor;
        }
        return top;
    }

    private static ContentNode ClimbWhileParentScoresWell(ContentNode top)
    {
        double last = top.Score;
        double floor = top.Score / 3;
        for (var parent = top.Parent; parent is not null && parent.Tag != "body"; parent = parent.Parent)
        {
            if (!parent.IsCandidate) { if (SoleBlockChild(parent) == top) { top = parent; continue; } break; }
            if (parent.Score < floor) break;
            if (parent.Score > last) top = parent;
            last = parent.Score;
        }
        // A wrapper with no other content adds nothing but is where siblings are looked for.
        while (top.Parent is { } p && p.Tag != "body" && SoleBlockChild(p) == top) top = p;
        return top;
    }

    private static ContentNode? SoleBlockChild(ContentNode node)
    {
        ContentNode? only = null;
        foreach (var child in node.ChildNodes())
        {
            if (child.TextLength == 0) continue;
            if (only is not null) return null;
            only = child;
        }
        return only;
    }

    private static List<ContentNode> WithSiblings(ContentNode top)
    {
        if (top.Parent is null) return [top];
        double threshold = Math.Max(10, top.Score * 0.2);
        var selected = new List<ContentNode>();
        foreach (var sibling in top.Parent.ChildNodes())
        {
            if (sibling == top) { selected.Add(sibling); continue; }
            if (sibling.TextLength == 0) continue;
            double bonus = sibling.ClassAndId.Length > 0 && sibling.ClassAndId == top.ClassAndId ? top.Score * 0.2 : 0;
            if (sibling.IsCandidate && sibling.Score + bonus >= threshold && sibling.ClassWeight >= 0) selected.Add(sibling);
            else if (sibling.Tag == "p" && IsParagraphWorthKeeping(sibling)) selected.Add(sibling);
        }
        return selected;
    }

    private static bool IsParagraphWorthKeeping(ContentNode p)
    {
        if (p.TextLength > 80) return p.LinkDensity < 0.25;
        return p.TextLength > 0 && p.LinkLength == 0 && EndsLikeSentence(p);
    }

    private static bool EndsLikeSentence(ContentNode p)
    {
        for (int i = p.Items.Count - 1; i >= 0; i--)
        {
            if (p.Items[i] is not string s) return false;
            var t = s.TrimEnd();
            if (t.Length == 0) continue;
            return t[^1] is '.' or '!' or '?' or '。' or '！' or '？';
        }
        return false;
    }

    public static bool IsAncestor(ContentNode ancestor, ContentNode node)
    {
        for (var n = node.Parent; n is not null; n = n.Parent)
            if (n == ancestor) return true;
        return false;
    }
}
