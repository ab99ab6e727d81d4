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

    /// <summary>Copyright and trademark notices.</summary>
    public static bool IsLegalNotice(string line) => LegalShape().IsMatch(line);

    [GeneratedRegex(@"^(?:[•·▪◦‣∙●○■□►▸*–-]\s+|\d{1,3}[.)]\s+)")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"(?:https?://|www\.\w|\w@\w+\.\w|\s[|»›>/]\s|^[«‹←→»›]|[←→«»›‹]$|\s[←→]\s)")]
    private static partial Regex LinkShape();

    [GeneratedRegex(@"(?:©|\(c\)\s*\d{4}|®|™)", RegexOptions.IgnoreCase)]
    private static partial Regex LegalShape();
}
