namespace Newsgraph.Server.Web;

/// <summary>Addresses from pages become links only when they are http(s): a `javascript:` or `data:`
/// address in a stored page must never be something a reader can click.</summary>
public static class SafeUrl
{
    public static string? Http(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? uri.AbsoluteUri : null;
}
