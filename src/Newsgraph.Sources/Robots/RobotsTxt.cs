using System.Globalization;
using System.Text;

namespace Newsgraph.Sources.Robots;

/// <summary>
/// A robots.txt file read as RFC 9309 says: groups by user-agent (the product token matched without regard
/// to case, <c>*</c> when no group names the crawler, matching groups combined), allow and disallow rules
/// where the longest match wins and allow wins a tie, <c>*</c> and <c>$</c> in patterns, and paths compared
/// after percent-encoding normalisation. Also reads <c>Crawl-delay</c> (not in the RFC, but widely used) and
/// <c>Sitemap</c> lines.
/// </summary>
public sealed class RobotsTxt
{
    /// <summary>The RFC asks crawlers to read at least 500 KiB; what lies beyond is ignored.</summary>
    public const int MaxBytes = 500 * 1024;

    private readonly List<RobotsGroup> _groups;
    private readonly bool? _everything; // set when the file was not read: true allows all, false disallows all

    private RobotsTxt(List<RobotsGroup> groups, IReadOnlyList<string> sitemaps, bool? everything)
    {
        _groups = groups;
        Sitemaps = sitemaps;
        _everything = everything;
    }

    /// <summary>The <c>Sitemap:</c> addresses, wherever they stand in the file.</summary>
    public IReadOnlyList<string> Sitemaps { get; }

    public static RobotsTxt AllowAll { get; } = new([], [], true);
    public static RobotsTxt DisallowAll { get; } = new([], [], false);

    /// <summary>What a fetch of robots.txt means (RFC 9309 2.3.1): a 2xx body is parsed; 4xx ("unavailable")
    /// allows everything; 5xx, or no answer at all (pass null), means "unreachable" and disallows everything.
    /// Redirects are the fetcher's to follow; past five of them the file counts as unavailable.</summary>
    public static RobotsTxt FromResponse(int? status, byte[]? body = null) => status switch
    {
        null or >= 500 => DisallowAll,
        >= 200 and < 300 => Parse(body ?? []),
        _ => AllowAll,
    };

