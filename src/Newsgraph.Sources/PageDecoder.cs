namespace Newsgraph.Sources;

/// <summary>Turns raw bytes into text of a known kind, or says why it cannot.</summary>
public static class PageDecoder
{
    public static DecodedPage Decode(RawPage page)
    {
        if (page.Bytes.Length == 0) throw new InputException(page.Source, "empty input");
        var (text, encoding) = TextDecoder.Decode(page.Bytes, page.ContentType);
        if (ContentSniffer.LooksBinary(text)) throw new InputException(page.Source, "binary content, not a web page or text");
        if (string.IsNullOrWhiteSpace(text)) throw new InputException(page.Source, "empty input (only whitespace)");
        return new DecodedPage(page.Source, text, ContentSniffer.Sniff(text), encoding.WebName, page.Url);
    }
}
