namespace Newsgraph.Corpus.Entities;

/// <summary>How well two names agree: from a different name, through part of a name, to the same name.</summary>
public enum NameMatch
{
    /// <summary>Nothing in common.</summary>
    None,
    /// <summary>The same surname with another given name, or another country: a different entity.</summary>
    Conflict,
    /// <summary>One word of the other name ("Lohan" / "Lindsay Lohan"): the same entity only if the context says so.</summary>
    Partial,
    /// <summary>The last words of the other name ("Abdul Mahdi" / "Adil Abdul Mahdi").</summary>
    Suffix,
    /// <summary>The same name, up to spelling, initials, titles, acronyms.</summary>
    Same,
}

/// <summary>Decides whether the names of an article's entity and of a stored cross-article entity name one entity.</summary>
public static class EntityMatcher
{
    /// <summary>Compares two names; <paramref name="people"/> when they name people, whose given names must agree.</summary>
    public static NameMatch Compare(NameForm a, NameForm b, bool people)
    {
        if (a.Country is { } ca && b.Country is { } cb && ca != cb) return NameMatch.Conflict;
        if (a.IsAcronym || b.IsAcronym)
        {
            // People are not written as their initials: "RB" would be every Reggie, Regina and Rodney B.
            if (people) return a.IsAcronym && b.IsAcronym && a.Words[0] == b.Words[0] ? NameMatch.Same : NameMatch.None;
            if (a.IsAcronym && b.IsAcronym) return a.Words[0] == b.Words[0] ? NameMatch.Same : NameMatch.None;
            var (acronym, other) = a.IsAcronym ? (a, b) : (b, a);
            var letters = acronym.Words[0];
            // "SEACOM" / "Seacom" is one name in capitals; "THR" / "The Hollywood Reporter" keeps the article in its initials.
            bool same = other.Core.Length == 1 ? other.Core[0] == letters
                : EntityNames.Initials(other) is { } initials && (initials == letters || "t" + initials == letters);
            return same ? NameMatch.Same : NameMatch.None;
        }
        var (x, y) = (a.Core, b.Core);
        if (x.Length > y.Length) (x, y) = (y, x);
        if (x.Length == y.Length && Enumerable.Range(0, x.Length).All(i => people && i == 0 ? EntityNames.SameGivenName(x[i], y[i]) : EntityNames.SameWord(x[i], y[i])))
            // One word spelt another way ("Meron" / "Moreno") may be another name: only the context can tell.
            return x.Length == 1 && x[0] != y[0] ? NameMatch.Partial : NameMatch.Same;
        if (people && x.Length >= 2 && EntityNames.SameWord(x[^1], y[^1]) && EntityNames.SameGivenName(x[0], y[0]))
            return NameMatch.Same; // "Mark Heller" / "Mark Jay Heller"
        if (IsSuffix(x, y)) return x.Length >= 2 ? NameMatch.Suffix : NameMatch.Partial;
        // "Orrin Clinic" / "Orrin Centre" / "Orrin", "Tarvik Shipping Corp." / "Tarvik Shipping": the name without the kind of body it is.
        if (!people && EntityNames.WithoutHead(x) is var xs && EntityNames.WithoutHead(y) is var ys && xs.Length == ys.Length
            && (xs.Length < x.Length || ys.Length < y.Length) && xs.Zip(ys).All(p => EntityNames.SameWord(p.First, p.Second)))
            return NameMatch.Suffix;
        // Two full names of people that differ are two people: "Jeb Bush" / "George Bush", "Vincent Gigante" / "Vincent Jackson".
        if (people && x.Length >= 2) return NameMatch.Conflict;
        if (people && x.Length == 1 && x[0].Length > 1 && EntityNames.SameWord(x[0], y[0])) return NameMatch.Partial; // a given name alone
        return NameMatch.None;
    }

    /// <summary>
    /// Compares every name of an article's entity with every name of a stored entity: the best agreement,
    /// unless their fullest names conflict ("Dina Lohan" is not "Lindsay Lohan", though both are "Lohan").
    /// </summary>
    public static NameMatch Compare(IReadOnlyList<NameForm> article, IReadOnlyList<NameForm> stored, bool people)
    {
        if (article.Count == 0 || stored.Count == 0) return NameMatch.None;
        if (Compare(Fullest(article), Fullest(stored), people) == NameMatch.Conflict) return NameMatch.Conflict;
        var best = NameMatch.None;
        foreach (var a in article)
            foreach (var s in stored)
            {
                var match = Compare(a, s, people);
                if (match != NameMatch.Conflict && match > best) best = match;
            }
        return best;
    }

    /// <summary>Whether a name of the article's entity is the first words of a longer stored name ("Tarvik" / "Tarvik Rovers").</summary>
    public static bool Leads(IReadOnlyList<NameForm> article, IReadOnlyList<NameForm> stored) =>
        article.Any(a => !a.IsAcronym && stored.Any(s => !s.IsAcronym && a.Core.Length < s.Core.Length
            && a.Core.Select((w, i) => EntityNames.SameWord(w, s.Core[i])).All(same => same)));

    /// <summary>The name with most words, then letters; ties by text, so the choice does not depend on order.</summary>
    public static NameForm Fullest(IReadOnlyList<NameForm> forms)
    {
        // One pass rather than a sort: every comparison of a stored entity asks for it.
        var best = forms[0];
        var (bestWords, bestKey) = (best.Core.Length, best.Key);
        for (int i = 1; i < forms.Count; i++)
        {
            var form = forms[i];
            int words = form.Core.Length;
            if (words < bestWords) continue;
            var key = form.Key;
            if (words > bestWords || key.Length > bestKey.Length || key.Length == bestKey.Length && string.CompareOrdinal(key, bestKey) < 0)
                (best, bestWords, bestKey) = (form, words, key);
        }
        return best;
    }

    private static bool IsSuffix(string[] shorter, string[] longer)
    {
        if (shorter.Length >= longer.Length) return false;
        int offset = longer.Length - shorter.Length;
        for (int i = 0; i < shorter.Length; i++)
            if (!EntityNames.SameWord(shorter[i], longer[offset + i])) return false;
        return true;
    }
}
