using Newsgraph.Analysis.Text;
using Newsgraph.Core.Model;

namespace Newsgraph.Analysis.Quotes;

/// <summary>
/// Finds reporting acts unit by unit: a cue from the learned lexicon outside quotation marks, its source
/// noun phrase and the content it reports, in the four shapes news English uses — "X said (that) …",
/// "…, X said", "…, said X", "according to X, …" / "…, according to X" — plus participles that take the
/// subject of their clause ("…, saying …").
/// </summary>
internal sealed class AttributionFinder(CueLexicon lexicon, ContentBoundaryModel boundaries)
{
    private const int MaxSourceTokens = 12;
    private const int MaxPostposedTail = 12;

    /// <summary>The attributions of every unit; a unit with a quotation but no cue credits it to its subject,
    /// a pronoun or one of <paramref name="names"/> (people and organisations, in text order).</summary>
    public List<Attribution> Find(QuoteText qt, IReadOnlyList<TextSpan> names)
    {
        var found = new List<Attribution>();
        foreach (var unit in qt.Units)
        {
            int before = found.Count;
            for (int i = unit.First; i < unit.End; i++)
            {
                if (qt.InsideQuote[i]) continue;
                var attribution = IsCueAt(qt, i) ? Build(qt, unit, i, found, before, names)
                    : IntroducingColon(qt, unit, i, found, before) ? Preposed(qt, unit, i - 1) : DashCredit(qt, unit, i) ?? VerbAfterQuote(qt, unit, i);
                if (attribution is null) continue;
                found.Add(attribution);
                i = Math.Max(i, attribution.CueEnd - 1);
            }
            TrimPreposedContents(qt, found, before);
            ReplaceImplausibleSources(qt, unit, found, before, names);
            if (found.Count == before && QuotingSubject(qt, unit, names) is { } subject) found.Add(subject);
        }
        return found;
    }

    /// <summary>"He pledged “cooperation” toward …", "told Congress when asked last month about …": a source that
    /// cannot be a noun phrase (it opens with a preposition or a time word, or is one lower-case word that is no
    /// noun of a speaker: "toward", "now", "own") came from a cue used in another sense; the attribution takes the
    /// subject of its clause instead (an earlier source of the unit, else the unit's subject before the cue) where
    /// there is one.</summary>
    private static void ReplaceImplausibleSources(QuoteText qt, (int First, int End) unit, List<Attribution> found, int from, IReadOnlyList<TextSpan> names)
    {
        for (int a = found.Count - 1; a >= from; a--)
        {
            var att = found[a];
            if (!att.HasSource || PlausibleSource(qt, att.SourceFirst, att.SourceEnd)) continue;
            var earlier = found.Skip(from).Take(a - from).LastOrDefault(e => e.HasSource && e.CueFirst < att.CueFirst && PlausibleSource(qt, e.SourceFirst, e.SourceEnd));
            var subject = earlier is not null ? (earlier.SourceFirst, earlier.SourceEnd) : ClauseSubject(qt, unit, att.CueFirst, names);
            if (subject is { } s && s.Item2 <= att.CueFirst) { att.SourceFirst = s.Item1; att.SourceEnd = s.Item2; }
        }
    }

    /// <summary>Words that open a prepositional phrase, never a source.</summary>
    private static readonly HashSet<string> SourceBlockers = new(StringComparer.Ordinal)
    {
        "into", "toward", "towards", "amid", "against", "between", "upon", "onto", "via", "per", "than", "as", "to", "if", "when", "while",
    };

