using System.Text;
using Newsgraph.Corpus;
using Newsgraph.Sources;

namespace Newsgraph.Tests.Server;

/// <summary>Our own hostile page: markup and script where a page's words go (title, author, quote, links),
/// to show the server writes every one of them as text.</summary>
public static class HostilePage
{
    public const string Url = "https://hostile.example/2031/05/01/pier-dispute";
    public const string TitleText = "<script>window.__pwned = 1</script>Pier dispute \"deepens\"";
    public const string Author = "Ana O'Brook \"><i>Tarn";

    public static string Html() => $$"""
        <!doctype html><html lang="en"><head><meta charset="utf-8">
        <title>&lt;script&gt;window.__pwned = 1&lt;/script&gt;Pier dispute "deepens"</title>
        <meta property="og:site_name" content="Hostile &lt;b&gt;Gazette&lt;/b&gt;">
        <meta name="author" content="Ana O&#39;Brook &quot;&gt;&lt;i&gt;Tarn">
        <meta property="article:published_time" content="2031-05-01T10:00:00Z">
        <link rel="canonical" href="{{Url}}"></head>
        <body><article><h1>&lt;script&gt;window.__pwned = 1&lt;/script&gt;Pier dispute "deepens"</h1>
        <p>Fishers at the north pier of Tolland refused to unload on Thursday, and the harbour board said talks would resume.</p>
        <p>"We will not move &lt;b&gt;one crate&lt;/b&gt; until the &lt;script&gt;window.__pwned = 3&lt;/script&gt; fees fall," said Joss Amari, who leads the fishers' cooperative.</p>
        <p>The board's chair, Rhea Lund, said the fees had not risen since 2027 and called the protest <a href="javascript:window.__pwned=4">unfair</a>.</p>
        </article></body></html>
        """;

    public static IngestItem Item() => new(InputItem.FromBytes(Url, Encoding.UTF8.GetBytes(Html()), "text/html; charset=utf-8", Url), "test");
}
