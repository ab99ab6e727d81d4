namespace Newsgraph.Corpus;

/// <summary>
/// One spelling for the many addresses of one page: scheme and host in lower case, no default port, no
/// fragment, no "www.", no tracking parameters, the rest of the query sorted. Two addresses that
/// normalise alike name the same article, so a changed page becomes a new version of it.
/// </summary>
public static class AddressNormalizer
{
    private static readonly string[] TrackingPrefixes = ["utm_", "mc_", "pk_"];
    private static readonly HashSet<string> TrackingNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "dclid", "msclkid", "yclid", "igshid", "cmpid", "ocid", "ref", "src", "ito", "at_medium", "at_campaign",
    };

    /// <summary>The normalised address, or null when <paramref name="address"/> is not an absolute http(s) URL.</summary>
    public static string? Normalize(string? address)
    {
        if (address is null || !Uri.TryCreate(address.Trim(), UriKind.Absolute, out var uri)) return null;
        if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) return null;
        var host = uri.IdnHost.ToLowerInvariant();
        if (host.StartsWith("www.", StringComparison.Ordinal)) host = host[4..];
        var query = uri.Query.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !IsTracking(p.Split('=')[0]))
            .Order(StringComparer.Ordinal)
            .ToList();
        var path = uri.AbsolutePath.Length > 1 ? uri.AbsolutePath.TrimEnd('/') : "/";
        var port = uri.IsDefaultPort ? "" : ":" + uri.Port;
        // http and https serve the same article: the scheme is not part of its identity
        return $"{host}{port}{path}{(query.Count > 0 ? "?" + string.Join('&', query) : "")}";
    }

    private static bool IsTracking(string name) =>
        TrackingNames.Contains(name) || TrackingPrefixes.Any(p => name.StartsWith(p, StringComparison.OrdinalIgnoreCase));
}
