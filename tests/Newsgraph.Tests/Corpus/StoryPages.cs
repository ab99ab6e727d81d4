namespace Newsgraph.Tests.Corpus;

/// <summary>Fictional reports for the story tests, written for them: the Merrow ferry strike told by a
/// third outlet in its own words, and a ferry strike of the same kind a year later elsewhere.</summary>
public static class StoryPages
{
    /// <summary>The strike of <see cref="NewsPages.FerryStrike"/>, reported independently by another outlet.</summary>
    public static readonly NewsPages.Page FerryStrikeReport = new("https://islandtimes.example/2031/04/02/merrow-sailings-halted",
        "Merrow sailings halted as ferry crews strike", "Island Times", "2031-04-02T13:40:00Z",
        [
            "No ferries left Port Merrow on Tuesday after crews on the Merrow crossing went on strike over night rosters.",
            "Ilse Varga, who speaks for the ferry crews' union, said rosters at Tidewater Lines left crews exhausted.",
            "Tidewater Lines said talks with the union would take place on Thursday and that a reduced timetable could follow by the weekend.",
            "Shopkeepers on the islands said bread and fuel deliveries were already late.",
        ]);

    /// <summary>A ferry strike too, but a year later, on another crossing, with other people.</summary>
    public static readonly NewsPages.Page KesselFerryStrike = new("https://northern.example/2032/06/10/kessel-ferry-strike",
        "Kessel ferry crews strike over pay", "Northern Courier", "2032-06-10T09:00:00Z",
        [
            "Ferry crews at Kessel Harbour stopped work on Thursday in a dispute with Northsound Ferries over pay.",
            "Bram Oduya, the regional organiser of the seafarers' association, said the company had frozen wages for three years.",
            "Northsound Ferries said it regretted the strike and offered talks at the harbour office in Kessel on Monday.",
            "Commuters from the northern isles queued for a replacement bus service along the coast road.",
        ]);

    public static readonly NewsPages.Page[] All =
        [NewsPages.FerryStrike, NewsPages.FerryStrikeCopy, FerryStrikeReport, NewsPages.LibraryRoof, NewsPages.OrchardHarvest, KesselFerryStrike];
}
