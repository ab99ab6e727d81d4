using System.IO.Compression;
using System.Text;
using Newsgraph.Sources.Archives;

namespace Newsgraph.Tests.Sources.Archives;

/// <summary>Archives the tests write themselves, around fictional pages, valid and deliberately broken.</summary>
public sealed class ArchiveReaderTests
{
    private const string Page = "<!DOCTYPE html><html><head><title>Harbour reopens</title></head><body><article><p>The harbour of Velmora reopened on Tuesday after the storm, the port authority said.</p></article></body></html>";

    internal static byte[] WarcRecord(string type, string? uri, string contentType, byte[] block, string? contentLength = null)
    {
        var head = new StringBuilder("WARC/1.1\r\n")
            .Append($"WARC-Type: {type}\r\n")
            .Append($"WARC-Record-ID: <urn:uuid:{Guid.NewGuid()}>\r\n")
            .Append("WARC-Date: 2026-03-04T05:06:07Z\r\n");
        if (uri is not null) head.Append($"WARC-Target-URI: {uri}\r\n");
        head.Append($"Content-Type: {contentType}\r\nContent-Length: {contentLength ?? block.Length.ToString()}\r\n\r\n");
        return [.. Encoding.UTF8.GetBytes(head.ToString()), .. block, .. "\r\n\r\n"u8];
    }

    internal static byte[] HttpResponse(string body, int status = 200, string contentType = "text/html; charset=utf-8") =>
        Encoding.UTF8.GetBytes($"HTTP/1.1 {status} X\r\nContent-Type: {contentType}\r\n\r\n{body}");

