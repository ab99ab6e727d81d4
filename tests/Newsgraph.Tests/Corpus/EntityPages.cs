namespace Newsgraph.Tests.Corpus;

/// <summary>Fictional reports for the cross-article entity tests, written for them: one port story told by two
/// outlets under different spellings of its people and organisations, a farmer who shares a surname with
/// the union leader of that story, and two places called Georgia.</summary>
public static class EntityPages
{
    public static readonly NewsPages.Page QuayReopens = new("https://harbourgazette.example/2031/05/04/tarvik-quay",
        "Tarvik port to reopen northern quay", "Harbour Gazette", "2031-05-04T08:00:00Z",
        [
            "Port Minister Adil Harun-Qasemi said on Monday that the Tarvik Port Authority would reopen the northern quay by the end of the month. The Northern Fisheries Council (NFC) welcomed the decision.",
            "Harun-Qasemi spoke after meeting Ilka Brandt, who leads the dockworkers' union, at the harbour office in Tarvik. Brandt said the union would end its work-to-rule protest once the quay reopened.",
            "The U.S. Coast Guard said its patrol boats would keep using the southern berths.",
        ]);

    /// <summary>The same story by another outlet: "Adel Harun Qassemi", "NFC" alone, "Brandt" alone, "Coast Guard" without its country.</summary>
    public static readonly NewsPages.Page ProtestEnds = new("https://coastalpost.example/news/tarvik-protest-ends",
        "Dockworkers end protest as Tarvik quay reopens", "Coastal Post", "2031-05-05T10:30:00Z",
        [
            "Adel Harun Qassemi, the port minister, confirmed on Tuesday that the northern quay at Tarvik would reopen. The NFC said fishing boats would return to the quay within days.",
            "Brandt, speaking for the dockworkers, said the protest was over. Mr. Harun Qassemi thanked the union and the Coast Guard for their patience.",
        ]);

    /// <summary><see cref="ProtestEnds"/> edited after publication: the dockworkers' paragraph is gone.</summary>
    public static readonly NewsPages.Page ProtestEndsEdited = ProtestEnds with
    {
        Paragraphs =
        [
            "Adel Harun Qassemi, the port minister, confirmed on Tuesday that the northern quay at Tarvik would reopen. The NFC said fishing boats would return to the quay within days.",
            "Mr. Harun Qassemi thanked the Coast Guard for its patience.",
        ],
    };

    /// <summary>Another Brandt, in another story.</summary>
    public static readonly NewsPages.Page PumpkinFair = new("https://orrinweekly.example/2031/09/01/pumpkin",
        "Giant pumpkin wins Orrin county fair", "Orrin Weekly", "2031-09-01T09:00:00Z",
        [
            "Tomas Brandt, a farmer from Orrin, won the county fair on Saturday with a pumpkin that weighed more than 600 kilograms.",
            "Brandt said he had grown pumpkins on the same field for twenty years. The Orrin Growers Guild gave him its silver cup.",
        ]);

    /// <summary>Georgia the US state, among its cities.</summary>
    public static readonly NewsPages.Page PeachFrost = new("https://farmwire.example/2031/07/04/peach-frost",
        "Late frost hurts peach growers", "Farm Wire", "2031-07-04T12:00:00Z",
        [
            "Peach growers in Georgia lost much of their crop to a late frost this week, farm officials in Atlanta said on Friday.",
            "Orchards south of Macon were hit hardest, and prices at markets in Savannah rose by a third.",
        ]);

    /// <summary>Georgia the country, beside its capital and its neighbours.</summary>
    public static readonly NewsPages.Page GrapeHarvest = new("https://vineyardnews.example/2031/07/05/kakheti-harvest",
        "Grape harvest starts early in Kakheti", "Vineyard News", "2031-07-05T12:00:00Z",
        [
            "Wine makers in Georgia began picking grapes two weeks early after a hot summer, the agriculture ministry in Tbilisi said on Friday.",
            "Growers in the Kakheti valley said the early harvest would give a sweeter wine. Exports to Armenia and Ukraine are expected to rise.",
        ]);

    public static readonly NewsPages.Page[] All = [QuayReopens, ProtestEnds, PeachFrost, GrapeHarvest, PumpkinFair];

    /// <summary>A match report with its headline in capitals, the teams named by their towns.</summary>
    public static readonly NewsPages.Page RoversWin = new("https://fieldsport.example/2031/10/12/rovers-mariners",
        "ORRIN ROVERS BEAT TARVIK MARINERS", "Field Sport", "2031-10-12T20:00:00Z",
        [
            "The Orrin Rovers beat the Tarvik Mariners 24-21 in overtime on Sunday. Orrin scored on its first drive and Tarvik never led.",
            "Coach Halvard Ennis said the Rovers had earned the win.",
        ]);

    /// <summary>The same match by another outlet, the teams by their names alone.</summary>
    public static readonly NewsPages.Page MarinersFall = new("https://coastalpost.example/sport/mariners-fall",
        "Mariners fall to Rovers in overtime", "Coastal Post", "2031-10-13T07:00:00Z",
        [
            "The Mariners lost to the Rovers in overtime on Sunday, the third defeat in a row for the Tarvik Mariners. Rovers quarterback Jonas Pell threw two touchdown passes.",
        ]);

    /// <summary>Leeds the city, in a story with no team.</summary>
    public static readonly NewsPages.Page FloodWarning = new("https://northwire.example/2031/10/14/leeds-flood",
        "Flood warning for Leeds", "North Wire", "2031-10-14T09:00:00Z",
        [
            "Heavy rain is expected in Leeds on Monday, and the city council has opened two shelters. Mayor Olin Brack said crews were clearing drains.",
        ]);

    /// <summary>A team named for Leeds.</summary>
    public static readonly NewsPages.Page HarriersHold = new("https://fieldsport.example/2031/10/15/harriers",
        "Harriers hold on", "Field Sport", "2031-10-15T21:00:00Z",
        [
            "The Leeds Harriers held off the Orrin Rovers 3-2 on Saturday. Goalkeeper Mira Stout saved a late penalty.",
        ]);

    public static readonly NewsPages.Page[] Sport = [RoversWin, MarinersFall, FloodWarning, HarriersHold];
}
