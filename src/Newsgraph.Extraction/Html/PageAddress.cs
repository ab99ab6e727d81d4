using AngleSharp.Dom;

namespace Newsgraph.Extraction.Html;

/// <summary>Resolves addresses found in a page (links, image sources) against the page's own address.</summary>
internal static class PageAddress
{
    /// <summary>The page's base: its address, moved by a <c>&lt;base href&gt;</c> when the page has one.</summary>
    public static Uri? BaseOf(IDocument document, string? pageUrl)
    {
        Uri.TryCreate(pageUrl, UriKind.Absolute, out var page);
        var declared = document.QuerySelector("base[href]")?.GetAttribute("href");
        if (string.IsNullOrWhiteSpace(declared)) return page;
        if (Uri.TryCreate(declared.Trim(), UriKind.Absolute, out var absolute)) return absolute;
        return page is not null && Uri.TryCreate(page, declared.Trim(), out var relative) ? relative : page;
    }

    /// <summary>The absolute address, or the reference as written when there is no base to resolve it.</summary>
    public static string Resolve(Uri? baseUrl, string reference)
    {
        if (reference.StartsWith("//", StringComparison.Ordinal))
            return (baseUrl?.Scheme ?? "https") + ":" + reference;
        if (Uri.TryCreate(reference, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https" or "mailto") return absolute.AbsoluteUri;
        if (baseUrl is not null && Uri.TryCreate(baseUrl, reference, out var resolved)) return resolved.AbsoluteUri;
        return reference;
    }
}
