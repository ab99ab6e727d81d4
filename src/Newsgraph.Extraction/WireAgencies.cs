namespace Newsgraph.Extraction;

/// <summary>
/// News agencies and the names they go by in datelines and credit lines, each mapped to the short name
/// credits use ("The Associated Press" → "AP"). A small hand-made table of public facts.
/// </summary>
public static class WireAgencies
{
    // Canonical name first, then the other names and spellings met in bylines and datelines.
    private static readonly string[][] Table =
    [
        ["AP", "Associated Press", "The Associated Press", "AP News"],
        ["Reuters", "Thomson Reuters", "Reuters News"],
        ["AFP", "Agence France-Presse", "Agence France Presse", "France-Presse"],
        ["UPI", "United Press International"],
        ["dpa", "DPA", "Deutsche Presse-Agentur", "Deutsche Presse Agentur"],
        ["ANSA", "Agenzia Nazionale Stampa Associata"],
        ["EFE", "Agencia EFE"],
        ["Xinhua", "Xinhua News Agency", "Xinhua News"],
        ["TASS", "ITAR-TASS"],
        ["Interfax"],
        ["RIA Novosti", "RIA"],
        ["Bloomberg", "Bloomberg News"],
        ["CNN"],
        ["BBC", "BBC News"],
        ["Kyodo", "Kyodo News"],
        ["Jiji", "Jiji Press"],
        ["Yonhap", "Yonhap News Agency"],
        ["PTI", "Press Trust of India"],
        ["IANS", "Indo-Asian News Service"],
        ["ANI", "Asian News International"],
        ["AAP", "Australian Associated Press"],
        ["CP", "The Canadian Press", "Canadian Press"],
        ["PA", "PA Media", "Press Association"],
        ["APA", "Austria Presse Agentur"],
        ["SDA", "Keystone-SDA", "Schweizerische Depeschenagentur"],
        ["KNA", "Katholische Nachrichten-Agentur"],
        ["epd", "Evangelischer Pressedienst"],
        ["ANP", "Algemeen Nederlands Persbureau"],
        ["Belga"],
        ["NTB", "Norsk Telegrambyrå"],
        ["TT", "Tidningarnas Telegrambyrå"],
        ["Ritzau"],
        ["STT", "STT-Info"],
        ["PAP", "Polska Agencja Prasowa"],
        ["CTK", "ČTK"],
        ["MTI"],
        ["Lusa", "Agência Lusa"],
        ["Europa Press"],
        ["Anadolu", "Anadolu Agency", "AA"],
        ["IRNA", "Islamic Republic News Agency"],
        ["Ukrinform"],
        ["UNIAN"],
        ["Bernama"],
        ["Antara"],
        ["KUNA", "Kuwait News Agency"],
        ["WAM", "Emirates News Agency"],
        ["SPA", "Saudi Press Agency"],
        ["MENA", "Middle East News Agency"],
        ["Prensa Latina"],
        ["Notimex"],
        ["Télam", "Telam"],
        ["Agência Brasil", "Agencia Brasil"],
        ["CNA", "Central News Agency"],
        ["KCNA", "Korean Central News Agency"],
        ["Dow Jones", "Dow Jones Newswires"],
    ];

    private static readonly Dictionary<string, string> ByAlias = BuildIndex(StringComparer.Ordinal);
    private static readonly Dictionary<string, string> ByAliasIgnoringCase = BuildIndex(StringComparer.OrdinalIgnoreCase);

    private static Dictionary<string, string> BuildIndex(StringComparer comparer)
    {
        var index = new Dictionary<string, string>(comparer);
        foreach (var row in Table)
            foreach (var alias in row)
                index.TryAdd(alias, row[0]);
        return index;
    }

    /// <summary>The canonical short name of an agency ("the Associated Press" → "AP"), or null when it is not one.</summary>
    public static string? Canonical(string name)
    {
        var key = name.Trim().Trim('.', ',', ';', ':', '(', ')', '"', '\'', '’', '“', '”');
        if (key.StartsWith("the ", StringComparison.OrdinalIgnoreCase)) key = key[4..];
        if (ByAlias.TryGetValue(key, out var canonical)) return canonical;
        // Short acronyms ("PA", "TT") must match in case, or ordinary words would turn into agencies.
        return key.Length > 4 && ByAliasIgnoringCase.TryGetValue(key, out canonical) ? canonical : null;
    }

    /// <summary>Every alias, longest first, for finding agency names inside a line.</summary>
    public static IEnumerable<string> Aliases => ByAlias.Keys.OrderByDescending(a => a.Length);
}