    internal static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest)) gzip.Write(data);
        return output.ToArray();
    }

    private static byte[] Response(string uri, string body, int status = 200, string contentType = "text/html; charset=utf-8") =>
        WarcRecord("response", uri, "application/http; msgtype=response", HttpResponse(body, status, contentType));

    private static byte[] Info() => WarcRecord("warcinfo", null, "application/warc-fields", "software: newsgraph-tests\r\n"u8.ToArray());

    internal static async Task<List<ArchiveEntry>> Read(byte[] archive, int maxRecordBytes = ArchiveReader.DefaultMaxRecordBytes)
    {
        var entries = new List<ArchiveEntry>();
        await foreach (var entry in ArchiveReader.ReadAsync(new MemoryStream(archive), "test.warc", maxRecordBytes)) entries.Add(entry);
        return entries;
    }

    [Fact]
    public async Task A_plain_warc_gives_its_records_and_the_pages_among_them()
    {
        byte[] archive = [.. Info(), .. Response("https://velmora.example/harbour", Page),
            .. WarcRecord("request", "https://velmora.example/harbour", "application/http; msgtype=request", "GET /harbour HTTP/1.1\r\n\r\n"u8.ToArray()),
            .. WarcRecord("conversion", "https://velmora.example/harbour", "text/plain", "Harbour reopens\n\nThe harbour of Velmora reopened."u8.ToArray())];

        var entries = await Read(archive);

        Assert.Equal(["warcinfo", "response", "request", "conversion"], entries.Select(e => e.Record!.Type));
        var response = entries[1].Record!;
        Assert.Equal(2, response.Number);
        Assert.Equal(Info().Length, response.Offset);
        Assert.Equal(new DateTimeOffset(2026, 3, 4, 5, 6, 7, TimeSpan.Zero), response.Date);
        Assert.StartsWith("<urn:uuid:", response.RecordId);
        Assert.Equal(200, response.Http!.Status);
        Assert.Equal(Page, Encoding.UTF8.GetString(response.Payload));

        var pages = entries.Select(e => ArchivePages.FromRecord(e.Record!)).ToList();
        Assert.Equal("warcinfo record", pages[0].Skipped);
        Assert.Equal("https://velmora.example/harbour", pages[1].Item!.Page!.Url);
        Assert.Equal($"test.warc@{response.Offset}", pages[1].Item!.Source);
        Assert.Equal("request record", pages[2].Skipped);
        Assert.Equal("text/plain; charset=utf-8", pages[3].Item!.Page!.ContentType);
    }

    [Fact]
    public async Task The_engine_extracts_an_archived_page_and_a_text_capture()
    {
        const string text = "Harbour reopens\n\nThe harbour of Velmora reopened on Tuesday after the storm, the port authority said.";
        byte[] archive = [.. Response("https://velmora.example/harbour", Page),
            .. WarcRecord("conversion", "https://velmora.example/harbour", "text/plain", Encoding.UTF8.GetBytes(text))];
        using var engine = new Newsgraph.Engine.NewsEngine();

        var documents = new List<Newsgraph.Core.Model.ArticleDocument>();
        foreach (var entry in await Read(archive))
            documents.Add(await engine.ProcessAsync(ArchivePages.FromRecord(entry.Record!).Item!, new Newsgraph.Engine.EngineOptions { Analyze = false }));

        Assert.All(documents, d => Assert.Contains("reopened on Tuesday", d.Text));
    }

    [Fact]
    public async Task Non_pages_are_skipped_with_the_reason()
    {
        byte[] archive = [.. Response("https://velmora.example/gone", Page, status: 404),
            .. Response("https://velmora.example/logo.png", "PNG", contentType: "image/png"),
            .. Response("https://velmora.example/untyped", Page, contentType: "application/octet-stream")];

        var pages = (await Read(archive)).Select(e => ArchivePages.FromRecord(e.Record!)).ToList();

        Assert.Equal("HTTP 404", pages[0].Skipped);
        Assert.Equal("not HTML (image/png)", pages[1].Skipped);
        Assert.NotNull(pages[2].Item); // sniffed as HTML
    }

    [Fact]
    public async Task A_chunked_gzip_encoded_body_is_decoded()
    {
        var compressed = Gzip(Encoding.UTF8.GetBytes(Page));
        var half = compressed.Length / 2;
        byte[] http = [.. "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n\r\n"u8,
            .. Encoding.ASCII.GetBytes($"{half:x}\r\n"), .. compressed[..half], .. "\r\n"u8,
            .. Encoding.ASCII.GetBytes($"{compressed.Length - half:x};note=x\r\n"), .. compressed[half..], .. "\r\n0\r\n\r\n"u8];

        var record = (await Read(WarcRecord("response", "https://velmora.example/", "application/http", http))).Single().Record!;

        Assert.Equal(Page, Encoding.UTF8.GetString(record.Payload));
    }

    [Fact]
    public async Task Each_gzip_member_is_named_by_its_offset_and_a_record_may_span_members()
    {
        var first = Gzip(Info());
        var response = Response("https://velmora.example/harbour", Page);
        var split = Gzip(response[..40]).Concat(Gzip(response[40..])).ToArray();

        var entries = await Read([.. first, .. split, .. Gzip(Info())]);

        Assert.Equal([0L, first.Length, first.Length + split.Length], entries.Select(e => e.Record!.Offset));
        Assert.Equal(Page, Encoding.UTF8.GetString(entries[1].Record!.Payload));
    }

    [Fact]
    public async Task A_damaged_gzip_member_is_reported_and_the_next_members_are_read()
    {
        var good = Gzip(Info());
        var damaged = Gzip(Response("https://velmora.example/harbour", Page));
        for (int i = 12; i < damaged.Length - 12; i += 7) damaged[i] ^= 0x5A;
        var after = Gzip(Response("https://velmora.example/market", Page));

        var entries = await Read([.. good, .. damaged, .. after]);

        Assert.Equal("warcinfo", entries[0].Record?.Type);
        var problem = entries[1].Problem!;
        Assert.Equal(good.Length, problem.Offset);
        Assert.StartsWith("damaged or truncated gzip member", problem.Reason);
        Assert.Equal($"test.warc: record 2 at offset {good.Length}: {problem.Reason}", problem.ToString());
        Assert.Equal("https://velmora.example/market", entries[2].Record?.TargetUri);
        Assert.Equal(good.Length + damaged.Length, entries[2].Record!.Offset);
    }

    [Fact]
    public async Task Gzip_magic_bytes_inside_a_member_do_not_split_it()
    {
        // Stored (uncompressed) deflate blocks keep the payload's bytes as they are, magic included.
        byte[] http = [.. HttpResponse(Page), 0x1f, 0x8b, 0x08, 0x00, .. " still the same record"u8];
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.NoCompression))
            gzip.Write(WarcRecord("response", "https://velmora.example/odd", "application/http", http));
        var member = output.ToArray();
        Assert.True(member.AsSpan(10).IndexOf(new byte[] { 0x1f, 0x8b, 0x08, 0x00 }) >= 0);

        var entries = await Read([.. member, .. Gzip(Info())]);

        Assert.Equal(["response", "warcinfo"], entries.Select(e => e.Record?.Type));
    }

    [Fact]
    public async Task A_truncated_last_member_is_reported_after_the_good_records()
    {
        var good = Gzip(Info());
        var cut = Gzip(Response("https://velmora.example/harbour", Page));

        var entries = await Read([.. good, .. cut[..(cut.Length / 2)]]);

        Assert.Equal(2, entries.Count);
        Assert.NotNull(entries[0].Record);
        Assert.Equal(good.Length, entries[1].Problem!.Offset);
    }

    [Fact]
    public async Task A_bad_content_length_is_reported_and_reading_resyncs_on_the_next_version_line()
    {
        byte[] archive = [.. WarcRecord("response", "https://velmora.example/a", "application/http", HttpResponse(Page), contentLength: "many"),
            .. Response("https://velmora.example/b", Page)];

        var entries = await Read(archive);

        Assert.Equal("bad Content-Length \"many\"", entries[0].Problem!.Reason);
        Assert.Equal("https://velmora.example/b", entries[1].Record!.TargetUri);
    }

    [Fact]
    public async Task A_block_cut_short_ends_the_archive_with_a_reason()
    {
        var archive = Response("https://velmora.example/a", Page);

        var entries = await Read(archive[..^40]);

        var problem = Assert.Single(entries).Problem!;
        Assert.StartsWith("truncated: the response record's block has", problem.Reason);
    }

    [Fact]
    public async Task An_oversized_record_is_skipped_and_the_next_one_read()
    {
        byte[] archive = [.. Response("https://velmora.example/big", Page + new string(' ', 5000)), .. Response("https://velmora.example/small", "<html></html>")];

        var entries = await Read(archive, maxRecordBytes: 4096);

        Assert.EndsWith("; skipped", entries[0].Problem!.Reason);
        Assert.Equal("https://velmora.example/small", entries[1].Record!.TargetUri);
    }

    [Fact]
    public async Task An_oversized_gzip_member_is_reported_once_and_the_next_member_read()
    {
        // Random text compresses poorly, so the member stays over the limit.
        var noise = string.Concat(Enumerable.Range(0, 3000).Select(_ => Guid.NewGuid().ToString("N")));
        var big = Gzip(Response("https://velmora.example/big", Page + noise));
        var small = Gzip(Response("https://velmora.example/small", "<html></html>"));

        var entries = await Read([.. small, .. big, .. small], maxRecordBytes: 16 * 1024);

        Assert.Equal(3, entries.Count);
        Assert.Equal(small.Length, entries[1].Problem!.Offset);
        Assert.EndsWith("; skipped to the next member", entries[1].Problem!.Reason);
        Assert.Equal("https://velmora.example/small", entries[2].Record!.TargetUri);
        Assert.Equal(small.Length + big.Length, entries[2].Record!.Offset);
    }

    [Fact]
    public async Task Something_else_is_rejected_in_one_line()
    {
        var entries = await Read("<rss version=\"2.0\"><channel></channel></rss>"u8.ToArray());

        Assert.Equal("test.warc: record 1 at offset 0: not a WARC or ARC archive (starts with \"<rss version=\"2.0\"><channel></channel></rss>\")",
            Assert.Single(entries).Problem!.ToString());
        Assert.Equal("empty file, not an archive", Assert.Single(await Read([])).Problem!.Reason);
    }

    [Fact]
    public async Task An_arc_file_gives_its_captures_plain_and_gzip()
    {
        var desc = "1 0 Newsgraph tests\nURL IP-address Archive-date Content-type Archive-length\n"u8.ToArray();
        var http = HttpResponse(Page);
        byte[] ArcRecord(string header, byte[] block) => [.. Encoding.ASCII.GetBytes(header + " " + block.Length + "\n"), .. block, (byte)'\n'];
        var first = ArcRecord("filedesc://tests.arc 127.0.0.1 20260304050607 text/plain", desc);
        var second = ArcRecord("https://velmora.example/a page 192.0.2.7 20260304050608 text/html", http);

        foreach (var archive in new[] { first.Concat(second).ToArray(), Gzip(first).Concat(Gzip(second)).ToArray() })
        {
            var entries = await Read(archive);
            Assert.Equal(["warcinfo", "response"], entries.Select(e => e.Record!.Type));
            var capture = entries[1].Record!;
            Assert.Equal("https://velmora.example/a page", capture.TargetUri);
            Assert.Equal(new DateTimeOffset(2026, 3, 4, 5, 6, 8, TimeSpan.Zero), capture.Date);
            Assert.Equal(Page, Encoding.UTF8.GetString(capture.Payload));
            Assert.NotNull(ArchivePages.FromRecord(capture).Item);
        }
    }
}
