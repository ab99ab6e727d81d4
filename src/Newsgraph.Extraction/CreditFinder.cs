using System.Text.RegularExpressions;

namespace Newsgraph.Extraction;

/// <summary>What <see cref="CreditFinder.Scan"/> found in a list of paragraphs.</summary>
/// <param name="Credits">Agencies and news organisations credited, canonical names, in order of appearance.</param>
/// <param name="CreditLines">Indexes of paragraphs that are nothing but a credit line (not body text).</param>
public sealed record CreditScan(List<string> Credits, HashSet<int> CreditLines);

/// <summary>
/// Finds wire and reporting credits: datelines naming an agency ("WASHINGTON (AP) —", "Sept. 26 (UPI) —",
/// "(Reuters) -"), credit lines ("Based on reporting by…", "With reporting by…", "Compiled from…",
/// "… contributed to this report"), wire trailers ("(Reporting by …; Editing by …)") and bare agency
/// sign-offs ("— AFP", "dpa/Reuters"). People named in credit lines are reporters, not credits: only
/// agencies and organisations are returned.
/// </summary>
public static partial class CreditFinder
{
    // A credit line is a short paragraph; a long one that mentions "reporting by" is a sentence of the story.
    private const int MaxCreditLineWords = 40;
    // "Compiled from wire reports": a short credit line may name no one in particular.
    private const int ShortCreditLineWords = 8;
    // A paragraph of this many words is running text, not a sign-off or caption.
    private const int ProseWords = 12;

    /// <summary>The credits in a text whose paragraphs are separated by blank lines.</summary>
    public static List<string> FindInBody(string text) => Scan(SplitParagraphs(text)).Credits;

    /// <summary>Credits in the paragraphs, and which paragraphs are pure credit lines that belong out of the body.</summary>
    public static CreditScan Scan(IReadOnlyList<string> paragraphs)
    {
        var credits = new List<string>();
        var creditLines = new HashSet<int>();
        int lastProse = LastProseParagraph(paragraphs);
        for (int i = 0; i < paragraphs.Count; i++)
        {
            var paragraph = paragraphs[i].Trim();
            // A bare agency name amid the text is a photo credit; after the last paragraph it signs the story.
            if (i > lastProse && AgencySignOff(Unwrap(paragraph)) is { } signOff)
            {
                AddDistinct(credits, signOff);
                creditLines.Add(i);
                continue;
            }
            if (DatelineCredits(paragraph) is { Count: > 0 } fromDateline)
            {
                AddDistinct(credits, fromDateline);
                continue;
            }
            if (CreditLineCredits(paragraph) is { } fromLine)
            {
                AddDistinct(credits, fromLine);
                creditLines.Add(i);
            }
            else if (TrailingWireTrailer().IsMatch(paragraph)) AddDistinct(credits, ["Reuters"]);
        }
        return new CreditScan(credits, creditLines);
    }

    /// <summary>Agencies named in a dateline that opens the paragraph, or an empty list.</summary>
    public static List<string> DatelineCredits(string paragraph)
    {
        var m = Dateline().Match(paragraph);
        if (!m.Success || !IsPlaceAndDate(m.Groups["place"].Value)) return [];
        return SplitNames(m.Groups["agency"].Value).Select(AgencyOrAcronym).OfType<string>().ToList();
    }

