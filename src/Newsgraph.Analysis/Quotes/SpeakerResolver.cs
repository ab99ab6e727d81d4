using Newsgraph.Analysis.Lexicons;
using Newsgraph.Core.Model;

namespace Newsgraph.Analysis.Quotes;

/// <summary>
/// Turns a source mention into a <see cref="Speaker"/>: the entity whose mention lies in it (a person before
/// an organisation, the head before its modifiers), a pronoun resolved to the nearest compatible speaker or
/// entity before it, a document ("the statement") to whoever issued it earlier, a nominal ("the
/// spokeswoman") to the entity holding that role. Works in text order and remembers who spoke.
/// </summary>
internal sealed class SpeakerResolver
{
    /// <summary>How far back (characters) a pronoun may look for its speaker.</summary>
    private const int PronounReach = 1500;

    private readonly string _text;
    private readonly List<(Mention Mention, Entity Entity)> _mentions;
    private readonly List<Resolved> _history = [];

    private sealed record Resolved(int Position, Speaker Speaker, EntityType? Type, HashSet<string> IssuedDocuments);

    public SpeakerResolver(ArticleDocument document)
    {
        _text = document.Text;
        _mentions = (document.Entities ?? [])
            .SelectMany(e => e.Mentions.Select(m => (m, e)))
            .OrderBy(x => x.m.At.Start)
            .ToList();
        EntitiesById = (document.Entities ?? []).ToDictionary(e => e.Id);
    }

    private Dictionary<Id<Entity>, Entity> EntitiesById { get; }

    /// <summary>Resolves the source of <paramref name="a"/> and remembers it for later pronouns and documents.</summary>
    public Speaker? Resolve(QuoteText qt, Attribution a)
    {
        if (!a.HasSource) return null;
        int start = qt.Tokens[a.SourceFirst].Start, end = qt.Tokens[a.SourceEnd - 1].End;
        string mention = _text[start..end];
        var words = Enumerable.Range(a.SourceFirst, a.SourceEnd - a.SourceFirst).Select(i => qt.Lower[i]).ToList();
        var (entity, name) = ResolveMention(start, end, words);
        var speaker = new Speaker(new AnchoredText(start, end, mention), entity?.Id) { Name = entity?.Name ?? name };
        _history.Add(new Resolved(start, speaker, entity?.Type, IssuedDocuments(qt, a)));
        return speaker;
    }

    private (Entity? Entity, string? Name) ResolveMention(int start, int end, List<string> words)
    {
        if (words.Count == 1 && WordClasses.IsPronoun(words[0])) return FromPronoun(start, words[0]);
        var inside = EntityInside(start, end);
        if (inside is not null) return (inside, inside.Name);
        string head = words[^1];
        if (WordClasses.DocumentNouns.Contains(head)) return InlineIssuer(_text[start..end]) is { } issuer ? (null, issuer) : FromDocument(start, head);
        var byRole = FromRole(start, head);
        if (byRole is not null) return (byRole, byRole.Name);
        return (null, char.IsUpper(_text[start]) || words[0] is "the" or "a" or "an" ? FullerName(start, end) : null);
    }

    /// <summary>The entity named inside the mention: a person first, else the rightmost (the head noun comes
    /// last in "Iraq's Foreign Ministry" and "an Iraqi Foreign Ministry statement").</summary>
    private Entity? EntityInside(int start, int end)
    {
        Entity? best = null;
        int bestRank = int.MaxValue;
        foreach (var (m, e) in MentionsIn(start, end))
        {
            int rank = TypeRank(e.Type);
            if (rank <= bestRank) { best = e; bestRank = rank; }
        }
        return best;
    }

    private static int TypeRank(EntityType type) => type switch
    {
        EntityType.PERSON => 0,
        EntityType.ORG => 1,
        EntityType.GPE or EntityType.NORP => 2,
        _ => 3,
    };

    private IEnumerable<(Mention, Entity)> MentionsIn(int start, int end) =>
        _mentions.Where(x => x.Mention.At.Start < end && start < x.Mention.At.End);

