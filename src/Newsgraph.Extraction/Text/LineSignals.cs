using System.Text.RegularExpressions;

namespace Newsgraph.Extraction.Text;

/// <summary>Shape-based signals of chrome lines: links, list markers, legal notices.</summary>
public static partial class LineSignals
{
    /// <summary>A bullet or number as browsers draw list markers ("• ", "1. ", "- ").</summary>
    public static bool IsListItem(string line) => ListMarker().IsMatch(line);

    /// <summary>The line without its list marker.</summary>
    public static string WithoutListMarker(string line)
    {
        var m = ListMarker().Match(line);
        return m.Success ? line[m.Length..] : line;
    }

    /// <summary>Addresses, e-mail, breadcrumb and pager arrows, menu separators.</summary>
    public static bool IsLinkLike(string line) => LinkShape().IsMatch(line);

    /// <summary>Prompts that address the reader about the site rather than the story (subscribe, sign in,
    /// share, comment, cookies, read more): page furniture in any site's words.</summary>
    public static bool IsCallToAction(string line) => CallToAction().IsMatch(line);

    /// <summary>Copyright and trademark notices.</summary>
    public static bool IsLegalNotice(string line) => LegalShape().IsMatch(line);

    [GeneratedRegex(@"^(?:[•·▪◦‣∙●○■□►▸*–-]\s+|\d{1,3}[.)]\s+)")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"(?:https?://|www\.\w|\w@\w+\.\w|\s[|»›>/]\s|^[«‹←→»›]|[←→«»›‹]$|\s[←→]\s)")]
    private static partial Regex LinkShape();

    [GeneratedRegex(@"\b(?:subscribe|subscription|newsletter|sign (?:up|in)|log ?in|cookies?|privacy policy|terms of (?:use|service)|all rights reserved|leave a (?:comment|reply)|comments? (?:are|is) closed|your email|required fields|share (?:this|on)|follow us|read more|click here|advertisement|sponsored|abonnieren|inscrivez|abonnez)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CallToAction();

    [GeneratedRegex(@"(?:©|\(c\)\s*\d{4}|®|™)", RegexOptions.IgnoreCase)]
    private static partial Regex LegalShape();
}
