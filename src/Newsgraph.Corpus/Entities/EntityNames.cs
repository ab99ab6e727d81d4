using System.Globalization;
using System.Text;
using Newsgraph.Analysis.Entities.Gazetteers;
using Newsgraph.Analysis.Lexicons;

namespace Newsgraph.Corpus.Entities;

/// <summary>
/// A name as cross-article resolution compares it: lower-case ASCII words without diacritics,
/// punctuation, possessive, leading article, a person's titles and honorifics or an organisation's
/// country ("U.S. State Department" → "state department", country US). A hyphenated word is two words
/// ("Abdul-Mahdi" = "Abdul Mahdi"); a country under any of its names is the country's own name.
/// </summary>
public sealed record NameForm(string Text, string[] Words, string? Country, bool IsAcronym)
{
    /// <summary>The words without single-letter initials after the first ("james r dabney" → "james dabney").</summary>
    public string[] Core => Words.Length <= 2 ? Words : Words.Where((w, i) => i == 0 || i == Words.Length - 1 || w.Length > 1).ToArray();

    public string Key => string.Join(' ', Words);
}

/// <summary>The name normalisation, keys and similarity of cross-article entity resolution.</summary>
public static class EntityNames
{
    private static readonly Gazetteer Places = Gazetteer.Default;

