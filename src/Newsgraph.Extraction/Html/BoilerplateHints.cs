using System.Text.RegularExpressions;

namespace Newsgraph.Extraction.Html;

/// <summary>
/// General vocabulary of class/id names that web pages use for page chrome (navigation, share bars,
/// comments, related lists, newsletter and cookie prompts, ads) and for article content. The words
/// are the ones any site's templates use; nothing is keyed to a particular site.
/// </summary>
internal sealed partial class BoilerplateHints
{
    // Chrome so typical that a block named so is removed before scoring (unless also named as content).
    [GeneratedRegex(@"-ad-|ad-break|(^|\s)ads?($|\s)|(^|\s)ad[-_]|[-_]ads?($|\s)|adsense|advert|agegate|ai2html|banner|breadcrumb|combx|comment|community|consent|cookie|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|navbar|newsletter|(^|\s|[-_])nav|outbrain|pagination|pager|paywall|popup|modal|promo|related|recommend|remark|replies|rss|share|sharing|shoutbox|sidebar|skyscraper|social|sponsor|subscribe|signup|supplemental|taboola|toolbar|trending|most-?read|most-?popular|yom-remote|byline|author-?bio|dateline|timestamp|print-?only|screen-?reader|sr-only|visually-?hidden|skip-?link|tags?($|\s)|tag-?list|keywords|caption|credit|jump-?link|read-?more|see-?also|more-?stories",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UnlikelyPattern();

    [GeneratedRegex(@"and|article|body|column|content|main|mathjax|shadow|story|entry|post|text",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MaybeContentPattern();

    [GeneratedRegex(@"-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|nav|menu|social|newsletter|cookie|byline|author|caption",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NegativePattern();

    [GeneratedRegex(@"article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story|prose|rich-?text",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PositivePattern();

    // Prose that is never the article: readers' discussion, consent and subscription prompts, side columns.
    [GeneratedRegex(@"comment|disqus|replies|respond|discussion|forum|review|cookie|consent|gdpr|privacy|modal|popup|dialog|overlay|newsletter|subscri|signup|paywall|sidebar|footer|banner|promo|teaser|related|recommend|author",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NonArticlePattern();

    [GeneratedRegex(@"caption|credit|copyright|photographer|bildunterschrift|legende|legend",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CaptionPattern();

    // Pages repeat the same few class strings thousands of times: classify each distinct one once.
    private readonly Dictionary<string, (bool Unlikely, int Weight, bool NonArticle, bool Caption)> _cache = new(StringComparer.Ordinal);

    /// <summary>Chrome by its name, and not also named as content.</summary>
    public bool IsUnlikely(string classAndId) => Classify(classAndId).Unlikely;

    /// <summary>Readers' comments, consent and subscription prompts, sidebars, related stories.</summary>
    public bool IsNonArticle(string classAndId) => Classify(classAndId).NonArticle;

    /// <summary>Image captions and photo credits set outside a figure.</summary>
    public bool IsCaption(string classAndId) => Classify(classAndId).Caption;

    /// <summary>+25 for content names, −25 for chrome names (both may apply).</summary>
    public int Weight(string classAndId) => Classify(classAndId).Weight;

    private (bool Unlikely, int Weight, bool NonArticle, bool Caption) Classify(string classAndId)
    {
        if (classAndId.Length == 0) return (false, 0, false, false);
        if (_cache.TryGetValue(classAndId, out var known)) return known;
        // Long generated class lists (utility CSS) carry no meaning and cost regex time.
        var probe = classAndId.Length > 300 ? classAndId[..300] : classAndId;
        bool chromeWord = UnlikelyPattern().IsMatch(probe);
        bool unlikely = chromeWord && !MaybeContentPattern().IsMatch(probe);
        int weight = (NegativePattern().IsMatch(probe) ? -25 : 0) + (PositivePattern().IsMatch(probe) ? 25 : 0);
        // The finer classes refine a chrome name; most class strings have none, and skip the regex time.
        var result = (unlikely, weight, chromeWord && NonArticlePattern().IsMatch(probe), chromeWord && CaptionPattern().IsMatch(probe));
        _cache[classAndId] = result;
        return result;
    }
}
