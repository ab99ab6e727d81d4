namespace Newsgraph.Extraction;

/// <summary>Publisher names from what a page's address says.</summary>
public static class PublisherNames
{
    /// <summary>The site's registrable host without "www." ("rferl.org"), as a last resort name.</summary>
    public static string? FromUrl(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.IsFile) return null;
        var host = uri.Host;
        return host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;
    }
}
