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
        if (SafeUri(() => Uri.TryCreate(reference, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https" or "mailto" ? absolute : null) is { } written)
            return written.AbsoluteUri;
        if (baseUrl is not null && SafeUri(() => Uri.TryCreate(baseUrl, reference, out var resolved) ? resolved : null) is { } found) return found.AbsoluteUri;
        return reference;
    }

    /// <summary>An http(s) address, resolved against the page's when relative; null when it cannot be.</summary>
    public static string? Absolute(string? value, string? baseUrl)
    {
        var s = System.Net.WebUtility.HtmlDecode(value?.Trim() ?? "");
        if (s.Length == 0 || s.Length > 2000 || s.StartsWith("data:", StringComparison.OrdinalIgnoreCase)) return null;
        // Addresses never hold control or formatting characters (bidi marks, zero-width spaces).
        if (s.Any(c => char.IsControl(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format)) return null;
        var uri = WebUri(s) ?? Resolved(WebUri(baseUrl), s);
        return uri?.AbsoluteUri;
    }

    private static Uri? WebUri(string? s) =>
        SafeUri(() => Uri.TryCreate(s, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri : null);

    private static Uri? Resolved(Uri? root, string relative) =>
        root is null ? null : SafeUri(() => Uri.TryCreate(root, relative, out var uri) && uri.Scheme is "http" or "https" ? uri : null);

    /// <summary>Uri's parser throws on some malformed input despite its Try-pattern (found by the fuzz test).</summary>
    private static Uri? SafeUri(Func<Uri?> create)
    {
        try { return create(); }
        catch (Exception e) when (e is IndexOutOfRangeException or UriFormatException or ArgumentException) { return null; }
    }
}
