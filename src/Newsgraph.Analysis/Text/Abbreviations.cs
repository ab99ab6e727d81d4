namespace Newsgraph.Analysis.Text;

/// <summary>
/// Abbreviations that keep their period in news English. Titles before names never end a sentence;
/// the others may ("… made in the U.S. The next day …").
/// </summary>
internal static class Abbreviations
{
    /// <summary>Titles and forms that are always followed by more of the same sentence.</summary>
    public static readonly HashSet<string> NeverFinal = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Messrs", "Dr", "Prof", "Sen", "Sens", "Rep", "Reps", "Gov", "Gen", "Lt", "Col",
        "Maj", "Capt", "Cmdr", "Sgt", "Cpl", "Pvt", "Adm", "Rev", "Hon", "Pres", "Supt", "Det", "Insp", "Atty",
        "St", "Mt", "Ft", "No", "Nos", "Vol", "vs", "v", "Sr", "Jr", "Fr", "Gens", "Lt.Col", "Brig", "Amb",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La", "Md",
        "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va",
        "Vt", "Wash", "Wis", "Wyo", "approx", "dept", "est", "fig", "e.g", "i.e", "cf", "ca", "al",
    };

    /// <summary>Abbreviations that can close a sentence as well as sit inside one.</summary>
    public static readonly HashSet<string> MaybeFinal = new(StringComparer.Ordinal)
    {
        "Inc", "Corp", "Co", "Ltd", "Bros", "etc", "Ave", "Blvd", "Rd", "a.m", "p.m", "Univ", "Assn", "Dept",
    };

    /// <summary>
    /// Abbreviations that headlines and datelines also write in capitals ("ST. LOUIS", "GEN. SMITH"); only
    /// those whose capital form is not also an English word ("NO.", "MISS.", "ILL." end sentences).
    /// </summary>
    private static readonly HashSet<string> InCapitals = new(StringComparer.Ordinal)
    {
        "MR", "MRS", "MS", "DR", "SEN", "GOV", "GEN", "LT", "MAJ", "CAPT", "SGT", "ADM", "ST", "MT", "FT",
        "JAN", "FEB", "APR", "AUG", "SEPT", "OCT", "NOV", "DEC", "CALIF", "FLA", "ARIZ", "CONN", "TENN", "OKLA",
    };

    public static bool IsKnown(string withoutPeriod) =>
        NeverFinal.Contains(withoutPeriod) || MaybeFinal.Contains(withoutPeriod) || InCapitals.Contains(withoutPeriod);

    /// <summary>Whether an abbreviation (without its period) never closes a sentence.</summary>
    public static bool IsNeverFinal(string withoutPeriod) =>
        NeverFinal.Contains(withoutPeriod) || InCapitals.Contains(withoutPeriod);
}
