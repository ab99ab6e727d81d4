using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Newsgraph.Core.Model;

namespace Newsgraph.Extraction.Html;

/// <summary>Author names and dates that the page marks up in its body rather than in metadata.</summary>
internal static partial class BylineInMarkup
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
        foreach (var element in NearestToHeadline(dom, BylineCandidates(dom)))
        {
            // The innermost named element: a byline wrapper also holds dates and share links.
            var inner = element.QuerySelector("[class*=name], a");
            var text = (inner?.TextContent ?? element.TextContent).Trim();
            if (text.Length <= MaxBylineLength && AuthorNames.Clean([text]).Count > 0) return [text];
        }
        return found;
    }

    /// <summary>Elements classed as bylines or authors, outside comment threads and follow/avatar widgets.</summary>
    private static List<IElement> BylineCandidates(IHtmlDocument dom)
    {
        var candidates = new List<IElement>();
        foreach (var element in dom.QuerySelectorAll("[class*=byline i], [class*=author i], [id*=byline i], [id*=author i], [class*=dateline i], [class*=writtenby i]"))
        {
            if (element.LocalName is "body" or "html" or "article" or "meta" || IsWidgetOrComment(element) || !NamesByline(element)) continue;
            candidates.Add(element);
            if (candidates.Count == 200) break;
        }
        return candidates;
    }

    private static bool IsWidgetOrComment(IElement element)
    {
        var own = (element.ClassName + " " + element.Id).ToLowerInvariant();
        if (WidgetWords.Any(own.Contains)) return true;
        return element.Closest("[class*=comment i], [id*=comment i]") is not null;
    }

    /// <summary>Whether the class or id really names a byline ("authority-control" matches the selector too).</summary>
    private static bool NamesByline(IElement element) => BylineName().IsMatch(element.ClassName + " " + element.Id);

    [GeneratedRegex(@"author(?!ity)|byline|writtenby|dateline", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BylineName();

    private static readonly string[] WidgetWords = ["follow", "avatar", "bio", "about", "more-", "related", "popular"];

    /// <summary>
    /// Candidates in order of closeness to the headline: those after the first &lt;h1&gt; first, nearest
    /// first, then those before it, nearest first. A byline sits under or just above its headline;
    /// other names on the page belong to teasers, sidebars and comments.
    /// </summary>
    private static IEnumerable<IElement> NearestToHeadline(IHtmlDocument dom, List<IElement> candidates)
    {
        var headline = dom.Body?.QuerySelector("h1");
        if (headline is null) return candidates;
        int split = candidates.FindIndex(c => (headline.CompareDocumentPosition(c) & DocumentPositions.Following) != 0
                                              && (headline.CompareDocumentPosition(c) & DocumentPositions.ContainedBy) == 0);
        if (split < 0) split = candidates.Count;
        var before = candidates.Take(split).Where(c => !c.Contains(headline)).Reverse();
        return candidates.Skip(split).Concat(before);
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

    /// <summary>The modification date marked with itemprop=dateModified.</summary>
    public static PublicationDate? ModifiedDate(IHtmlDocument dom)
    {
        var element = dom.QuerySelector("[itemprop~=dateModified]");
        return element is null ? null : DateText.Parse(element.GetAttribute("content") ?? element.GetAttribute("datetime") ?? element.TextContent);
    }

    private static void AddIfShort(List<string> found, string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return;
        var s = text.Trim();
        if (s.Length <= MaxBylineLength && !found.Contains(s)) found.Add(s);
    }
}
