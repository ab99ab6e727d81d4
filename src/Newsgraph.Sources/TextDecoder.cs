using System.Text;
using System.Text.RegularExpressions;

namespace Newsgraph.Sources;

/// <summary>
/// Decodes page bytes in the order browsers trust the evidence: byte-order mark, the HTTP header, the
/// page's own declaration (meta charset, http-equiv, XML declaration), then statistical detection.
/// A declaration that the bytes contradict (declared Latin-1 or GB2312, but valid multi-byte UTF-8) loses to UTF-8.
/// </summary>
public static partial class TextDecoder
{
    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Decodes the bytes and says which encoding was used.</summary>
    public static (string Text, Encoding Encoding) Decode(byte[] bytes, string? contentType = null)
    {
        var bom = FromByteOrderMark(bytes, out int skip);
        if (bom is not null) return (bom.GetString(bytes, skip, bytes.Length - skip), bom);

        var declared = FromLabel(CharsetFromContentType(contentType)) ?? FromLabel(DeclaredInDocument(bytes));
        bool utf8Valid = IsValidUtf8(bytes, out bool hasMultiByte);
        Encoding encoding;
        if (declared is not null)
        {
            // Pages often keep a template's stale declaration (and saved pages keep the original's after
            // being re-encoded). Legacy text, single- or multi-byte, almost never forms valid UTF-8
            // multi-byte sequences by chance, so such bytes are UTF-8 whatever the page says.
            encoding = utf8Valid && hasMultiByte ? Encoding.UTF8 : declared;
        }
        else if (utf8Valid) encoding = Encoding.UTF8;
        else encoding = Detect(bytes) ?? Encoding.GetEncoding(1252);

        return (encoding.GetString(bytes), encoding);
    }

    private static Encoding? FromByteOrderMark(byte[] b, out int length)
    {
        length = 0;
        if (b.Length >= 4 && b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0) { length = 4; return Encoding.UTF32; }
        if (b.Length >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF) { length = 3; return Encoding.UTF8; }
        if (b.Length >= 2 && b[0] == 0xFF && b[1] == 0xFE) { length = 2; return Encoding.Unicode; }
        if (b.Length >= 2 && b[0] == 0xFE && b[1] == 0xFF) { length = 2; return Encoding.BigEndianUnicode; }
        return null;
    }

    public static string? CharsetFromContentType(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType)) return null;
        var m = CharsetParameter().Match(contentType);
        return m.Success ? m.Groups[1].Value : null;
    }

    /// <summary>The charset a page declares in its first bytes, read as ASCII (as the HTML spec's prescan does).</summary>
    public static string? DeclaredInDocument(byte[] bytes)
    {
        var head = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, 16384));
        var meta = MetaCharset().Match(head);
        if (meta.Success) return meta.Groups[1].Value;
        var xml = XmlDeclaration().Match(head);
        return xml.Success ? xml.Groups[1].Value : null;
    }

    /// <summary>Maps a charset label to an encoding, following the WHATWG aliases browsers use.</summary>
    public static Encoding? FromLabel(string? label)
    {
        if (string.IsNullOrWhiteSpace(label)) return null;
        var name = label.Trim().Trim('"', '\'').ToLowerInvariant();
        name = name switch
        {
            "iso-8859-1" or "latin1" or "latin-1" or "us-ascii" or "ascii" or "iso8859-1" or "l1" => "windows-1252",
            "gb2312" or "gbk" or "x-gbk" or "chinese" or "csgb2312" => "gb18030",
            "shift-jis" or "sjis" or "x-sjis" or "ms_kanji" or "windows-31j" => "shift_jis",
            "utf8" or "unicode-1-1-utf-8" => "utf-8",
            "iso-8859-9" or "latin5" => "windows-1254",
            "tis-620" or "iso-8859-11" => "windows-874",
            "ks_c_5601-1987" or "euc-kr" => "ks_c_5601-1987",
            // UTF-16 declared inside an ASCII-readable document cannot be right.
            "utf-16" or "utf-16le" or "utf-16be" => "utf-8",
            _ => name,
        };
        try { return Encoding.GetEncoding(name); }
        catch (ArgumentException) { return null; }
    }

    private static Encoding? Detect(byte[] bytes)
    {
        var result = UtfUnknown.CharsetDetector.DetectFromBytes(bytes);
        var detected = result.Detected;
        if (detected is null || detected.Confidence < 0.2f) return null;
        return detected.Encoding ?? FromLabel(detected.EncodingName);
    }

    /// <summary>Strict UTF-8 validation; also says whether any multi-byte sequence occurred.</summary>
    public static bool IsValidUtf8(ReadOnlySpan<byte> bytes, out bool hasMultiByte)
    {
        hasMultiByte = false;
        int i = 0;
        while (i < bytes.Length)
        {
            byte b = bytes[i];
            if (b < 0x80) { i++; continue; }
            int n = b >= 0xF0 && b <= 0xF4 ? 3 : b >= 0xE0 ? (b <= 0xEF ? 2 : -1) : b >= 0xC2 && b <= 0xDF ? 1 : -1;
            if (n < 0) return false;
            if (i + n >= bytes.Length)
                return i + n == bytes.Length ? false : TruncatedTailIsValid(bytes[(i + 1)..], ref hasMultiByte);
            for (int k = 1; k <= n; k++)
                if ((bytes[i + k] & 0xC0) != 0x80) return false;
            hasMultiByte = true;
            i += n + 1;
        }
        return true;
    }

    // A file cut off in the middle of a character is still UTF-8 (truncated downloads are common).
    private static bool TruncatedTailIsValid(ReadOnlySpan<byte> tail, ref bool hasMultiByte)
    {
        foreach (var t in tail)
            if ((t & 0xC0) != 0x80) return false;
        return true;
    }

    [GeneratedRegex(@"charset\s*=\s*[""']?([A-Za-z0-9_\-:.]+)", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetParameter();

    [GeneratedRegex(@"<meta[^>]{0,400}?charset\s*=\s*[""']?\s*([A-Za-z0-9_\-:.]+)", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();

    [GeneratedRegex(@"^\s*<\?xml[^>]{0,200}?encoding\s*=\s*[""']([A-Za-z0-9_\-:.]+)", RegexOptions.IgnoreCase)]
    private static partial Regex XmlDeclaration();
}