    private static bool PlausibleSource(QuoteText qt, int first, int end)
    {
        string w = qt.Lower[first];
        if (WordClasses.Prepositions.Contains(w) && w != "by" || SourceBlockers.Contains(w) || WordClasses.TimeWords.Contains(w)) return false;
        if (end - first > 1 || qt.IsCapitalized(first) || WordClasses.IsPronoun(w) || !qt.IsWord(first)) return true;
        // One lower-case word: a plural noun ("prosecutors") or a quantifier ("some", "both") can speak.
        return w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) || Quantifiers.Contains(w);
    }

    private static readonly HashSet<string> Quantifiers = new(StringComparer.Ordinal) { "some", "both", "most", "many", "others", "another", "all", "several", "one", "each" };

    /// <summary>Most tokens before a unit's subject name ("Former presidential candidate Ann Roe").</summary>
    private const int MaxSubjectOffset = 6;

    /// <summary>"Trump then accused the audience of being “donors and special interests”": a unit without a cue
    /// whose quotation follows its own words, opening with a subject (a pronoun, or a person or organisation
    /// name after a few modifiers) and its verb, credits the quotation to that subject.</summary>
    private static Attribution? QuotingSubject(QuoteText qt, (int First, int End) unit, IReadOnlyList<TextSpan> names)
    {
        int open = unit.First;
        while (open < unit.End && !(qt.InsideQuote[open] && qt.Quoted.Any(q => !q.Single && q.OpenMark == qt.Tokens[open].Start))) open++;
        if (open >= unit.End) return null;
        int first = unit.First;
        while (first < open && (qt.Lower[first] is "but" or "and" or "so" or "," || IsSentenceAdverb(qt.Lower[first]))) first++;
        if (first >= open || qt.InsideQuote[first]) return null;
        (int First, int End)? subject = qt.Lower[first] is "he" or "she" or "they" or "we" or "i" ? (first, first + 1) : null;
        foreach (var name in names)
        {
            if (subject is not null || name.Start >= qt.Tokens[open].Start) break;
            if (name.Start < qt.Tokens[first].Start) continue;
            int s = qt.TokenAtOrAfter(name.Start), e = qt.TokenAtOrAfter(name.End);
            if (s - first > MaxSubjectOffset || Enumerable.Range(first, s - first).Any(k => qt.InsideQuote[k] || StopsPhrase(qt, k))) break;
            subject = (s, e);
        }
        if (subject is not { } src) return null;
        int verb = src.End;
        if (verb >= open || !qt.IsWord(verb) || qt.IsCapitalized(verb) || WordClasses.Prepositions.Contains(qt.Lower[verb])
            || WordClasses.ClauseBoundaries.Contains(qt.Lower[verb]) || qt.Lower[verb] is "'s" or "and" or "of") return null;
        return new Attribution
        {
            CueFirst = verb, CueEnd = verb + 1, SourceFirst = src.First, SourceEnd = src.End,
            ContentFirst = verb + 1, ContentEnd = unit.End, Placement = CuePlacement.Preposed, Unit = unit, SubjectOnly = true,
        };
    }

    /// <summary>"O'Malley interjected: “…”": any verb before a colon that opens a quote is a cue, even one
    /// too rare for the lexicon.</summary>
    private static bool IntroducingColon(QuoteText qt, (int First, int End) unit, int i, List<Attribution> found, int unitStart) =>
        qt.Lower[i] == ":" && i + 1 < unit.End && i - 1 > unit.First && qt.InsideQuote[i + 1]
        && char.IsLower(qt.Tokens[i - 1].Text[0]) && qt.IsWord(i - 1) && !WordClasses.NotPhraseFinal.Contains(qt.Lower[i - 1])
        && !found.Skip(unitStart).Any(a => a.CueEnd >= i - 1);

    /// <summary>Longest name a dash credit may carry.</summary>
    private const int MaxCreditTokens = 6;

    /// <summary>"“…” — Ana Ruiz": a dash right after a closing quotation mark, followed by a capitalised name
    /// and then nothing but the unit's end or the next quotation, credits the quotation to that name (the
    /// epigraph and reader-comment convention). The dash stands as the cue; the attribution has no content.</summary>
    private static Attribution? DashCredit(QuoteText qt, (int First, int End) unit, int dash)
    {
        if (dash == 0 || !IsCommaOrDash(qt, dash) && qt.Lower[dash] != "\u2015" || qt.Lower[dash] == ",") return null;
        if (!IsClosingMark(qt, dash - 1)) return null;
        int end = dash + 1;
        while (end < unit.End && end - dash <= MaxCreditTokens && !qt.InsideQuote[end] && (qt.IsCapitalized(end) || qt.Lower[end] == "."))
            end++;
        bool closes = end == unit.End || qt.InsideQuote[end] || qt.Lower[end] is "." or "!" or "?";
        return end > dash + 1 && closes && qt.IsCapitalized(dash + 1)
            ? Make(dash, dash + 1, dash + 1, end, unit.First, unit.First, CuePlacement.Postposed, unit, qt)
            : null;
    }

    /// <summary>Most words after the verb of a credit that follows a quotation ("he asks rhetorically").</summary>
    private const int MaxCreditTail = 3;

    /// <summary>"“…?” he asks rhetorically.", "“…,” Ann Roe answers.": right after a quotation that ends in a
    /// comma, question or exclamation mark, a name or pronoun and a finite verb that close the unit credit the
    /// quotation, whatever the verb, as a colon does before one (<see cref="IntroducingColon"/>).</summary>
    private static Attribution? VerbAfterQuote(QuoteText qt, (int First, int End) unit, int verb)
    {
        string w = qt.Lower[verb];
        // "he shot back", "she went on": an irregular past is known by the particle after it.
        bool particle = verb + 1 < unit.End && Particles.Contains(qt.Lower[verb + 1]);
        if (verb - 2 <= unit.First || qt.InsideQuote[verb] || !qt.IsWord(verb) || qt.IsCapitalized(verb) || w.Length < (particle ? 3 : 4)
            || !(w.EndsWith('s') || w.EndsWith("ed", StringComparison.Ordinal) || particle) || WordClasses.IsAdverb(w))
            return null;
        int first = verb - 1;
        if (!(qt.Lower[first] is "he" or "she" or "they" or "we" or "i"))
        {
            while (first > unit.First && !qt.InsideQuote[first] && qt.IsCapitalized(first) && verb - first <= MaxCreditTokens) first--;
            // "an angry Ann Roe retorted", "the mayor retorted": lower-case modifiers after a determiner.
            int det = first;
            while (det > unit.First && !qt.InsideQuote[det] && qt.IsWord(det) && !qt.IsCapitalized(det) && verb - det <= MaxCreditTokens && !(qt.Lower[det] is "the" or "a" or "an")) det--;
            if (det > unit.First && !qt.InsideQuote[det] && qt.Lower[det] is "the" or "a" or "an") first = det - 1;
        }
        else first--;
        if (first + 1 == verb || !IsClosingMark(qt, first)) return null;
        int lastInside = first - 1;
        while (lastInside > unit.First && IsClosingMark(qt, lastInside)) lastInside--;
        if (qt.Lower[lastInside] is not ("," or "?" or "!")) return null;
        for (int k = verb + 1; k < unit.End; k++)
        {
            if (qt.Lower[k] is "." or "!" or "?" or ",") break;
            if (k - verb > MaxCreditTail || !(WordClasses.IsAdverb(qt.Lower[k]) || WordClasses.TimeWords.Contains(qt.Lower[k]) || Particles.Contains(qt.Lower[k]))) return null;
        }
        return Make(verb, verb + 1, first + 1, verb, unit.First, first + 1, CuePlacement.Postposed, unit, qt);
    }

    /// <summary>Adverb particles of phrasal verbs of speech ("points out", "shot back", "went on", "chimed in").</summary>
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal) { "out", "back", "on", "in", "up" };

    private bool IsCueAt(QuoteText qt, int i) =>
        qt.Lower[i] == "according" ? i + 1 < qt.Tokens.Count && qt.Lower[i + 1] == "to" : lexicon.IsCue(qt.Lower[i]);

    private Attribution? Build(QuoteText qt, (int First, int End) unit, int cue, List<Attribution> found, int unitStart, IReadOnlyList<TextSpan> names)
    {
        if (qt.Lower[cue] == "according") return According(qt, unit, cue);
        if (WordClasses.IsParticiple(qt.Lower[cue]))
        {
            // "…, saying …"; "… before saying …", "… by warning that …": a gerund after a subordinating preposition
            // or "and" takes the subject of its clause as well.
            if (cue > unit.First && (IsCommaOrDash(qt, cue - 1) || GerundOpeners.Contains(qt.Lower[cue - 1]) && !qt.InsideQuote[cue - 1]))
                return Participle(qt, unit, cue, found, unitStart);
            // Without a comma a participle modifies a noun ("a resolution demanding …") unless a form of
            // "be" makes it a progressive ("she was saying").
            if (cue == unit.First || !WordClasses.BeForms.Contains(qt.Lower[cue - 1])) return null;
        }
        return Inverted(qt, unit, cue) ?? Postposed(qt, unit, cue) ?? Passive(qt, unit, cue) ?? Preposed(qt, unit, cue)
            ?? Coordinated(qt, unit, cue, found, unitStart, names);
    }

    /// <summary>Words before a gerund whose subject is that of the clause ("before saying", "by warning", "and calling").</summary>
    private static readonly HashSet<string> GerundOpeners = new(StringComparer.Ordinal) { "by", "after", "before", "while", "without", "in", "and" };

    /// <summary>"Ann Roe praised the plan and said …", "… but told reporters …": a cue coordinated with an
    /// earlier verb of its clause takes that verb's subject (an earlier source of the unit, else its subject).</summary>
    private Attribution? Coordinated(QuoteText qt, (int First, int End) unit, int cue, List<Attribution> found, int unitStart, IReadOnlyList<TextSpan> names)
    {
        int last = SkipModifiersBack(qt, unit, cue);
        if (last <= unit.First || qt.InsideQuote[last] || qt.Lower[last] is not ("and" or "but")) return null;
        var earlier = found.Skip(unitStart).LastOrDefault(a => a.HasSource && a.CueFirst < cue);
        var source = earlier is not null ? (earlier.SourceFirst, earlier.SourceEnd) : ClauseSubject(qt, unit, last, names);
        if (source is not { } src) return null;
        int contentFirst = boundaries.ChooseStart(qt, unit, cue, cue + 1);
        return Make(cue, cue + 1, src.First, src.End, contentFirst, LearnedEnd(qt, unit, cue, contentFirst), CuePlacement.Preposed, unit, qt);
    }

    /// <summary>The subject near the start of a unit, before <paramref name="limit"/>: after a sentence adverb or an
    /// opening prepositional phrase, the first subject pronoun or person/organisation name within a few words.</summary>
    private static (int First, int End)? ClauseSubject(QuoteText qt, (int First, int End) unit, int limit, IReadOnlyList<TextSpan> names)
    {
        var (first, _) = LeadingPhrase(qt, unit);
        for (int k = first; k < limit && k - first <= MaxSubjectOffset; k++)
        {
            if (qt.InsideQuote[k] || StopsPhrase(qt, k) && qt.Lower[k] != ",") return null;
            if (qt.Lower[k] is "he" or "she" or "they" or "we" or "i") return (k, k + 1);
            var name = names.FirstOrDefault(n => n.Start == qt.Tokens[k].Start);
            if (name.End > name.Start) return (k, Math.Min(limit, qt.TokenAtOrAfter(name.End)));
        }
        return null;
    }

    private static Attribution? According(QuoteText qt, (int First, int End) unit, int cue)
    {
        int srcFirst = cue + 2, srcEnd = srcFirst;
        while (srcEnd < unit.End && srcEnd - srcFirst < MaxSourceTokens && !StopsPhrase(qt, srcEnd)) srcEnd++;
        if (srcEnd == srcFirst) return null;
        int contentFirst, contentEnd;
        if (AtClauseStart(qt, unit, cue))
        {
            contentFirst = srcEnd < unit.End && IsCommaOrDash(qt, srcEnd) ? srcEnd + 1 : srcEnd;
            contentEnd = ContentEnd(qt, unit, contentFirst);
        }
        else
        {
            contentFirst = unit.First;
            contentEnd = cue > unit.First && IsCommaOrDash(qt, cue - 1) ? cue - 1 : cue;
        }
        return Make(cue, cue + 2, srcFirst, srcEnd, contentFirst, contentEnd, CuePlacement.According, unit, qt);
    }

    /// <summary>"…, saying …": the source is the subject of the clause the participle hangs on.</summary>
    private Attribution? Participle(QuoteText qt, (int First, int End) unit, int cue, List<Attribution> found, int unitStart)
    {
        var earlier = found.Skip(unitStart).LastOrDefault(a => a.HasSource && a.CueFirst < cue);
        (int first, int end) = earlier is not null ? (earlier.SourceFirst, earlier.SourceEnd) : LeadingPhrase(qt, unit);
        int contentFirst = boundaries.ChooseStart(qt, unit, cue, cue + 1);
        return Make(cue, cue + 1, first, end, contentFirst, LearnedEnd(qt, unit, cue, contentFirst), CuePlacement.Preposed, unit, qt);
    }

    /// <summary>"…," said X: the cue follows a comma or a closing mark, the source follows the cue and ends
    /// the unit, perhaps with an appositive ("said Jane Roe, a pollster").</summary>
    private Attribution? Inverted(QuoteText qt, (int First, int End) unit, int cue)
    {
        // "Stated Stone: “…”" and "Said Stone, “…”" open their unit with the cue.
        bool opensUnit = cue == unit.First && qt.IsCapitalized(cue);
        if (!opensUnit && (cue == unit.First || !(IsCommaOrDash(qt, cue - 1) || IsClosingMark(qt, cue - 1)))) return null;
        int srcFirst = cue + 1, srcEnd = srcFirst;
        while (srcEnd < unit.End && srcEnd - srcFirst < MaxSourceTokens && !StopsPhrase(qt, srcEnd) && qt.Lower[srcEnd] is not ("who" or "which" or "whose")) srcEnd++;
        // "…,” X, an adviser, said Tuesday at a rally": a phrase opening with a preposition or a time word is the
        // cue's adjunct, and the phrase after "told" its addressee, not its source.
        if (srcEnd == srcFirst || AddresseeCues.Contains(qt.Lower[cue]) || WordClasses.Prepositions.Contains(qt.Lower[srcFirst]) || WordClasses.TimeWords.Contains(qt.Lower[srcFirst])
            || !(NamesSomeone(qt, srcFirst, srcEnd) || WordClasses.IsPronoun(qt.Lower[srcFirst]) || qt.Lower[srcFirst] is "the" or "a" or "an"))
            return null;
        // "…, said he": a pronoun source stands alone; "…, said she turned out …" is the subject of a content clause.
        if (WordClasses.IsPronoun(qt.Lower[srcFirst])) srcEnd = srcFirst + 1;
        // "Stated Stone:" closing its paragraph announces the quotation that opens the next one.
        if (opensUnit && srcEnd + 1 == unit.End && qt.Lower[srcEnd] == ":")
            return Make(cue, cue + 1, srcFirst, srcEnd, unit.End, unit.End, CuePlacement.Preposed, unit, qt);
        if (opensUnit)
            return srcEnd + 1 < unit.End && (qt.Lower[srcEnd] == ":" || qt.Lower[srcEnd] == "," && qt.InsideQuote[srcEnd + 1]) ? Make(cue, cue + 1, srcFirst, srcEnd, srcEnd + 1, ContentEnd(qt, unit, srcEnd + 1), CuePlacement.Preposed, unit, qt) : null;
        if (!EndsUnit(qt, unit, srcEnd) || SubjectWithRelativeBefore(qt, unit, cue)) return null;
        int contentEnd = IsCommaOrDash(qt, cue - 1) ? cue - 1 : cue;
        return Make(cue, cue + 1, srcFirst, srcEnd, unit.First, contentEnd, CuePlacement.Postposed, unit, qt);
    }

    /// <summary>Cues whose object is the one spoken to ("Ann Roe, 58, told AFP"), never an inverted source.</summary>
    private static readonly HashSet<string> AddresseeCues = new(StringComparer.Ordinal) { "told", "tell", "tells", "telling", "informed", "assured", "reminded" };

    /// <summary>"said local activist Ann Roe": a source may open with lower-case modifiers of a name.</summary>
    private static bool NamesSomeone(QuoteText qt, int first, int end)
    {
        for (int k = first; k < end; k++)
            if (qt.IsCapitalized(k)) return true;
        return false;
    }

    /// <summary>"Crane operator Ann Roe, who has worked there for years, said the mood …": the cue follows
    /// a relative clause or appositive set off after the unit's subject, so it is not an inverted "…, said
    /// X" but the subject's own verb. A quotation before the comma rules this out.</summary>
    private static bool SubjectWithRelativeBefore(QuoteText qt, (int First, int End) unit, int cue)
    {
        if (!IsCommaOrDash(qt, cue - 1)) return false;
        int open = cue - 2;
        while (open >= unit.First && !IsCommaOrDash(qt, open))
        {
            if (qt.InsideQuote[open]) return false;
            open--;
        }
        if (open <= unit.First || open + 1 >= cue - 1) return false;
        return qt.Lower[open + 1] is "who" or "which" or "whose" or "a" or "an" or "the"
               && SubjectBeforeAppositive(qt, unit, open) is { } subject && subject.End == open;
    }

    /// <summary>Whether only closing punctuation follows, or an appositive or relative clause set off by a
    /// comma ("said Jane Roe, whose group backs him").</summary>
    private static bool EndsUnit(QuoteText qt, (int First, int End) unit, int from)
    {
        if (from >= unit.End || qt.Lower[from] is "." or "!" or "?" or ";" or ":") return true;
        string next = qt.Lower[from];
        bool continues = IsCommaOrDash(qt, from) || next is "who" or "which" or "whose" or "(" || next != "that"
            && (WordClasses.Prepositions.Contains(next) || WordClasses.ClauseBoundaries.Contains(next) || WordClasses.TimeWords.Contains(next));
        if (!continues) return false;
        bool inAppositive = IsCommaOrDash(qt, from);
        for (int k = from + 1; k < unit.End; k++)
        {
            // "said Ann Roe (D-Va.) at the time, adding that “…”", "said Ann Roe, who said there were “…”": a participle
            // or relative clause after a comma is no part of the credit.
            if (IsCommaOrDash(qt, k - 1) && !qt.InsideQuote[k] && (WordClasses.IsParticiple(qt.Lower[k]) || qt.Lower[k] is "who" or "which" or "whose")) return true;
            // "“…,” said Ann Roe, a pollster, “and …”": the quotation goes on after the credit.
            if (qt.InsideQuote[k] && IsCommaOrDash(qt, k - 1)) return true;
            // "said Ann Roe, the author of “Title,”": a short quoted title inside the appositive.
            if (qt.InsideQuote[k] && inAppositive && QuotedRunLength(qt, unit, k) <= MaxTitleTokens) { k += QuotedRunLength(qt, unit, k) - 1; continue; }
            // "that" after the source opens its content; inside an appositive it is a relative ("one of the groups that …").
            if (qt.InsideQuote[k] || qt.Lower[k] == "that" && !inAppositive) return false;
            inAppositive |= IsCommaOrDash(qt, k);
        }
        return true;
    }

    /// <summary>Most tokens, marks included, of a quoted title inside an appositive.</summary>
    private const int MaxTitleTokens = 12;

    /// <summary>How many tokens from <paramref name="first"/> on lie inside quotation marks.</summary>
    private static int QuotedRunLength(QuoteText qt, (int First, int End) unit, int first)
    {
        int k = first;
        while (k < unit.End && qt.InsideQuote[k]) k++;
        return k - first;
    }

    /// <summary>"…, X said [adjuncts].": a source phrase between a comma (or closing mark) and the cue,
    /// and nothing after the cue but a short tail without a content clause.</summary>
    private Attribution? Postposed(QuoteText qt, (int First, int End) unit, int cue)
    {
        int last = SkipModifiersBack(qt, unit, cue);
        // "“…,” Ki Hong, 33, said": an appositive closed by a comma right before the cue.
        if (last > unit.First && IsCommaOrDash(qt, last) && AfterQuoteWithAppositive(qt, unit, last + 1) is { } apposed)
            return Make(cue, cue + 1, apposed.First, apposed.End, unit.First, apposed.ContentEnd, CuePlacement.Postposed, unit, qt);
        int first = WalkBackPhrase(qt, unit, last);
        if (first > last || first <= unit.First) return null;
        // "“…,” said Ann Roe, who thinks often about …": a relative pronoun opens a clause about the name before
        // it; its verb reports what follows, not the quotation before.
        if (first == last && qt.Lower[first] is "who" or "which") return null;
        // Right after a quote, "“…,” X said" needs no check of what follows the cue.
        if (AfterQuoteWithAppositive(qt, unit, first) is { } named)
            return Make(cue, cue + 1, named.First, named.End, unit.First, named.ContentEnd, CuePlacement.Postposed, unit, qt);
        bool afterQuote = IsClosingMark(qt, first - 1) || IsCommaOrDash(qt, first - 1) && first - 2 >= unit.First && IsClosingMark(qt, first - 2);
        if (!(IsCommaOrDash(qt, first - 1) || IsClosingMark(qt, first - 1))) return null;
        if (!afterQuote && !(IsAdjunctTail(qt, unit, cue + 1) && (AddresseeCues.Contains(qt.Lower[cue]) || !OpensClause(qt, unit, cue + 1)))) return null;
        int contentEnd = IsCommaOrDash(qt, first - 1) ? first - 1 : first;
        return Make(cue, cue + 1, first, last + 1, unit.First, contentEnd, CuePlacement.Postposed, unit, qt);
    }

    /// <summary>"X was declared Y by Z": the source is the agent after "by".</summary>
    private static Attribution? Passive(QuoteText qt, (int First, int End) unit, int cue)
    {
        if (cue == unit.First || !WordClasses.BeForms.Contains(qt.Lower[cue - 1])) return null;
        int by = -1;
        for (int k = cue + 1; k < unit.End && by < 0; k++)
            if (qt.Lower[k] == "by" && !qt.InsideQuote[k]) by = k;
        if (by < 0) return null;
        int srcEnd = by + 1;
        while (srcEnd < unit.End && srcEnd - by <= MaxSourceTokens && !StopsPhrase(qt, srcEnd)) srcEnd++;
        if (srcEnd == by + 1) return null;
        return Make(cue, cue + 1, by + 1, srcEnd, cue + 1, by, CuePlacement.Preposed, unit, qt);
    }

    /// <summary>"Jane Roe, a pollster with the firm, said …": the subject opens the unit (or follows a
    /// comma-free lead) and its appositive sits between two commas before the cue.</summary>
    private static (int First, int End)? SubjectBeforeAppositive(QuoteText qt, (int First, int End) unit, int comma)
    {
        int first = unit.First;
        while (first < comma)
        {
            int end = first;
            while (end < comma && !IsCommaOrDash(qt, end)) end++;
            if (end - first is > 0 and <= MaxSourceTokens && LooksLikeSubject(qt, first, end)) return (first, end);
            first = end + 1;
        }
        return null;
    }

    /// <summary>A comma-delimited stretch that can be a clause's subject: it opens with a name, a determiner
    /// or a possessive, not with a preposition, subordinator or participle ("At one point on Sunday").</summary>
    private static bool LooksLikeSubject(QuoteText qt, int first, int end)
    {
        string w = qt.Lower[first];
        if (qt.InsideQuote[first] || WordClasses.Prepositions.Contains(w) || WordClasses.ClauseBoundaries.Contains(w) || WordClasses.IsParticiple(w)
            || OpensWithPastParticiple(qt, first, end))
            return false;
        if (!(qt.IsCapitalized(first) || w is "the" or "a" or "an")) return false;
        for (int k = first; k < end; k++)
        {
            // "Rep. Ann Roe (D-Md.)": a parenthesised party and state belong to the name.
            if (qt.Lower[k] == "(" && MatchingClose(qt, k, end) is int close and >= 0) { k = close; continue; }
            if (StopsPhrase(qt, k)) return false;
        }
        return true;
    }

    /// <summary>"Alarmed by the unrest, …": a capitalised past participle before a lower-case word opens an
    /// adjunct, not a name.</summary>
    private static bool OpensWithPastParticiple(QuoteText qt, int first, int end) =>
        qt.Lower[first].Length > 4 && qt.Lower[first].EndsWith("ed", StringComparison.Ordinal) && first + 1 < end && !qt.IsCapitalized(first + 1);

    /// <summary>"“…,” Jane Roe, a pollster with the firm, said": the source is the name right after the
    /// quote; the phrase next to the cue is only its appositive.</summary>
    private (int First, int End, int ContentEnd)? AfterQuoteWithAppositive(QuoteText qt, (int First, int End) unit, int phraseFirst)
    {
        if (!IsCommaOrDash(qt, phraseFirst - 1)) return null;
        int k = phraseFirst - 2;
        while (k > unit.First && !qt.InsideQuote[k] && k > phraseFirst - 2 - 2 * MaxSourceTokens && !(IsCommaOrDash(qt, k) && IsClosingMark(qt, k - 1)) && !IsClosingMark(qt, k))
        {
            if (lexicon.IsCue(qt.Lower[k]) || qt.Lower[k] is "." or "!" or "?") return null;
            k--;
        }
        int closing = IsClosingMark(qt, k) ? k : k - 1;
        if (closing <= unit.First || !IsClosingMark(qt, closing)) return null;
        int first = closing + 1 + (IsCommaOrDash(qt, closing + 1) ? 1 : 0);
        // A mark written as two tokens ('' ending a quote) is one closing mark.
        int lastInside = closing - 1;
        while (lastInside > unit.First && IsClosingMark(qt, lastInside)) lastInside--;
        bool quoteEndsClause = first > closing + 1 || qt.Lower[lastInside] is "," or "?" or "!";
        if (!quoteEndsClause || !(qt.IsCapitalized(first) || qt.Lower[first] is "the" or "a" or "an")) return null;
        int end = first;
        while (end < phraseFirst - 1 && !StopsPhrase(qt, end) && !IsCommaOrDash(qt, end)) end++;
        return end > first ? (first, end, closing + 1) : null;
    }

    private Attribution? Preposed(QuoteText qt, (int First, int End) unit, int cue)
    {
        int last = SkipModifiersBack(qt, unit, cue);
        if (last > unit.First && IsCommaOrDash(qt, last) && SubjectBeforeAppositive(qt, unit, last) is { } subject)
        {
            int start = boundaries.ChooseStart(qt, unit, cue, cue + 1);
            return Make(cue, cue + 1, subject.First, subject.End, start, LearnedEnd(qt, unit, cue, start), CuePlacement.Preposed, unit, qt);
        }
        if (last < unit.First || WordClasses.NotPhraseFinal.Contains(qt.Lower[last])) return null;
        int first = WalkBackPhrase(qt, unit, last);
        if (first > last) return null;
        int contentFirst = boundaries.ChooseStart(qt, unit, cue, cue + 1);
        int contentEnd = LearnedEnd(qt, unit, cue, contentFirst);
        return Make(cue, cue + 1, first, last + 1, contentFirst, contentEnd, CuePlacement.Preposed, unit, qt);
    }

    private static Attribution Make(int cueFirst, int cueEnd, int srcFirst, int srcEnd, int contentFirst, int contentEnd,
        CuePlacement placement, (int, int) unit, QuoteText qt)
    {
        // A source never begins or ends with a stray mark ("''' said Mr. Roe").
        while (srcFirst < srcEnd && !qt.IsWord(srcFirst)) srcFirst++;
        while (srcEnd > srcFirst && !qt.IsWord(srcEnd - 1) && qt.Lower[srcEnd - 1] != ")") srcEnd--;
        return new Attribution
        {
            CueFirst = cueFirst, CueEnd = cueEnd, SourceFirst = srcFirst, SourceEnd = srcEnd,
            ContentFirst = contentFirst, ContentEnd = Math.Max(contentFirst, contentEnd), Placement = placement, Unit = unit,
        };
    }

    /// <summary>Where the content a cue opens at <paramref name="first"/> ends, by the learned model.</summary>
    private int LearnedEnd(QuoteText qt, (int First, int End) unit, int cue, int first) =>
        first < unit.End ? boundaries.ChooseEnd(qt, unit, cue, first) : first;

    /// <summary>Content runs to the end of its unit, less closing punctuation, or to a non-restrictive
    /// relative clause (", which …"), which the writer adds about the content's last noun.</summary>
    private static int ContentEnd(QuoteText qt, (int First, int End) unit, int from)
    {
        int end = unit.End;
        for (int k = from + 2; k + 1 < unit.End; k++)
            if (qt.Lower[k] == "," && !qt.InsideQuote[k] && qt.Lower[k + 1] is "which" or "who") { end = k; break; }
        while (end > from && qt.Lower[end - 1] is "." or "!" or "?" or ";" or ":" or "," && !qt.InsideQuote[end - 1]) end--;
        return end;
    }

    /// <summary>A preposed content stops where a later cue of the same unit begins its own phrase
    /// ("…, according to X", "…, saying …", "…, X said").</summary>
    private static void TrimPreposedContents(QuoteText qt, List<Attribution> found, int from)
    {
        for (int a = from; a < found.Count; a++)
        {
            var outer = found[a];
            if (outer.Placement != CuePlacement.Preposed) continue;
            for (int b = a + 1; b < found.Count; b++)
            {
                var inner = found[b];
                bool ownPhrase = inner.Placement != CuePlacement.Preposed || inner.SourceFirst >= inner.CueFirst || inner.ContentFirst < inner.CueFirst;
                int start = Math.Min(inner.CueFirst, inner.HasSource ? inner.SourceFirst : inner.CueFirst);
                if (!ownPhrase || start <= outer.ContentFirst || start >= outer.ContentEnd) continue;
                if (inner.Placement == CuePlacement.Preposed && inner.SourceFirst < inner.CueFirst) continue;
                outer.ContentEnd = start;
            }
            while (outer.ContentEnd > outer.ContentFirst && IsCommaOrDash(qt, outer.ContentEnd - 1)) outer.ContentEnd--;
        }
    }

    private int SkipModifiersBack(QuoteText qt, (int First, int End) unit, int cue)
    {
        int k = cue - 1;
        while (k >= unit.First && !qt.InsideQuote[k] && (WordClasses.CueModifiers.Contains(qt.Lower[k]) || WordClasses.IsAdverb(qt.Lower[k])))
            k--;
        return k;
    }

    /// <summary>First token of the noun phrase that ends at <paramref name="last"/>; a pronoun or relative
    /// stands alone.</summary>
    private int WalkBackPhrase(QuoteText qt, (int First, int End) unit, int last)
    {
        // "Rep. Ann Roe (D-Ore.) said": the parenthesis closes the phrase, its opening belongs to it.
        if (last > unit.First && qt.Lower[last] == ")" && MatchingOpen(qt, unit, last) is int paren and > 0 && !StopsPhrase(qt, paren - 1))
            last = paren - 1;
        if (last < unit.First || StopsPhrase(qt, last)) return last + 1;
        if (WordClasses.IsPronoun(qt.Lower[last])) return last;
        int k = last;
        while (k - 1 >= unit.First && last - k + 1 < MaxSourceTokens)
        {
            if (qt.Lower[k - 1] == ")" && MatchingOpen(qt, unit, k - 1) is int open and >= 0) { k = open; continue; }
            if (StopsPhrase(qt, k - 1) || WordClasses.IsPronoun(qt.Lower[k - 1]) || lexicon.IsCue(qt.Lower[k - 1]) && !qt.IsCapitalized(k - 1)) break;
            k--;
        }
        return k;
    }

    /// <summary>The ")" that closes the "(" at <paramref name="open"/> before <paramref name="end"/>; -1 when there is none nearby.</summary>
    private static int MatchingClose(QuoteText qt, int open, int end)
    {
        for (int k = open + 1; k < end && k < open + 8; k++)
            if (qt.Lower[k] == ")") return k;
        return -1;
    }

    /// <summary>The "(" that a ")" closes, within the unit; -1 when there is none nearby.</summary>
    private static int MatchingOpen(QuoteText qt, (int First, int End) unit, int close)
    {
        for (int k = close - 1; k >= unit.First && k > close - 8; k--)
            if (qt.Lower[k] == "(") return k;
        return -1;
    }

    private static bool StopsPhrase(QuoteText qt, int i) =>
        qt.InsideQuote[i] || WordClasses.ClauseBoundaries.Contains(qt.Lower[i])
        || !qt.IsWord(i) && qt.Lower[i] is not ("'s" or "'" or "&" or "-" or "/");

    /// <summary>The subject that opens the unit, after a sentence adverb ("Then he …", "Later, Ann Roe …").</summary>
    private static (int, int) LeadingPhrase(QuoteText qt, (int First, int End) unit)
    {
        int first = unit.First;
        if (first + 1 < unit.End && IsSentenceAdverb(qt.Lower[first])) first += qt.Lower[first + 1] == "," ? 2 : 1;
        // "Before the convention, Ann Roe lobbied …, saying …": the subject follows an opening prepositional phrase.
        if (first < unit.End && WordClasses.Prepositions.Contains(qt.Lower[first]))
            for (int c = first + 1; c < unit.End && c <= first + MaxSourceTokens && !qt.InsideQuote[c]; c++)
                if (qt.Lower[c] == ",") { first = c + 1; break; }
        if (first < unit.End && WordClasses.IsPronoun(qt.Lower[first])) return (first, first + 1);
        int k = first;
        while (k < unit.End && k - first < MaxSourceTokens && qt.IsWord(k) && !qt.InsideQuote[k]
               && (qt.IsCapitalized(k) || qt.Lower[k] is "the" or "a" or "an" or "'s" or "of")) k++;
        return (first, k);
    }

    private static bool IsSentenceAdverb(string lower) =>
        WordClasses.IsAdverb(lower) || WordClasses.TimeWords.Contains(lower) || lower is "then" or "now" or "still" or "meanwhile" or "however" or "instead" or "also";

    private static bool AtClauseStart(QuoteText qt, (int First, int End) unit, int i) =>
        i == unit.First || qt.Lower[i - 1] is "but" or "and" or "so" || IsOpeningPunctuation(qt.Lower[i - 1]);

    private static bool IsOpeningPunctuation(string s) => s is "(" or "\u2014" or "--" or ":";

    /// <summary>Whether a clause with its own subject starts at <paramref name="k"/> ("…, X said they were
    /// angry"): a subject pronoun, a determiner, "if", or a capitalised word that is not a time word.</summary>
    private static bool OpensClause(QuoteText qt, (int First, int End) unit, int k) =>
        k < unit.End && qt.IsWord(k) && (ClauseOpeners.Contains(qt.Lower[k]) || qt.IsCapitalized(k) && !WordClasses.TimeWords.Contains(qt.Lower[k]));

    private static readonly HashSet<string> ClauseOpeners = new(StringComparer.Ordinal)
    {
        "he", "she", "they", "we", "i", "it", "you", "there", "the", "a", "an", "this", "these", "those", "his", "her", "their", "its", "our", "my", "if",
    };

    private bool IsAdjunctTail(QuoteText qt, (int First, int End) unit, int from)
    {
        if (unit.End - from > MaxPostposedTail) return false;
        for (int k = from; k < unit.End; k++)
        {
            string w = qt.Lower[k];
            if (qt.InsideQuote[k] || w == "that" || lexicon.IsCue(w) && !WordClasses.DocumentNouns.Contains(w)) return false;
        }
        return true;
    }

    private static bool IsCommaOrDash(QuoteText qt, int i) => qt.Lower[i] is "," or "\u2014" or "--" or "\u2013";

    private static bool IsClosingMark(QuoteText qt, int i) => qt.InsideQuote[i] && qt.Tokens[i].Text.All(QuoteMarks.IsAnyMark);
}
