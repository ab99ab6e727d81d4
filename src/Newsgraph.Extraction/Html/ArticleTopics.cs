namespace Newsgraph.Extraction.Html;

/// <summary>
/// The section an article is filed under and the tags its publisher gave it, from article:* meta,
/// JSON-LD (articleSection, keywords, the breadcrumb trail) and keyword meta.
/// </summary>
internal static class ArticleTopics
{
    private const int MaxTags = 25;
    private const int MaxLabelLength = 60;
    private const int MaxSectionWords = 4;
    private static readonly char[] TagSeparators = [',', ';', '|', '，', '、', '；'];

    // Template placeholders printed where a value is missing.
    private static readonly string[] Placeholders = ["nil", "null", "none", "undefined", "n/a", "false"];

    /// <summary>article:section, else JSON-LD articleSection, else the breadcrumb's last item that is not the article.</summary>
    public static string? Section(MetaValues meta, JsonLdArticle jsonLd, string? title)
    {
        var stated = Label(meta.First("article:section", "og:article:section", "section", "parsely-section")) ?? Label(jsonLd.Section);
        if (stated is not null) return stated;
        for (int i = jsonLd.Breadcrumb.Count - 1; i >= 0; i--)
        {
            var crumb = Label(jsonLd.Breadcrumb[i]);
            // Trails often end with the article itself, sometimes under a shorter headline than the title.
            if (crumb is not null && !string.Equals(crumb, title, StringComparison.OrdinalIgnoreCase) && Words(crumb) <= MaxSectionWords) return crumb;
        }
        return null;
    }

    /// <summary>The first source that has tags: article:tag, JSON-LD keywords, news_keywords, keywords.</summary>
    public static List<string> Tags(MetaValues meta, JsonLdArticle jsonLd)
    {
        foreach (var source in new[] { meta.All("article:tag", "og:article:tag"), jsonLd.Keywords, meta.All("news_keywords", "parsely-tags"), meta.All("keywords") })
        {
            var tags = SplitTags(source);
            if (tags.Count > 0) return tags;
        }
        return [];
    }

    /// <summary>Tags split at list separators, trimmed, without repeats (case-insensitive), at most <see cref="MaxTags"/>.</summary>
    internal static List<string> SplitTags(IEnumerable<string> values)
    {
        var tags = new List<string>();
        foreach (var value in values)
            foreach (var part in value.Split(TagSeparators))
            {
                var tag = Label(part);
                if (tag is null || tags.Contains(tag, StringComparer.OrdinalIgnoreCase)) continue;
                tags.Add(tag);
                if (tags.Count == MaxTags) return tags;
            }
        return tags;
    }

    private static int Words(string s) => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>A short single-line label, or null for empty, over-long or address-like values.</summary>
    private static string? Label(string? value)
    {
        var s = HtmlMetadataReader.Clean(value)?.Trim(' ', '.', '#', '"', '\'');
        if (string.IsNullOrEmpty(s) || s.Length > MaxLabelLength) return null;
        if (s.Contains("://", StringComparison.Ordinal) || s.StartsWith('/')) return null;
        if (Placeholders.Contains(s, StringComparer.OrdinalIgnoreCase)) return null;
        return s.Any(char.IsLetterOrDigit) ? s : null;
    }
}
