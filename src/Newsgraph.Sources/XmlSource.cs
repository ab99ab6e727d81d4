using System.Xml;
using System.Xml.Linq;

namespace Newsgraph.Sources;

/// <summary>Loads the small XML documents sources come as (feeds, sitemaps), safely and with one-line reasons.</summary>
internal static class XmlSource
{
    /// <summary>Parses the bytes (the declared encoding is honoured); DTDs are ignored, never fetched or
    /// expanded, since a feed's doctype is decoration and expanding entities invites attacks.</summary>
    public static XDocument Load(byte[] bytes, string source, string what)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, IgnoreComments = true };
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(bytes), settings);
            return XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            throw new InputException(source, $"not {what}: not well-formed XML (line {e.LineNumber}, position {e.LinePosition})");
        }
    }

    /// <summary>The text of the first child with this local name, in any namespace, trimmed; null when absent or empty.</summary>
    public static string? Child(this XElement element, string localName)
    {
        var value = element.Elements().FirstOrDefault(e => e.Name.LocalName == localName)?.Value.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    public static IEnumerable<XElement> Children(this XElement element, string localName) =>
        element.Elements().Where(e => e.Name.LocalName == localName);

    /// <summary>An address resolved against the document's own address when relative; null when it is no address.</summary>
    public static string? ResolveUrl(string? url, string? baseUrl)
    {
        if (string.IsNullOrWhiteSpace(url)) return null;
        url = url.Trim();
        if (Uri.TryCreate(url, UriKind.Absolute, out var absolute) && !absolute.IsFile) return absolute.ToString();
        return baseUrl is not null && Uri.TryCreate(baseUrl, UriKind.Absolute, out var b) && Uri.TryCreate(b, url, out var resolved)
            ? resolved.ToString() : url;
    }
}
