using System.Text;

namespace Newsgraph.Sources.Archives;

/// <summary>An archive record turned into something the engine reads, or why it was passed over.</summary>
/// <param name="Item">The page (HTML) or text capture, named by the record's location; null when skipped.</param>
/// <param name="Skipped">Why the record holds no page (a request, a redirect, an image...); null for a page.</param>
public sealed record ArchivePage(ArchiveRecord Record, InputItem? Item, string? Skipped);

/// <summary>
/// Decides which records are pages: <c>response</c> records with a 2xx status holding HTML (by content type
/// or by content), <c>resource</c> records holding HTML, and <c>conversion</c> records (WET) as text
/// captures. <c>warcinfo</c>, <c>request</c>, <c>metadata</c> and <c>revisit</c> records hold no page.
/// </summary>
public static class ArchivePages
{
    public static ArchivePage FromRecord(ArchiveRecord record)
    {
        switch (record.Type.ToLowerInvariant())
        {
            case "response":
                if (record.Http is null) return Skip(record, "response record without an HTTP response");
                if (record.Http.Status is < 200 or > 299) return Skip(record, $"HTTP {record.Http.Status}");
                return HoldsHtml(record.Http.ContentType, record.Payload)
                    ? Page(record, record.Http.ContentType)
                    : Skip(record, $"not HTML ({record.Http.ContentType ?? "no content type"})");
            case "resource":
                return HoldsHtml(record.ContentType, record.Payload)
                    ? Page(record, record.ContentType)
                    : Skip(record, $"not HTML ({record.ContentType ?? "no content type"})");
            case "conversion":
                return record.Payload.Length == 0 ? Skip(record, "empty text capture") : Page(record, "text/plain; charset=utf-8");
            default:
                return Skip(record, $"{(record.Type.Length == 0 ? "untyped" : record.Type)} record");
        }
    }

    private static ArchivePage Page(ArchiveRecord record, string? contentType) =>
        new(record, InputItem.FromBytes(record.Location, record.Payload, contentType, record.TargetUri), null);

    private static ArchivePage Skip(ArchiveRecord record, string reason) => new(record, null, reason);

    /// <summary>HTML by declared type, or by content when the type says nothing useful (missing, generic).</summary>
    private static bool HoldsHtml(string? contentType, byte[] payload)
    {
        var type = contentType?.Split(';')[0].Trim().ToLowerInvariant() ?? "";
        if (type is "text/html" or "application/xhtml+xml") return true;
        if (type is not ("" or "text/plain" or "application/octet-stream" or "unk" or "no-type")) return false;
        if (payload.Length == 0) return false;
        var head = Encoding.Latin1.GetString(payload, 0, Math.Min(payload.Length, 4096));
        return ContentSniffer.Sniff(head) == PageKind.Html;
    }
}