    private (Entity?, string?) FromPronoun(int position, string pronoun)
    {
        if (pronoun is "who" or "which")
        {
            var before = _mentions.LastOrDefault(x => x.Mention.At.End <= position && position - x.Mention.At.End < 40);
            if (before.Entity is not null) return (before.Entity, before.Entity.Name);
        }
        bool person = WordClasses.PersonPronouns.Contains(pronoun) || pronoun == "who";
        for (int h = _history.Count - 1; h >= 0 && position - _history[h].Position < PronounReach; h--)
        {
            var r = _history[h];
            bool pronounSpeaker = r.Speaker.At.Text.Length <= 4 && WordClasses.IsPronoun(r.Speaker.At.Text.ToLowerInvariant());
            if (r.Type is { } t ? Compatible(t, person) : person && (r.Speaker.Name is not null || pronounSpeaker))
                return (r.Speaker.Entity is { } id ? EntitiesById.GetValueOrDefault(id) : null, r.Speaker.Name);
        }
        var nearest = _mentions.LastOrDefault(x => x.Mention.At.End <= position && Compatible(x.Entity.Type, person));
        return nearest.Entity is null ? (null, null) : (nearest.Entity, nearest.Entity.Name);
    }

    private static bool Compatible(EntityType type, bool person) =>
        person ? type == EntityType.PERSON : type is EntityType.ORG or EntityType.GPE or EntityType.NORP or EntityType.PERSON;

    /// <summary>"the statement added": whoever earlier issued a statement ("said in a statement").</summary>
    private (Entity?, string?) FromDocument(int position, string noun)
    {
        for (int h = _history.Count - 1; h >= 0; h--)
        {
            var r = _history[h];
            if (r.Position >= position || !r.IssuedDocuments.Contains(noun)) continue;
            return (r.Speaker.Entity is { } id ? EntitiesById.GetValueOrDefault(id) : null, r.Speaker.Name ?? r.Speaker.At.Text);
        }
        return (null, null);
    }

    /// <summary>The issuer named before a document noun: "an Iraqi Foreign Ministry statement".</summary>
    private static string? InlineIssuer(string mention)
    {
        var words = mention.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 0 && words[0].ToLowerInvariant() is "the" or "a" or "an") words.RemoveAt(0);
        if (words.Count < 2) return null;
        words.RemoveAt(words.Count - 1);
        return words.All(w => char.IsUpper(w[0])) ? string.Join(' ', words) : null;
    }

    /// <summary>"the spokeswoman": the entity whose roles name that office, nearest before the mention.</summary>
    private Entity? FromRole(int position, string head)
    {
        if (head.Length < 3 || !char.IsLower(head[0])) return null;
        return _mentions.LastOrDefault(x => x.Mention.At.End <= position
            && x.Entity.Roles.Any(r => r.Contains(head, StringComparison.OrdinalIgnoreCase))).Entity;
    }

    /// <summary>The documents a source issued, named just after its cue ("said in a statement").</summary>
    private static HashSet<string> IssuedDocuments(QuoteText qt, Attribution a)
    {
        var nouns = new HashSet<string>(StringComparer.Ordinal);
        for (int k = a.CueEnd; k < Math.Min(a.CueEnd + 5, a.Unit.End); k++)
            if (WordClasses.DocumentNouns.Contains(qt.Lower[k])) nouns.Add(qt.Lower[k]);
        return nouns;
    }

    /// <summary>Without an entity layer: the fullest earlier form of a name ("Mike Pompeo" for "Pompeo"),
    /// found as capitalised words just before an earlier occurrence of the mention's last word.</summary>
    private string? FullerName(int start, int end)
    {
        int lastSpace = _text.LastIndexOf(' ', end - 1, end - start);
        string last = _text[(lastSpace < start ? start : lastSpace + 1)..end];
        if (last.Length < 2 || !char.IsUpper(last[0])) return _text[start..end];
        string best = _text[start..end];
        for (int at = _text.IndexOf(last, StringComparison.Ordinal); at >= 0 && at < start; at = _text.IndexOf(last, at + 1, StringComparison.Ordinal))
        {
            string candidate = NameEndingAt(at, at + last.Length);
            if (candidate.Length > best.Length && candidate.Split(' ').Length <= 4) best = candidate;
        }
        return best;
    }

    private string NameEndingAt(int start, int end)
    {
        int first = start;
        for (int words = 0; words < 2; words++)
        {
            int prevEnd = first - 1;
            if (prevEnd <= 0 || _text[prevEnd] != ' ') break;
            int prevStart = _text.LastIndexOfAny([' ', '\n'], prevEnd - 1) + 1;
            string word = _text[prevStart..prevEnd];
            if (word.Length < 2 || !char.IsUpper(word[0]) || !word.Skip(1).All(c => char.IsLower(c) || c == '-') || NameTitles.Contains(word)) break;
            first = prevStart;
        }
        return _text[first..end];
    }

    /// <summary>Capitalised words that precede names as titles, not as given names.</summary>
    private static readonly HashSet<string> NameTitles = ResourceLoader.WordSet("name-titles", StringComparer.Ordinal);
}