    public static RobotsTxt Parse(byte[] bytes) =>
        Parse(Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, MaxBytes)));

    public static RobotsTxt Parse(string text)
    {
        var groups = new List<RobotsGroup>();
        var sitemaps = new List<string>();
        RobotsGroup? current = null;
        bool lastWasAgent = false;
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine;
            int comment = line.IndexOf('#');
            if (comment >= 0) line = line[..comment];
            int colon = line.IndexOf(':');
            if (colon <= 0) continue;
            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            switch (key)
            {
                case "user-agent" or "useragent" or "user agent":
                    // Consecutive user-agent lines share one group; one after rules starts the next.
                    if (current is null || !lastWasAgent)
                    {
                        current = new RobotsGroup();
                        groups.Add(current);
                    }
                    current.Agents.Add(ProductToken(value));
                    lastWasAgent = true;
                    continue;
                case "allow" or "disallow":
                    // An empty disallow allows everything: it adds no rule. Rules before any group are ignored.
                    if (current is not null && value.Length > 0)
                        current.Rules.Add(new RobotsRule(key == "allow", Normalise(value)));
                    break;
                case "crawl-delay":
                    if (current is not null && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double seconds) && seconds >= 0)
                        current.CrawlDelay ??= TimeSpan.FromSeconds(Math.Min(seconds, 86_400));
                    break;
                case "sitemap":
                    if (value.Length > 0) sitemaps.Add(value);
                    continue; // not part of any group: does not end one
                default:
                    break;
            }
            lastWasAgent = false;
        }
        return new RobotsTxt(groups, sitemaps, null);
    }

    /// <summary>Whether a crawler may fetch a URL (an absolute URL, or a path with its query).</summary>
    /// <param name="userAgent">The crawler's product token or whole User-Agent ("Newsgraph/0.1 (...)" reads as "Newsgraph").</param>
    public bool IsAllowed(string userAgent, string url)
    {
        if (_everything is { } everything) return everything;
        var path = PathOf(url);
        if (path == "/robots.txt") return true;
        RobotsRule? best = null;
        foreach (var rule in RulesFor(userAgent))
        {
            if (!rule.Matches(path)) continue;
            if (best is null || rule.Pattern.Length > best.Pattern.Length || (rule.Pattern.Length == best.Pattern.Length && rule.Allow))
                best = rule;
        }
        return best?.Allow ?? true;
    }

    /// <summary>The delay between requests the file asks of this crawler, if any.</summary>
    public TimeSpan? CrawlDelay(string userAgent) => MatchingGroups(userAgent).Select(g => g.CrawlDelay).FirstOrDefault(d => d is not null);

    private IEnumerable<RobotsRule> RulesFor(string userAgent) => MatchingGroups(userAgent).SelectMany(g => g.Rules);

    private List<RobotsGroup> MatchingGroups(string userAgent)
    {
        var token = ProductToken(userAgent);
        var named = _groups.Where(g => g.Agents.Any(a => a != "*" && a.Equals(token, StringComparison.OrdinalIgnoreCase))).ToList();
        return named.Count > 0 ? named : _groups.Where(g => g.Agents.Contains("*")).ToList();
    }

    /// <summary>The product token: the name before any version or comment ("Newsgraph/0.1 (...)" gives "Newsgraph").</summary>
    private static string ProductToken(string value)
    {
        value = value.Trim();
        if (value.StartsWith('*')) return "*";
        int end = 0;
        while (end < value.Length && (char.IsAsciiLetter(value[end]) || value[end] is '-' or '_')) end++;
        return value[..end];
    }

    private static string PathOf(string url)
    {
        if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && !uri.IsFile)
            return Normalise(uri.GetComponents(UriComponents.PathAndQuery, UriFormat.UriEscaped));
        return Normalise(url.StartsWith('/') ? url : "/" + url);
    }

    /// <summary>
    /// One spelling for comparison (RFC 9309 2.2.2): characters outside US-ASCII are percent-encoded as UTF-8,
    /// an encoded unreserved character is decoded, other escapes keep their encoding with upper-case hex.
    /// </summary>
    public static string Normalise(string path)
    {
        var result = new StringBuilder(path.Length);
        for (int i = 0; i < path.Length; i++)
        {
            char c = path[i];
            if (c == '%' && i + 2 < path.Length && Uri.IsHexDigit(path[i + 1]) && Uri.IsHexDigit(path[i + 2]))
            {
                var decoded = (char)Convert.ToInt32(path.Substring(i + 1, 2), 16);
                if (char.IsAsciiLetterOrDigit(decoded) || decoded is '-' or '.' or '_' or '~') result.Append(decoded);
                else result.Append('%').Append(char.ToUpperInvariant(path[i + 1])).Append(char.ToUpperInvariant(path[i + 2]));
                i += 2;
            }
            else if (c > 0x7F || char.IsSurrogate(c))
            {
                int length = char.IsHighSurrogate(c) && i + 1 < path.Length ? 2 : 1;
                foreach (var b in Encoding.UTF8.GetBytes(path.Substring(i, length))) result.Append('%').Append(b.ToString("X2"));
                i += length - 1;
            }
            else if (c == ' ') result.Append("%20");
            else result.Append(c);
        }
        return result.ToString();
    }

    private sealed class RobotsGroup
    {
        public List<string> Agents { get; } = [];
        public List<RobotsRule> Rules { get; } = [];
        public TimeSpan? CrawlDelay { get; set; }
    }
}

/// <summary>One allow or disallow line; <c>*</c> matches any run of characters, a final <c>$</c> the end of the path.</summary>
internal sealed record RobotsRule(bool Allow, string Pattern)
{
    public bool Matches(string path)
    {
        bool anchored = Pattern.EndsWith('$');
        var pattern = anchored ? Pattern[..^1] : Pattern;
        return Match(pattern, path, anchored);
    }

    // Each literal piece between stars is taken at its earliest place after the previous one: leaving the
    // most room for the rest, which makes this exact without backtracking. An anchored last piece must end the path.
    private static bool Match(string pattern, string path, bool anchored)
    {
        var pieces = pattern.Split('*');
        if (!path.StartsWith(pieces[0], StringComparison.Ordinal)) return false;
        int position = pieces[0].Length;
        if (pieces.Length == 1) return !anchored || position == path.Length;
        for (int k = 1; k < pieces.Length - 1; k++)
        {
            int found = path.IndexOf(pieces[k], position, StringComparison.Ordinal);
            if (found < 0) return false;
            position = found + pieces[k].Length;
        }
        var last = pieces[^1];
        if (!anchored) return path.IndexOf(last, position, StringComparison.Ordinal) >= 0;
        return path.Length - last.Length >= position && path.EndsWith(last, StringComparison.Ordinal);
    }
}
