using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Newsgraph.Core.Model;

namespace Newsgraph.Extraction.Html;

/// <summary>
/// Reads the images met inside the article body (figures, pictures, bare images): an absolute
/// address, the caption and the credit as separate fields. Tracking pixels, icons, logos and
/// avatars are left out.
/// </summary>
internal static partial class ArticleImageReader
{
    /// <summary>Images declared this small (either side, in pixels) are pixels, icons or buttons.</summary>
    private const int MinSide = 50;

    // Lazy-loading scripts keep the real address in one of these while src holds a placeholder.
    private static readonly string[] LazySources = ["data-src", "data-lazy-src", "data-original", "data-srcset", "data-lazy-srcset"];

    [GeneratedRegex(@"logo|icon|avatar|sprite|spacer|pixel|emoji|badge|gravatar|blank\.gif|1x1", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DecorationPattern();

    [GeneratedRegex(@"credit|copyright|source|photographer|byline|attribution|author", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CreditClassPattern();

    /// <summary>
    /// A credit written at the end of the caption text: "(AP Photo/…)", "Photo: X/Reuters",
    /// "Photo by X", "© X", "Foto: X", "Image credit: X".
    /// </summary>
    [GeneratedRegex(@"(?:^|\s)(?<credit>\((?:[^()]*\b(?:photo|foto|image|picture|credit|bild)\b[^()]*|©[^()]*)\)|(?:(?:photo(?:graph)?|foto|image|picture|bild|credit|source|quelle|fuente|crédit|illustration)s?(?:\s+credits?)?\s*(?::|\bby\b|\bvon\b|\bpor\b|\bpar\b)|©|\(c\))\s*[^:]{2,120})\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrailingCreditPattern();

    /// <summary>A label before the credit's name ("Credit", "Photo credit:") that says nothing itself.</summary>
    [GeneratedRegex(@"^(?:(?:photo|image)\s+)?credits?\b\s*:?\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CreditLabelPattern();

    /// <summary>A line that ends in a photo credit ("… (Photo: X)", "Foto: X"): a caption.</summary>
    public static bool EndsWithCredit(string line) => TrailingCreditPattern().IsMatch(line);

    public static List<ArticleImage> Read(IEnumerable<IElement> media, Uri? baseUrl)
    {
        var images = new List<ArticleImage>();
        foreach (var element in media)
        {
            var image = ReadOne(element, baseUrl);
            if (image is not null && !images.Exists(i => i.Url == image.Url)) images.Add(image);
        }
        return images;
    }

    private static ArticleImage? ReadOne(IElement element, Uri? baseUrl)
    {
        var img = element.LocalName == "img" ? element : element.QuerySelector("img");
        if (img is null || IsDecoration(img)) return null;
        var source = Source(img) ?? (element.LocalName == "img" ? null : SourceSet(element.QuerySelector("source")?.GetAttribute("srcset")));
        if (source is null) return null;
        var url = PageAddress.Resolve(baseUrl, source);
        if (!url.StartsWith("http", StringComparison.OrdinalIgnoreCase)) return null;
        var figure = element.LocalName == "figure" ? element : element.Closest("figure");
        var (caption, credit) = figure?.QuerySelector("figcaption") is { } figcaption ? CaptionAndCredit(figcaption) : (null, null);
        return new ArticleImage(url, caption, credit);
    }

    private static bool IsDecoration(IElement img)
    {
        if (IsSmall(img.GetAttribute("width")) || IsSmall(img.GetAttribute("height"))) return true;
        var names = string.Join(' ', img.GetAttribute("class"), img.Id, img.GetAttribute("src"), img.GetAttribute("alt"));
        return DecorationPattern().IsMatch(names) || string.Equals(img.GetAttribute("role"), "presentation", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsSmall(string? size) =>
        size is not null && int.TryParse(size.Trim().TrimEnd('x', 'p'), out var pixels) && pixels < MinSide;

    /// <summary>The address the image shows: a lazy-loading attribute when src is a placeholder.</summary>
    private static string? Source(IElement img)
    {
        var src = img.GetAttribute("src")?.Trim();
        if (!string.IsNullOrEmpty(src) && !src.StartsWith("data:", StringComparison.OrdinalIgnoreCase)) return src;
        foreach (var name in LazySources)
            if (SourceSet(img.GetAttribute(name)) is { } lazy) return lazy;
        return SourceSet(img.GetAttribute("srcset"));
    }

    /// <summary>The first address of a srcset list ("a.jpg 480w, b.jpg 800w"; addresses may hold commas).</summary>
    private static string? SourceSet(string? srcset)
    {
        if (string.IsNullOrWhiteSpace(srcset)) return null;
        var trimmed = srcset.Trim();
        int end = 0;
        while (end < trimmed.Length && !char.IsWhiteSpace(trimmed[end])) end++;
        var first = trimmed[..end].TrimEnd(',');
        return first.Length == 0 || first.StartsWith("data:", StringComparison.OrdinalIgnoreCase) ? null : first;
    }

    /// <summary>
    /// Splits a figcaption into caption and credit: an element named as the credit, else a credit
    /// written at the end of the caption's text.
    /// </summary>
    public static (string? Caption, string? Credit) CaptionAndCredit(IElement figcaption)
    {
        string? credit = null;
        var text = SpacedText(figcaption);
        var creditElement = figcaption.QuerySelectorAll("*").FirstOrDefault(e => CreditClassPattern().IsMatch(e.GetAttribute("class") ?? ""));
        if (creditElement is not null)
        {
            credit = SpacedText(creditElement);
            if (credit.Length > 0) text = Collapse(text.Replace(credit, " ", StringComparison.Ordinal));
        }
        else if (TrailingCreditPattern().Match(text) is { Success: true } match)
        {
            credit = match.Groups["credit"].Value.Trim();
            text = text[..match.Groups["credit"].Index].TrimEnd();
        }
        else if (CreditLabelPattern().IsMatch(text))
        {
            // The whole caption is a credit ("Credit Jane Doe").
            (credit, text) = (text, "");
        }
        credit = credit is null ? null : CreditLabelPattern().Replace(credit.Trim('(', ')', ' '), "");
        return (NullIfEmpty(text.TrimEnd('|', '/', '-', '–', ' ')), NullIfEmpty(credit));
    }

    /// <summary>The element's text with its parts spaced apart (templates butt a hidden "Credit" label against the name).</summary>
    private static string SpacedText(IElement element)
    {
        var parts = element.Descendants<IText>().Select(t => t.Data);
        return Collapse(string.Join(' ', parts));
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