    /// <summary>The credits of a paragraph that is a credit line as a whole, or null when it is not one.</summary>
    public static List<string>? CreditLineCredits(string paragraph)
    {
        var words = paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words.Length > MaxCreditLineWords) return null;
        var unwrapped = Unwrap(paragraph);
        if (WireTrailer().IsMatch(unwrapped)) return ["Reuters"];
        foreach (var cue in CreditCues())
        {
            var m = cue.Match(unwrapped);
            if (!m.Success) continue;
            var names = m.Groups["names"].Value.TrimStart();
            // "Reporting by local journalists showed…" is a sentence of the story, not a credit.
            if (names.Length == 0) return null;
            if (words.Length > ShortCreditLineWords && !(char.IsUpper(names[0]) || WireAgencies.Canonical(names.Split(' ')[0]) is not null)) return null;
            return SplitNames(names).Select(OrganisationName).OfType<string>().ToList();
        }
        return null;
    }

    private static string Unwrap(string paragraph) => paragraph.Trim().Trim('(', ')', '[', ']', '—', '–', '-', ' ').Trim();

    /// <summary>Index of the last paragraph long enough to be running text (-1 when none is).</summary>
    private static int LastProseParagraph(IReadOnlyList<string> paragraphs)
    {
        for (int i = paragraphs.Count - 1; i >= 0; i--)
            if (paragraphs[i].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= ProseWords) return i;
        return -1;
    }

    /// <summary>A paragraph made of agency names only ("— AFP", "dpa/Reuters", "(AP)").</summary>
    private static List<string>? AgencySignOff(string text)
    {
        if (text.Length == 0 || text.Length > 60) return null;
        var names = SplitNames(text);
        var agencies = names.Select(WireAgencies.Canonical).ToList();
        return names.Count > 0 && agencies.All(a => a is not null) ? agencies.OfType<string>().ToList() : null;
    }

    /// <summary>The text before "(AGENCY) —" must look like a place and date ("HEMPSTEAD, N.Y., Sept. 26"), not a sentence.</summary>
    private static bool IsPlaceAndDate(string place)
    {
        if (place.Length == 0) return true;
        if (!char.IsUpper(place[0])) return false;
        var words = place.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 8 && words.All(w => char.IsUpper(w[0]) || char.IsDigit(w[0]));
    }

    private static string? AgencyOrAcronym(string name) =>
        WireAgencies.Canonical(name) ?? (Acronym().IsMatch(name) ? name : null);

    /// <summary>An agency (canonical name) or an organisation credited by name; people give null.</summary>
    private static string? OrganisationName(string name)
    {
        // "CNN's Jane Doe" credits CNN.
        var possessive = Possessive().Match(name);
        if (possessive.Success) name = possessive.Groups["owner"].Value;
        name = ReporterPlace().Replace(name, "").Trim();
        if (WireAgencies.Canonical(name) is { } agency) return agency;
        if (name.Length == 0 || !char.IsUpper(name[0])) return null;
        return Acronym().IsMatch(name) || OrganisationWord().IsMatch(name) ? name : null;
    }

    private static List<string> SplitNames(string list) =>
        NameSeparator().Split(list)
            .Select(n => n.Trim().Trim('.', ',', ';', ':', '(', ')', '—', '–', '-', ' ').Trim())
            .Where(n => n.Length > 0)
            .ToList();

    private static void AddDistinct(List<string> credits, IEnumerable<string> found)
    {
        foreach (var credit in found)
            if (!credits.Contains(credit, StringComparer.OrdinalIgnoreCase)) credits.Add(credit);
    }

    private static List<string> SplitParagraphs(string text) =>
        ParagraphBreak().Split(text).Where(p => !string.IsNullOrWhiteSpace(p)).ToList();

    // Credit-line openings in the languages of the major agencies' clients; the names follow.
    private static IEnumerable<Regex> CreditCues() =>
    [
        ReportingBy(), CompiledFrom(), MaterialFrom(), ContributedTo(), GermanMaterial(), FrenchWith(), SpanishWith(),
    ];

    [GeneratedRegex(@"^(?<place>[^()\n]{0,60}?)\s*\((?<agency>[^()\n]{2,40})\)\s*(?:[—–]|--?)\s*\S")]
    private static partial Regex Dateline();

    [GeneratedRegex(@"^(?:(?:based on|with|additional|further|more)\s+)*reporting\s+(?:by|from)\s+(?<names>.+?)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex ReportingBy();

    [GeneratedRegex(@"^compiled\s+(?:from|by|with)\s+(?<names>.+?)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex CompiledFrom();

    [GeneratedRegex(@"^(?:with\s+)?(?:files|material|information|reports|wires)\s+from\s+(?<names>.+?)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex MaterialFrom();

    [GeneratedRegex(@"^(?<names>.+?)\s+contributed(?:\s+(?:to\s+this\s+(?:report|story|article)|reporting|additional\s+reporting))(?:\s.*)?\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex ContributedTo();

    [GeneratedRegex(@"^(?:mit\s+material\s+(?:von|der|des|aus)|unter\s+verwendung\s+von\s+material\s+(?:der|von|des))\s+(?<names>.+?)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex GermanMaterial();

    [GeneratedRegex(@"^(?:avec|d'après)\s+(?<names>\p{Lu}[\p{L}\s,/&-]{1,50}?)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex FrenchWith();

    [GeneratedRegex(@"^con\s+(?:información|informaciones)\s+de\s+(?<names>.+?)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex SpanishWith();

    // Reuters closes its stories with "(Reporting by …; Editing by …)": the trailer itself credits the agency.
    [GeneratedRegex(@"^(?:additional\s+)?(?:reporting|writing)\s+by\s+[^;]+(?:;[^;]+)*;\s*(?:editing|writing)\s+by\s+", RegexOptions.IgnoreCase)]
    private static partial Regex WireTrailer();

    [GeneratedRegex(@"\((?:additional\s+)?(?:reporting|writing)\s+by\s+[^()]+;\s*(?:editing|writing)\s+by\s+[^()]+\)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingWireTrailer();

    [GeneratedRegex(@"\s*(?:,|;|/|&|\+|\band\b|\bund\b|\bet\b|\by\b|\be\b)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex NameSeparator();

    [GeneratedRegex(@"^\p{Lu}[\p{Lu}\d-]{1,7}$")]
    private static partial Regex Acronym();

    [GeneratedRegex(@"^(?<owner>.+?)['’]s\s")]
    private static partial Regex Possessive();

    [GeneratedRegex(@"\s+(?:in|from)\s+\p{Lu}.*$")]
    private static partial Regex ReporterPlace();

    [GeneratedRegex(@"\b(?:News|Press|Agency|Service|Radio|Television|TV|Times|Post|Journal|Network|Media|Wire|Newswire|Herald|Tribune|Gazette|Bureau)\b")]
    private static partial Regex OrganisationWord();

    [GeneratedRegex(@"\n\s*\n")]
    private static partial Regex ParagraphBreak();
}
