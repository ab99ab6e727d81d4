using System.Text;
using System.Text.RegularExpressions;
using Newsgraph.Sources.Archives;

namespace Newsgraph.Sources;

public enum SourceKind { Warc, Arc, RssFeed, AtomFeed, JsonFeed, Sitemap, SitemapIndex, Html, PlainText, Unknown }

/// <summary>What a source holds, and whether it came gzip-compressed (the kind is then that of the content inside).</summary>
public readonly record struct SourceSniff(SourceKind Kind, bool Gzipped);

/// <summary>
/// Tells what a source is from its first bytes, never its name: an archive, a feed, a sitemap, a page or
/// text. Gzip is looked inside. A few kilobytes are enough; the whole content is not needed.
/// </summary>
public static partial class SourceSniffer
{
    /// <summary>How much of the start a caller should pass (more is fine).</summary>
    public const int HeadBytes = 8192;

    public static SourceSniff Sniff(ReadOnlySpan<byte> head)
    {
        if (GzipMembers.HasMagic(head))
        {
            var inside = GunzipHead(head);
            return new SourceSniff(inside.Length == 0 || GzipMembers.HasMagic(inside) ? SourceKind.Unknown : SniffPlain(inside), true);
        }
        return new SourceSniff(SniffPlain(head), false);
    }

    public static string Describe(SourceKind kind) => kind switch
    {
        SourceKind.Warc => "a WARC archive",
        SourceKind.Arc => "an ARC archive",
        SourceKind.RssFeed => "an RSS feed",
        SourceKind.AtomFeed => "an Atom feed",
        SourceKind.JsonFeed => "a JSON Feed",
        SourceKind.Sitemap => "a sitemap",
        SourceKind.SitemapIndex => "a sitemap index",
        SourceKind.Html => "an HTML page",
        SourceKind.PlainText => "plain text",
        _ => "unrecognised or binary content",
    };

    /// <summary>The whole of a gzip-compressed document (a feed or sitemap, not an archive), within a size limit.</summary>
    public static byte[] Gunzip(byte[] bytes, string source, int maxBytes = 64 * 1024 * 1024)
    {
        try
        {
            return Decompression.ReadAll(Decompression.Gunzip(bytes), maxBytes)
                ?? throw new InputException(source, $"decompresses to over {maxBytes / 1048576} MB");
        }
        catch (InvalidDataException) { throw new InputException(source, "damaged gzip data"); }
    }

    private static SourceKind SniffPlain(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("WARC/1."u8) || head.StartsWith("WARC/0."u8)) return SourceKind.Warc;
        var text = DecodeHead(head);
        var trimmed = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (ArcFirstLine().IsMatch(trimmed)) return SourceKind.Arc;
        if (trimmed.StartsWith('{'))
            return JsonFeedVersion().IsMatch(trimmed) ? SourceKind.JsonFeed : SourceKind.PlainText;
        if (trimmed.StartsWith('<') && FirstElement().Match(trimmed) is { Success: true } element)
        {
            var kind = element.Groups[1].Value switch
            {
                "rss" or "RDF" => SourceKind.RssFeed,
                "feed" => SourceKind.AtomFeed,
                "urlset" => SourceKind.Sitemap,
                "sitemapindex" => SourceKind.SitemapIndex,
                _ => (SourceKind?)null,
            };
            if (kind is not null) return kind.Value;
        }
        if (ContentSniffer.LooksBinary(text)) return SourceKind.Unknown;
        return ContentSniffer.Sniff(text) == PageKind.Html ? SourceKind.Html : SourceKind.PlainText;
    }

    private static string DecodeHead(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith(new byte[] { 0xFF, 0xFE }) || head.StartsWith(new byte[] { 0xFE, 0xFF }))
            return (head[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode).GetString(head[2..]);
        return Encoding.UTF8.GetString(head);
    }

    /// <summary>The start of a gzip stream, decompressed as far as the given bytes go (they may end mid-member).</summary>
    private static byte[] GunzipHead(ReadOnlySpan<byte> head)
    {
        var output = new byte[HeadBytes];
        int filled = 0;
        try
        {
            using var gzip = Decompression.Gunzip(head.ToArray());
            int n;
            while (filled < output.Length && (n = gzip.Read(output, filled, output.Length - filled)) > 0) filled += n;
        }
        catch (InvalidDataException) { }
        catch (EndOfStreamException) { }
        return output[..filled];
    }

    [GeneratedRegex(@"^filedesc://\S* ")]
    private static partial Regex ArcFirstLine();

    [GeneratedRegex(@"""version""\s*:\s*""https://jsonfeed\.org/version/")]
    private static partial Regex JsonFeedVersion();

    // Skips the XML declaration, comments, doctype and processing instructions; the group is the local name.
    [GeneratedRegex(@"^(?:\s*(?:<\?[^>]*\?>|<!--.*?-->|<!DOCTYPE[^>\[]*(?:\[[^\]]*\])?\s*>))*\s*<(?:[\w.-]+:)?([\w.-]+)", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex FirstElement();
}
