using System.IO.Compression;
using System.Text;

namespace Newsgraph.Sources.Archives;

/// <summary>Parses the HTTP response held in a record's block: status line, headers, and the body with
/// chunking and Content-Encoding undone.</summary>
internal static class HttpMessage
{
    public static bool LooksLikeResponse(ReadOnlySpan<byte> block) => block.StartsWith("HTTP/"u8);

    /// <summary>Splits a response into its head and decoded body; null when the head is malformed.</summary>
    public static (HttpResponseHead Head, byte[] Body)? Parse(byte[] block, int maxBodyBytes)
    {
        int headEnd = FindHeadEnd(block, out int separator);
        if (headEnd < 0) return null;
        var lines = Encoding.Latin1.GetString(block, 0, headEnd).Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var status = lines[0].Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        if (status.Length < 2 || !int.TryParse(status[1], out int code)) return null;
        var headers = ParseHeaderLines(lines.Skip(1));
        var head = new HttpResponseHead(code, status.Length > 2 ? status[2] : "", headers);

        var body = block[(headEnd + separator)..];
        if (head.Header("Transfer-Encoding")?.Contains("chunked", StringComparison.OrdinalIgnoreCase) == true)
            body = Dechunk(body) ?? body; // archives often store the body already de-chunked despite the header
        body = Decompress(body, head.Header("Content-Encoding"), maxBodyBytes) ?? body;
        return (head, body);
    }

    /// <summary>"Name: value" lines; a line starting with white space continues the previous value.</summary>
    public static List<KeyValuePair<string, string>> ParseHeaderLines(IEnumerable<string> lines)
    {
        var headers = new List<KeyValuePair<string, string>>();
        foreach (var line in lines)
        {
            if (line.Length == 0) continue;
            if ((line[0] == ' ' || line[0] == '\t') && headers.Count > 0)
            {
                headers[^1] = new(headers[^1].Key, headers[^1].Value + " " + line.Trim());
                continue;
            }
            int colon = line.IndexOf(':');
            if (colon <= 0) continue;
            headers.Add(new(line[..colon].Trim(), line[(colon + 1)..].Trim()));
        }
        return headers;
    }

    private static int FindHeadEnd(byte[] block, out int separator)
    {
        for (int i = 0; i < block.Length - 1; i++)
        {
            if (block[i] != '\n') continue;
            if (block[i + 1] == '\n') { separator = 2; return i; }
            if (block[i + 1] == '\r' && i + 2 < block.Length && block[i + 2] == '\n') { separator = 3; return i; }
        }
        // A response with headers and no body may end without the blank line.
        separator = 0;
        return block.Length > 0 ? block.Length : -1;
    }

    /// <summary>The body of a chunked transfer; null when the bytes are not valid chunks.</summary>
    internal static byte[]? Dechunk(byte[] body)
    {
        using var output = new MemoryStream();
        int position = 0;
        while (true)
        {
            int lineEnd = Array.IndexOf(body, (byte)'\n', position);
            if (lineEnd < 0) return null;
            var sizeText = Encoding.ASCII.GetString(body, position, lineEnd - position).Trim();
            int extension = sizeText.IndexOf(';');
            if (extension >= 0) sizeText = sizeText[..extension].Trim();
            if (!int.TryParse(sizeText, System.Globalization.NumberStyles.HexNumber, null, out int size) || size < 0) return null;
            position = lineEnd + 1;
            if (size == 0) return output.ToArray();
            if (position + size > body.Length) return null;
            output.Write(body, position, size);
            position += size;
            // Each chunk ends with CR LF.
            if (position < body.Length && body[position] == '\r') position++;
            if (position < body.Length && body[position] == '\n') position++;
        }
    }

    /// <summary>The body with gzip or deflate undone; null when it is not (or not validly) so encoded.</summary>
    private static byte[]? Decompress(byte[] body, string? contentEncoding, int maxBytes)
    {
        var encoding = contentEncoding?.Trim().ToLowerInvariant();
        if (encoding is not ("gzip" or "x-gzip" or "deflate") || body.Length == 0) return null;
        try
        {
            // "deflate" is meant to be zlib-wrapped, but some servers send raw deflate.
            Stream raw = new MemoryStream(body);
            Stream decoder = encoding == "deflate"
                ? (body[0] & 0x0F) == 8 ? new ZLibStream(raw, CompressionMode.Decompress) : new DeflateStream(raw, CompressionMode.Decompress)
                : Decompression.Gunzip(body);
            return Decompression.ReadAll(decoder, maxBytes);
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}
