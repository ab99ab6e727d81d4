using System.Text;
using Newsgraph.Sources;

namespace Newsgraph.Tests.Sources;

public sealed class TextDecoderTests
{
    static TextDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static byte[] Page(string charsetLabel, string encodingName, string body) =>
        Encoding.GetEncoding(encodingName).GetBytes(
            $"<html><head><meta charset=\"{charsetLabel}\"><title>t</title></head><body><p>{body}</p></body></html>");

    [Theory]
    [InlineData("windows-1252", "windows-1252", "Caf\u00e9 na\u00efve \u201cquoted\u201d \u20ac5")]
    [InlineData("iso-8859-1", "windows-1252", "Stra\u00dfe f\u00fcr M\u00fcnchen")]
    [InlineData("iso-8859-2", "iso-8859-2", "Za\u017c\u00f3\u0142\u0107 g\u0119\u015bl\u0105 ja\u017a\u0144")]
    [InlineData("koi8-r", "koi8-r", "\u041c\u043e\u0441\u043a\u0432\u0430 \u0441\u0435\u0433\u043e\u0434\u043d\u044f")]
    [InlineData("gb2312", "gb18030", "\u5317\u4eac\u65b0\u95fb\u62a5\u9053")]
    [InlineData("Shift_JIS", "shift_jis", "\u6771\u4eac\u306e\u30cb\u30e5\u30fc\u30b9")]
    [InlineData("utf-8", "utf-8", "\u0645\u0631\u062d\u0628\u0627 \u05e9\u05dc\u05d5\u05dd")]
    public void Decodes_by_the_meta_charset(string label, string encoding, string body)
    {
        var (text, _) = TextDecoder.Decode(Page(label, encoding, body));
        Assert.Contains(body, text);
    }

    [Fact]
    public void The_http_header_wins_over_detection()
    {
        var bytes = Encoding.GetEncoding("koi8-r").GetBytes("<p>\u041f\u0440\u0438\u0432\u0435\u0442</p>");
        var (text, _) = TextDecoder.Decode(bytes, "text/html; charset=KOI8-R");
        Assert.Contains("\u041f\u0440\u0438\u0432\u0435\u0442", text);
    }

    [Fact]
    public void A_byte_order_mark_wins_and_is_removed()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("<p>\u00e9t\u00e9</p>")).ToArray();
        var (text, _) = TextDecoder.Decode(bytes, "text/html; charset=iso-8859-1");
        Assert.Equal("<p>\u00e9t\u00e9</p>", text);
    }

    [Theory]
    [InlineData("iso-8859-1", "Caf\u00e9 \u2014 d\u00e9j\u00e0 vu")]
    [InlineData("gb2312", "\u5317\u4eac\u65b0\u95fb\u62a5\u9053")]
    [InlineData("shift_jis", "\u6771\u4eac\u306e\u30cb\u30e5\u30fc\u30b9")]
    public void Valid_utf8_beats_a_stale_declaration(string declared, string body)
    {
        var bytes = Encoding.UTF8.GetBytes($"<meta charset=\"{declared}\"><p>{body}</p>");
        var (text, encoding) = TextDecoder.Decode(bytes);
        Assert.Contains(body, text);
        Assert.Equal("utf-8", encoding.WebName);
    }

    [Fact]
    public void Undeclared_legacy_bytes_are_detected()
    {
        const string russian = "\u0412 \u041c\u043e\u0441\u043a\u0432\u0435 \u0441\u0435\u0433\u043e\u0434\u043d\u044f \u043f\u0440\u043e\u0448\u043b\u0430 \u0432\u0441\u0442\u0440\u0435\u0447\u0430 \u043c\u0438\u043d\u0438\u0441\u0442\u0440\u043e\u0432 \u0438\u043d\u043e\u0441\u0442\u0440\u0430\u043d\u043d\u044b\u0445 \u0434\u0435\u043b \u0434\u0432\u0443\u0445 \u0441\u0442\u0440\u0430\u043d.";
        var bytes = Encoding.GetEncoding("windows-1251").GetBytes(string.Concat(Enumerable.Repeat(russian + " ", 6)));
        var (text, _) = TextDecoder.Decode(bytes);
        Assert.Contains(russian, text);
    }

    [Fact]
    public void A_file_cut_in_the_middle_of_a_character_is_still_utf8()
    {
        var full = Encoding.UTF8.GetBytes("<p>na\u00efve caf\u00e9 \u4e2d");
        var (text, encoding) = TextDecoder.Decode(full[..^1]);
        Assert.Equal("utf-8", encoding.WebName);
        Assert.StartsWith("<p>na\u00efve caf\u00e9", text);
    }
}

public sealed class ContentSnifferTests
{
    [Theory]
    [InlineData("<!DOCTYPE html><html><body><p>x</p></body></html>", PageKind.Html)]
    [InlineData("  \n<html lang=\"en\"><head><title>x</title></head></html>", PageKind.Html)]
    [InlineData("<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"></html>", PageKind.Html)]
    [InlineData("Headline\n\nA paragraph of text with <b>one</b> tag in it.\n\nAnother paragraph.", PageKind.PlainText)]
    [InlineData("Accessibility links\n\nBreaking News\n\nStory text here.", PageKind.PlainText)]
    public void Tells_html_from_text_by_content(string content, PageKind expected) =>
        Assert.Equal(expected, ContentSniffer.Sniff(content));

    [Fact]
    public void A_fragment_without_document_tags_is_html_when_markup_dominates() =>
        Assert.Equal(PageKind.Html, ContentSniffer.Sniff("<div><p>One</p>\n<p>Two</p>\n<p>Three</p>\n<span>x</span></div>"));

    [Fact]
    public void Binary_data_is_rejected_by_name()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        var e = Assert.Throws<InputException>(() => PageDecoder.Decode(new RawPage("noise.bin", bytes)));
        Assert.Contains("binary", e.Message);
        Assert.StartsWith("noise.bin:", e.Message);
    }

    [Fact]
    public void Empty_input_is_rejected_by_name()
    {
        var e = Assert.Throws<InputException>(() => PageDecoder.Decode(new RawPage("empty.html", [])));
        Assert.Equal("empty.html: empty input", e.Message);
    }
}
