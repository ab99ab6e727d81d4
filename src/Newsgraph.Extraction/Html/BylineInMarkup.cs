using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Newsgraph.Core.Model;

namespace Newsgraph.Extraction.Html;

/// <summary>Author names and dates that the page marks up in its body rather than in metadata.</summary>
internal static class BylineInMarkup
{
    private const int MaxBylineLength = 120;

    /// <summary>Raw byline strings: itemprop=author, rel=author, then elements classed as byline/author.</summary>
    public static List<string> Find(IHtmlDocument dom)
    {
        var found = new List<string>();
        foreach (var element in dom.QuerySelectorAll("[itemprop~=author], [itemprop~=creator]"))
        {
            var name = element.QuerySelector("[itemprop~=name]");
            var text = name?.GetAttribute("content") ?? name?.TextContent ?? element.GetAttribute("content") ?? element.TextContent;
            AddIfShort(found, text);
        }
        if (found.Count > 0) return found;
        foreach (var element in dom.QuerySelectorAll("a[rel~=author]")) AddIfShort(found, element.TextContent);
        if (found.Count > 0) return found;
        foreach (var element in dom.QuerySelectorAll("[class*=byline i], [class*=author i], [id*=byline i], [id*=author i], [class*=dateline i], [class*=writtenby i]"))
        {
            if (element.LocalName is "body" or "html" or "article" or "meta") continue;
            // The innermost named element: a byline wrapper also holds dates and share links.
            var inner = element.QuerySelector("[class*=name], a");
            AddIfShort(found, inner?.TextContent ?? element.TextContent);
            if (found.Count > 0) break;
        }
        return found;
    }

    /// <summary>The publication date marked on a &lt;time&gt; or itemprop element.</summary>
    public static PublicationDate? TimeElementDate(IHtmlDocument dom)
    {
        foreach (var element in dom.QuerySelectorAll("[itemprop~=datePublished], time[pubdate]"))
        {
            var date = DateText.Parse(element.GetAttribute("content") ?? element.GetAttribute("datetime") ?? element.TextContent);
            if (date is not null) return date;
        }
        var scope = (IElement?)dom.QuerySelector("article") ?? dom.Body;
        var time = scope?.QuerySelector("time[datetime]");
        var stated = time is null ? null : DateText.Parse(time.GetAttribute("datetime"));
        return stated ?? VisibleDate(scope);
    }

    /// <summary>A date written in a short element classed as a date line ("Published 3 May 2030").</summary>
    private static PublicationDate? VisibleDate(IElement? scope)
    {
        if (scope is null) return null;
        int looked = 0;
        foreach (var element in scope.QuerySelectorAll("time, [class*=date], [class*=Date], [class*=datum], [class*=publish], [class*=posted], [class*=meta]"))
        {
            if (++looked > 20) break;
            var text = element.TextContent;
            if (text.Length > 200) continue;
            if (DateText.FindInText(text) is { } date) return date;
        }
        return null;
    }

    private static void AddIfShort(List<string> found, string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return;
        var s = text.Trim();
        if (s.Length <= MaxBylineLength && !found.Contains(s)) found.Add(s);
    }
}
