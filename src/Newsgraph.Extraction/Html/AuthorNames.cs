using System.Text.RegularExpressions;

namespace Newsgraph.Extraction.Html;

/// <summary>
/// Turns byline strings into clean person names: strips "By"/"Von"/"Par"…, roles after a comma or
/// dash, social handles, e-mail addresses, dates and URLs, and splits lists of several authors.
/// </summary>
internal static partial class AuthorNames
{
    [GeneratedRegex(@"^\s*(?:written\s+by|posted\s+by|reported\s+by|story\s+by|text\s+by|words\s+by|by|von|par|por|di|door|av|af|przez|от|автор:?|author:?|autor:?|auteur:?|texte:?|text:?)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingBy();

    [GeneratedRegex(@"\s*(?:,|;|\s&\s|\sand\s|\sund\s|\set\s|\sy\s|\se\s|\sen\s|\sog\s|\soch\s|\si\s|\s/\s|\|)\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Separators();

    [GeneratedRegex(@"@\w+|\S+@\S+\.\w+|https?://\S+|www\.\S+", RegexOptions.CultureInvariant)]
    private static partial Regex HandlesAndLinks();

    [GeneratedRegex(@"\b(?:staff|senior|chief|contributing|special|political|foreign|business|science|technology|tech|sports?|health|news|editor|editors|editorial|correspondent|reporter|writer|columnist|contributor|journalist|photographer|producer|analyst|intern|director|manager|founder|host|team|desk|redaktion|korrespondent|redakteur|rédaction|journaliste|last\s+updated|updated|published|posted|am|um|on)\b.*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RoleTail();

    [GeneratedRegex(@"\d", RegexOptions.CultureInvariant)]
    private static partial Regex Digit();

    /// <summary>Clean names from one or more raw byline values, in order, without repeats.</summary>
    public static List<string> Clean(IEnumerable<string> raw)
    {
        var names = new List<string>();
        foreach (var value in raw)
            foreach (var name in Split(value))
                if (!names.Contains(name, StringComparer.OrdinalIgnoreCase)) names.Add(name);
        return names;
    }

    private static IEnumerable<string> Split(string value)
    {
        var s = System.Net.WebUtility.HtmlDecode(value).Replace('\u00A0', ' ').Trim();
        // A byline block puts the date or role on its own line after the names; "By" may stand alone.
        s = FirstLineWithName(s);
        if (s.Length == 0 || s.Length > 200 || s.StartsWith("http", StringComparison.OrdinalIgnoreCase)) yield break;
        s = HandlesAndLinks().Replace(s, " ");
        s = LeadingBy().Replace(s, "");
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

    private static string? CleanOne(string part)
    {
        var s = LeadingBy().Replace(part.Trim(), "");
        // "Jane Doe - Staff Writer", "Jane Doe | Reuters": keep the part before a spaced dash.
        var dash = s.IndexOf(" - ", StringComparison.Ordinal);
        if (dash < 0) dash = s.IndexOf(" – ", StringComparison.Ordinal);
        if (dash < 0) dash = s.IndexOf(" — ", StringComparison.Ordinal);
        if (dash > 0) s = s[..dash];
        s = RoleTail().Replace(s, "").Trim(' ', '.', ':', '-', '–', '|', '(', ')', '"', '\'', '·', '•');
        s = string.Join(' ', s.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (s.Length < 2 || s.Length > 60 || Digit().IsMatch(s)) return null;
        if (!char.IsLetter(s[0])) return null;
        int words = s.Split(' ').Length;
        return words <= 6 ? s : null;
    }
}
