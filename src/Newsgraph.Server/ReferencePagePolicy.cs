using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace Newsgraph.Server;

/// <summary>
/// The API reference page (Scalar) starts itself with one inline script. Rather than allow inline scripts,
/// its HTML is read as it leaves and the hash of each inline script it holds is added to the policy: only
/// those exact scripts run. (Its components style themselves inline, so styles are allowed there.)
/// </summary>
internal static partial class ReferencePagePolicy
{
    [GeneratedRegex(@"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    public static async Task ApplyAsync(HttpContext context, Func<Task> next)
    {
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next();
        }
        finally
        {
            context.Response.Body = original;
        }
        if (context.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true)
        {
            var html = Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
            var hashes = InlineScript().Matches(html)
                .Select(m => $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(m.Groups[1].Value)))}'")
                .Distinct();
            context.Response.Headers.ContentSecurityPolicy = NewsServer.ContentSecurityPolicy
                .Replace("script-src 'self'", "script-src 'self' " + string.Join(' ', hashes))
                .Replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");
        }
        context.Response.ContentLength = buffer.Length;
        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
    }
}
