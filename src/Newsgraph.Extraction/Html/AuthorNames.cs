using System.Text.RegularExpressions;

namespace Newsgraph.Extraction.Html;

/// <summary>
/// Turns byline strings into clean person names: strips "By"/"Von"/"Par"…, roles after a comma or
/// dash, social handles, e-mail addresses, dates, URLs and post-nominal degrees, drops collective
/// bylines ("Our Foreign Staff"), and splits lists of several authors.
/// </summary>
internal static partial class AuthorNames
{
    [GeneratedRegex(@"^\s*(?:written\s+by|posted\s+by|reported\s+by|story\s+by|text\s+by|words\s+by|by|von|par|por|di|door|av|af|przez|от|автор:?|author:?|autor:?|auteur:?|texte:?|text:?)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingBy();

    [GeneratedRegex(@"\s*(?:,|;|\s&\s|\sand\s|\sund\s|\set\s|\sy\s|\se\s|\sen\s|\sog\s|\soch\s|\si\s|\s/\s|\|)\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Separators();

    [GeneratedRegex(@"@\w+|\S+@\S+\.\w+|https?://\S+|www\.\S+", RegexOptions.CultureInvariant)]
    private static partial Regex HandlesAndLinks();

    [GeneratedRegex(@"\b(?:staff|senior|chief|contributing|special|political|foreign|business|science|technology|tech|sports?|health|news|editor|editors|editorial|correspondent|reporter|writer|columnist|contributor|journalist|photographer|producer|analyst|intern|director|manager|founder|host|team|desk|redaktion|korrespondent|redakteur|rédaction|journaliste|last\s+updated|updated|published|posted|datum|date|fecha|publié|veröffentlicht|aktualisiert|am|um|on)\b.*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RoleTail();

    [GeneratedRegex(@"\d", RegexOptions.CultureInvariant)]
    private static partial Regex Digit();

    // Degrees and suffixes that follow a name after a comma ("Jane Doe, PhD"): not names themselves.
    [GeneratedRegex(@"^(?:ph\.?\s?d|m\.?\s?d|m\.?\s?a|m\.?\s?s(?:c)?|b\.?\s?a|b\.?\s?s(?:c)?|m\.?p\.?h|r\.?n|d\.?o|mba|llm|jd|j\.d|dr|prof|jr|sr|esq|ii|iii|iv)\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PostNominal();

    // A byline naming the newsroom collectively, not a person ("Our Correspondent", "Staff Reports").
    [GeneratedRegex(@"^(?:our|staff|admin|administrator|anonymous|unknown|guest|editorial|redaktion|rédaction)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Collective();

    // Library-catalogue order from Dublin Core creators: "Doe, Jane", "Jong, Michiel de", "Doe, J.".
    [GeneratedRegex(@"^\s*(\p{Lu}[\p{L}'’-]+),\s*(\p{Lu}[\p{L}.'’-]*(?:\s+[\p{L}.'’-]+){0,2})\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex CatalogueOrder();

    /// <summary>Clean names from one or more raw byline values, in order, without repeats.</summary>
    public static List<string> Clean(IEnumerable<string> raw)
    {
        var names = new List<string>();
        foreach (var value in raw)
            foreach (var name in Split(value))
                if (!names.Contains(name, StringComparer.OrdinalIgnoreCase)) names.Add(name);
        return names;
    }

    /// <summary>"Doe, Jane" (one person, surname first) as "Jane Doe"; other values unchanged.</summary>
    public static string Uninvert(string value)
    {
        var m = CatalogueOrder().Match(value);
        return m.Success ? $"{m.Groups[2].Value} {m.Groups[1].Value}" : value;
    }

    private static IEnumerable<string> Split(string value)
    {
        var s = System.Net.WebUtility.HtmlDecode(value).Replace('\u00A0', ' ').Trim();
        // A byline block puts the date or role on its own line after the names; "By" may stand alone.
        s = FirstLineWithName(s);
        if (s.Length == 0 || s.Length > 200 || s.StartsWith("http", StringComparison.OrdinalIgnoreCase)) yield break;
        s = HandlesAndLinks().Replace(s, " ");
        s = LeadingBy().Replace(s, "");
        if (Collective().IsMatch(s)) yield break;
        foreach (var part in Separators().Split(s))
        {
            var name = CleanOne(part);
            if (name is not null) yield return name;
        }
    }

    private static string FirstLineWithName(string s)
    {
        foreach (var line in s.Split('\n'))
        {
            var rest = LeadingBy().Replace(line.Trim() + " ", "").Trim();
            if (rest.Length > 0) return line.Trim();
        }
        return "";
    }

    /// <summary>
    /// The name before a role or date ("Jane Doe Staff Writer" → "Jane Doe"); a single word and a
    /// single role word ("Metro News", "Reuters Staff") names a newsroom as the page states it, kept whole.
    /// </summary>
    private static string WithoutRole(string s)
    {
        var role = RoleTail().Match(s);
        if (!role.Success) return s;
        var before = s[..role.Index].Trim();
        bool newsroom = before.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length == 1 && !role.Value.Trim().Contains(' ');
        return newsroom ? s : before;
    }

    private static string? CleanOne(string part)
    {
        var s = LeadingBy().Replace(part.Trim(), "");
        if (PostNominal().IsMatch(s.Trim())) return null;
        // "Jane Doe - Staff Writer", "Jane Doe | Reuters": keep the part before a spaced dash.
        var dash = s.IndexOf(" - ", StringComparison.Ordinal);
        if (dash < 0) dash = s.IndexOf(" – ", StringComparison.Ordinal);
        if (dash < 0) dash = s.IndexOf(" — ", StringComparison.Ordinal);
        if (dash > 0) s = s[..dash];
        s = WithoutRole(s).Trim(' ', '.', ':', '-', '–', '|', '(', ')', '"', '\'', '·', '•');
        s = string.Join(' ', s.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (s.Length < 2 || s.Length > 60 || Digit().IsMatch(s)) return null;
        if (!char.IsLetter(s[0])) return null;
        int words = s.Split(' ').Length;
        return words <= 6 ? s : null;
    }
}