    // Honorifics are not roles, so the titles lexicon leaves them out; here they only need dropping.
    private static readonly HashSet<string> Honorifics = new(StringComparer.Ordinal)
        { "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "lord", "lady", "rev", "reverend", "fr", "sheikh", "hon" };

    // Words written before a name that say what the person is, not who: "Sheriff's Deputy Jerry Ortiz".
    private static readonly HashSet<string> BeforeNames =
    [
        .. ResourceLoader.Words("name-titles").Select(w => w.ToLowerInvariant()),
        .. ResourceLoader.Words("role-modifiers"),
        .. ResourceLoader.Words("person-descriptors"),
    ];

    // Generational suffixes say which of a family, not who: "Arcade Comeaux Jr" is "Arcade Comeaux".
    private static readonly HashSet<string> Suffixes = new(StringComparer.Ordinal) { "jr", "sr", "ii", "iii", "iv" };

    // A company's legal form, no part of its initials: "Tarvik Shipping Corp." is "TS", not "TSC".
    private static readonly HashSet<string> LegalForms = new(StringComparer.Ordinal)
        { "corp", "corporation", "inc", "incorporated", "co", "ltd", "limited", "llc", "plc" };

    // The last word of many organisations' names says what kind of body it is, and is often left out: "Orrin Clinic" is "Orrin".
    private static readonly HashSet<string> OrganisationHeads = new(LegalForms, StringComparer.Ordinal) { "company", "group", "center", "centre", "clinic" };

    private static readonly HashSet<string> Connectives = new(StringComparer.Ordinal) { "of", "the", "and", "for", "de", "du", "la", "le", "des", "on", "in", "at", "to" };

    /// <summary>The resolution groups of the entity types: only names of one group (or of the catch-all MISC) can be one entity.</summary>
    public static string TypeGroup(string type) => type switch
    {
        "PERSON" => "person",
        "GPE" or "LOC" or "FAC" => "place",
        "ORG" or "NORP" => "organisation",
        "MISC" => "any",
        _ => type.ToLowerInvariant(),
    };

    public static bool Compatible(string typeA, string typeB)
    {
        var (a, b) = (TypeGroup(typeA), TypeGroup(typeB));
        return a == b || a == "any" || b == "any";
    }

    /// <summary>The comparable form of a name of the given type; null when nothing of a name is left.</summary>
    public static NameForm? Parse(string text, string type)
    {
        var trimmed = StripPossessive(text.Trim().Trim('"', '\u201c', '\u201d', '\'', '\u2018', '\u2019'));
        if (trimmed.Length == 0) return null;
        bool person = TypeGroup(type) == "person";
        if (!person && Places.CountryNamed(trimmed) is { } country)
            return new NameForm(text, Split(country.Name), country.Code, false);
        var letters = trimmed.Replace(".", "").Replace("&", "");
        if (letters.Length is >= 2 and <= 7 && letters.All(char.IsUpper))
            return new NameForm(text, [letters.ToLowerInvariant()], null, true);

        var words = Split(trimmed.Replace("'s ", " ").Replace("\u2019s ", " "));
        if (words.Length > 0 && words[0] is "the" or "a" or "an") words = words[1..];
        if (words.Length > 1 && Honorifics.Contains(words[0])) words = words[1..]; // "Dr. Regina Bell" is a person whatever the tagger says
        string? prefixCountry = null;
        if (person)
        {
            // "Caretaker Prime Minister Adil Abdul-Mahdi", "Dr. James Dabney": the person is the last words.
            int skip = 0;
            while (skip < words.Length - 1 && (Honorifics.Contains(words[skip]) || Places.IsTitle(words[skip]) || BeforeNames.Contains(words[skip])))
                skip++;
            words = words[skip..];
            int end = words.Length;
            while (end > 1 && Suffixes.Contains(words[end - 1])) end--;
            words = words[..end];
        }
        else if (words.Length > 1)
        {
            // "U.S. State Department", "Iraq's Foreign Ministry", "Iraqi Foreign Ministry": the country is kept aside.
            var original = trimmed.Replace("'s ", " ").Replace("\u2019s ", " ").Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (original.Length > 0 && original[0] is "The" or "the") original = original[1..];
            for (int n = Math.Min(3, original.Length - 1); n >= 1 && prefixCountry is null; n--)
            {
                var prefix = string.Join(' ', original.Take(n));
                if ((Places.CountryNamed(prefix) ?? Places.CountryOfDemonym(prefix)) is not { } c) continue;
                prefixCountry = c.Code;
                words = Split(string.Join(' ', original.Skip(n)));
            }
        }
        return words.Length == 0 ? null : new NameForm(text, words, prefixCountry, false);
    }

    /// <summary>
    /// A person's name as the mention writes it, without the titles and honorifics the tagger took in with it
    /// ("Coroner Gary Hollis" → "Gary Hollis", "Dr. Rhea Bolt" → "Rhea Bolt"): the words <see cref="Parse"/>
    /// compares. Other names, and a mention that is all titles, are returned as written.
    /// </summary>
    public static string WrittenName(string text, string type)
    {
        if (TypeGroup(type) != "person" && !StartsWithHonorific(text)) return text;
        var tokens = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int skip = 0;
        while (skip < tokens.Length - 1 && Split(StripPossessive(tokens[skip])) is [var word]
               && (Honorifics.Contains(word) || Places.IsTitle(word) || BeforeNames.Contains(word)))
            skip++;
        return skip == 0 ? text : string.Join(' ', tokens[skip..]);
    }

    /// <summary>The countries a place name may lie in: as a country, a state or province, a city ("Georgia": GE, US).</summary>
    public static IReadOnlyList<string> PlaceCountries(string name)
    {
        var text = StripPossessive(name.Trim());
        return new[] { Places.CountryNamed(text)?.Code, Places.SubdivisionCountry(text), Places.PlaceNamed(text)?.CountryCode }
            .OfType<string>().Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Whether one of two names is an organisation's and the other, tagged as a place, is a name of several
    /// words no gazetteer knows ("Tarvik Rovers" tagged GPE, not "New Orleans"): the tagger's place is then
    /// the organisation, and the two types may be crossed.
    /// </summary>
    public static bool OrganisationTaggedAsPlace(string typeA, string nameA, string typeB, string nameB)
    {
        static bool UnknownPlace(string type, string name) => TypeGroup(type) == "place" && Split(name).Length > 1 && PlaceCountries(name).Count == 0;
        return Compatible(typeA, "ORG") && UnknownPlace(typeB, nameB) || Compatible(typeB, "ORG") && UnknownPlace(typeA, nameA);
    }

    /// <summary>
    /// Where a place of the article lies: its one reading, or for a name with several ("Georgia" the country
    /// or the US state) the one the article's other places lie in, else the country of that name; null
    /// when the place is not known.
    /// </summary>
    public static string? PlaceCountry(string name, IReadOnlySet<string> countriesAround)
    {
        var readings = PlaceCountries(name);
        if (readings.Count <= 1) return readings.FirstOrDefault();
        return readings.FirstOrDefault(countriesAround.Contains) ?? Places.CountryNamed(StripPossessive(name.Trim()))?.Code;
    }

    /// <summary>Lower-case ASCII words: diacritics dropped, hyphens and other punctuation as spaces, dots in initials dropped.</summary>
    public static string[] Split(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var ch in text.Normalize(NormalizationForm.FormD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(ch);
            if (category == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(ch)) folded.Append(char.ToLowerInvariant(ch));
            else if (ch is '.' or '\'' or '\u2019') continue; // "U.S." = "US", "O'Brien" = "OBrien"
            else folded.Append(' ');
        }
        return folded.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>An organisation's name without the word that says what kind of body it is ("orrin clinic" → "orrin"), when more is left.</summary>
    public static string[] WithoutHead(string[] words) =>
        words.Length > 1 && OrganisationHeads.Contains(words[^1]) ? words[..^1] : words;

    /// <summary>Whether a name starts with an honorific ("Ms. Mendes"): it names a person, whatever type it was tagged.</summary>
    public static bool StartsWithHonorific(string name) => Split(name) is [var first, _, ..] && Honorifics.Contains(first);

    public static string StripPossessive(string text) =>
        text.EndsWith("'s", StringComparison.Ordinal) || text.EndsWith("\u2019s", StringComparison.Ordinal) ? text[..^2].TrimEnd()
        : text.EndsWith("s'", StringComparison.Ordinal) || text.EndsWith("s\u2019", StringComparison.Ordinal) ? text[..^1] : text;

    /// <summary>
    /// A consonant skeleton of a word, so that transliteration and spelling variants share it: the first
    /// letter (any vowel as "a"), then the consonants without h, w, y, with c, k, q as "k", z as "s", v as "b"
    /// (transliterations swap them: Alishvandi/Alishbandi), ph as "f" and repeats collapsed ("qasem", "qassem", "qassim" → "ksm"; "soleimani", "suleimani" → "slmn").
    /// </summary>
    public static string Skeleton(string word)
    {
        var w = word.Replace("ph", "f");
        var key = new StringBuilder();
        for (int i = 0; i < w.Length; i++)
        {
            char ch = w[i] switch { 'c' or 'q' => 'k', 'z' => 's', 'v' => 'b', var x => x };
            bool vowel = ch is 'a' or 'e' or 'i' or 'o' or 'u';
            if (i == 0) { key.Append(vowel ? 'a' : ch); continue; }
            if (vowel || ch is 'h' or 'w' or 'y') continue;
            if (key[^1] != ch) key.Append(ch);
        }
        return key.ToString();
    }

    /// <summary>Two words are the same name: equal, or one spelling of the other (same skeleton, similar letters).</summary>
    public static bool SameWord(string a, string b) =>
        a == b || a.Length >= 3 && b.Length >= 3 && !a.All(char.IsDigit) && Skeleton(a) == Skeleton(b) && JaroWinkler(a, b) >= 0.84;

    /// <summary>An initial or a short form stands for any given name it begins ("j", "fred" for "james", "frederick").</summary>
    public static bool SameGivenName(string a, string b) =>
        SameWord(a, b) || IsShortFor(a, b) || IsShortFor(b, a);

    private static bool IsShortFor(string shorter, string longer) =>
        (shorter.Length == 1 || shorter.Length >= 3) && shorter.Length < longer.Length && longer.StartsWith(shorter, StringComparison.Ordinal);

    /// <summary>The initials of a name's significant words ("north atlantic treaty organization" → "nato"); null for one word.</summary>
    public static string? Initials(NameForm form)
    {
        if (form.IsAcronym) return form.Words[0];
        var significant = form.Words.Where((w, i) => !Connectives.Contains(w) && !(i == form.Words.Length - 1 && LegalForms.Contains(w))).ToList();
        return significant.Count >= 2 ? string.Concat(significant.Select(w => w[0])) : null;
    }

    /// <summary>
    /// The lookup keys a stored entity is found by: its whole name, its first and last words (surnames,
    /// given names, "Sox" of "Red Sox") and its initials; all by skeleton, so spelling variants meet.
    /// </summary>
    public static IEnumerable<string> Keys(NameForm form)
    {
        var core = form.Core;
        yield return "n:" + string.Join(' ', core.Select(Skeleton));
        if (core.Length > 1)
        {
            yield return "l:" + Skeleton(core[^1]);
            yield return "f:" + Skeleton(core[0]);
        }
        if (Initials(form) is { } initials) yield return "a:" + initials;
    }

    /// <summary>
    /// The keys to look a name up by: its own, for one word the names it may be the first or last word of,
    /// and for initials that begin with "t" the name they may stand for with its article ("THR": "The Harbour Review").
    /// </summary>
    public static IEnumerable<string> LookupKeys(NameForm form)
    {
        foreach (var key in Keys(form)) yield return key;
        if (form.IsAcronym && form.Words[0] is ['t', _, _, ..] letters) yield return "a:" + letters[1..];
        var core = form.Core;
        if (core.Length == 1)
        {
            yield return "l:" + Skeleton(core[0]);
            yield return "f:" + Skeleton(core[0]);
        }
        else yield return "n:" + Skeleton(core[^1]);
    }

    /// <summary>Jaro-Winkler similarity of two words (1 = equal).</summary>
    public static double JaroWinkler(string a, string b)
    {
        if (a == b) return 1;
        if (a.Length == 0 || b.Length == 0) return 0;
        int window = Math.Max(0, Math.Max(a.Length, b.Length) / 2 - 1);
        var aMatched = new bool[a.Length];
        var bMatched = new bool[b.Length];
        int matches = 0;
        for (int i = 0; i < a.Length; i++)
            for (int j = Math.Max(0, i - window); j < Math.Min(b.Length, i + window + 1); j++)
            {
                if (bMatched[j] || a[i] != b[j]) continue;
                aMatched[i] = bMatched[j] = true;
                matches++;
                break;
            }
        if (matches == 0) return 0;
        int transpositions = 0;
        for (int i = 0, j = 0; i < a.Length; i++)
        {
            if (!aMatched[i]) continue;
            while (!bMatched[j]) j++;
            if (a[i] != b[j]) transpositions++;
            j++;
        }
        double m = matches;
        double jaro = (m / a.Length + m / b.Length + (m - transpositions / 2.0) / m) / 3;
        int prefix = 0;
        while (prefix < Math.Min(4, Math.Min(a.Length, b.Length)) && a[prefix] == b[prefix]) prefix++;
        return jaro + prefix * 0.1 * (1 - jaro);
    }
}
