using Newsgraph.Analysis.Entities.Gazetteers;
using Newsgraph.Analysis.Lexicons;
using Newsgraph.Core.Model;

namespace Newsgraph.Analysis.Entities;

/// <summary>
/// Refines the tagger's CoNLL classes into the contract's types: LOC into GPE (countries, cities,
/// states), LOC (regions, seas, mountains) or FAC (buildings, airports, roads); MISC into NORP
/// (nationalities and other groups), EVENT, LAW, LANGUAGE or MISC — from the gazetteers and the head word.
/// </summary>
public sealed class EntityTypeRefiner(Gazetteer gazetteer)
{
    private static readonly HashSet<string> FacilityHeads = ResourceLoader.WordSet("facility-heads", StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> LandformHeads = ResourceLoader.WordSet("landform-heads", StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> EventHeads = ResourceLoader.WordSet("event-heads", StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> LawHeads = ResourceLoader.WordSet("law-heads", StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> Languages = ResourceLoader.WordSet("languages", StringComparer.Ordinal);

    private static readonly HashSet<string> GroupWords = ResourceLoader.WordSet("entity-group-words", StringComparer.OrdinalIgnoreCase);

    /// <summary>Words after a language's name that say the language, not the people, is meant ("Arabic speakers").</summary>
    private static readonly HashSet<string> LanguageContextAfter = ResourceLoader.WordSet("language-context-after", StringComparer.OrdinalIgnoreCase);

    /// <summary>The contract type of a tagged span (class from <see cref="Tagging.BilouScheme.Classes"/>), with the
    /// words just before and after it when known.</summary>
    public EntityType Refine(string cls, IReadOnlyList<string> words, string? before = null, string? after = null)
    {
        string name = string.Join(' ', words);
        return cls switch
        {
            "PER" => EntityType.PERSON,
            "ORG" => EntityType.ORG,
            "LOC" => RefineLocation(name, words),
            _ when words.Count == 1 && Languages.Contains(name) && IsLanguageUse(before, after) => EntityType.LANGUAGE,
            _ => RefineMisc(name, words),
        };
    }

    /// <summary>"in Arabic,", "speaks French", "Kurdish speakers": the language itself; "the French" and "in
    /// English football" (a nationality before its noun) stay NORP.</summary>
    private static bool IsLanguageUse(string? before, string? after)
    {
        if (after is not null && LanguageContextAfter.Contains(after)) return true;
        bool nothingQualified = after is null || !char.IsLetter(after[0]) || after is "and" or "or" or "by" or "on" or "with" or "to" or "at";
        return nothingQualified && before is "in" or "In" or "into" or "speak" or "speaks" or "spoke" or "speaking";
    }

    private EntityType RefineLocation(string name, IReadOnlyList<string> words)
    {
        string head = words[^1];
        if (gazetteer.RegionKind(name) is not null) return EntityType.LOC;
        if (gazetteer.CountryNamed(name) is not null || gazetteer.PlaceNamed(name) is not null || gazetteer.IsSubdivision(name))
            return EntityType.GPE;
        if (FacilityHeads.Contains(head)) return EntityType.FAC;
        if (LandformHeads.Contains(head) || LandformHeads.Contains(words[0])) return EntityType.LOC;
        return EntityType.GPE;
    }

    private EntityType RefineMisc(string name, IReadOnlyList<string> words)
    {
        if (words.Count == 1 && Languages.Contains(name)) return EntityType.NORP;
        if (gazetteer.CountryOfDemonym(name) is not null || (words.Count == 1 && GroupWords.Contains(name))) return EntityType.NORP;
        if (words.Count > 1 && gazetteer.CountryOfDemonym(words[0]) is not null && GroupWords.Contains(words[^1])) return EntityType.NORP;
        if (words.Any(EventHeads.Contains) || words.Any(IsYear)) return EntityType.EVENT;
        if (words.Any(LawHeads.Contains)) return EntityType.LAW;
        return EntityType.MISC;
    }

    private static bool IsYear(string w) => w.Length == 4 && w.All(char.IsDigit) && (w[0] == '1' || w[0] == '2');
}
