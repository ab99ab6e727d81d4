using System.Text;
using Newsgraph.Corpus;
using Newsgraph.Sources;

namespace Newsgraph.Tests.Corpus;

/// <summary>Small fictional news pages, written for these tests, as HTML with the metadata a news site gives.</summary>
public static class NewsPages
{
    public sealed record Page(string Url, string Title, string Publisher, string Published, string[] Paragraphs)
    {
        public string Html()
        {
            var body = new StringBuilder();
            foreach (var p in Paragraphs) body.Append("<p>").Append(System.Net.WebUtility.HtmlEncode(p)).Append("</p>\n");
            return $"""
                <!doctype html><html lang="en"><head><meta charset="utf-8"><title>{Title}</title>
                <link rel="canonical" href="{Url}"><meta property="og:site_name" content="{Publisher}">
                <meta property="article:published_time" content="{Published}"></head>
                <body><article><h1>{Title}</h1>{body}</article></body></html>
                """;
        }

        public IngestItem Item(string? source = null) =>
            new(InputItem.FromBytes(source ?? Url, Encoding.UTF8.GetBytes(Html()), "text/html; charset=utf-8", Url), "test");
    }

    public static readonly Page FerryStrike = new("https://coastline.example/2031/04/02/ferry-strike", "Ferry crews strike over night rosters",
        "Coastline Herald", "2031-04-02T08:00:00Z",
        [
            "Ferry crews on the Merrow crossing walked off the job on Tuesday, halting sailings to the islands for the first time in a decade.",
            "\u201cWe cannot run safe boats on these rosters,\u201d said Ilse Varga, the crews' union secretary, outside the terminal in Port Merrow.",
            "The operator, Tidewater Lines, said it would meet the union on Thursday and hoped to restore a reduced timetable by the weekend.",
            "Island shopkeepers said deliveries of bread and fuel had already been delayed, and the regional council asked both sides to settle quickly.",
        ]);

    /// <summary>The same wire story as <see cref="FerryStrike"/>, carried by another outlet with small edits.</summary>
    public static readonly Page FerryStrikeCopy = new("https://valleypost.example/news/ferry-crews-strike", "Ferry crews walk out over rosters",
        "Valley Post", "2031-04-02T11:15:00Z",
        [
            "Ferry crews on the Merrow crossing walked off the job on Tuesday, halting sailings to the islands for the first time in a decade.",
            "\u201cWe cannot run safe boats on these rosters,\u201d said Ilse Varga, the crews' union secretary, outside the terminal in Port Merrow.",
            "The operator, Tidewater Lines, said it would meet the union on Thursday and hoped to restore a reduced timetable by the weekend.",
            "Island shopkeepers said deliveries of bread and fuel had already been delayed, and the regional council asked both sides to settle.",
        ]);

    public static readonly Page LibraryRoof = new("https://coastline.example/2031/04/05/library-roof", "Library roof repairs to finish in May",
        "Coastline Herald", "2031-04-05T07:30:00Z",
        [
            "Repairs to the leaking roof of the Merrow public library will finish in May, the town's works department said on Friday.",
            "The reading room has been closed since a winter storm tore away slates above the local history collection.",
            "\u201cThe archive is dry and safe,\u201d said librarian Tomas Kell, who moved the oldest maps to the museum's basement.",
        ]);

    public static readonly Page OrchardHarvest = new("https://valleypost.example/news/orchard-harvest", "Orchards expect a late apple harvest",
        "Valley Post", "2031-04-09T06:00:00Z",
        [
            "Apple growers in the Sorrel valley expect a late harvest after a cold spring delayed blossom by three weeks.",
            "\u201cThe trees are healthy, just slow,\u201d said grower Maren Osei, whose family has farmed the valley for four generations.",
            "Cider makers said they would shift pressing to October and hire seasonal workers later than usual.",
        ]);

    public static readonly Page[] All = [FerryStrike, FerryStrikeCopy, LibraryRoof, OrchardHarvest];

    public static async IAsyncEnumerable<IngestItem> Items(IEnumerable<Page> pages)
    {
        foreach (var page in pages) yield return page.Item();
        await Task.CompletedTask;
    }
}
