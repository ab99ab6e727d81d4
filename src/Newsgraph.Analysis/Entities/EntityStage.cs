using Newsgraph.Analysis.Entities.Gazetteers;
using Newsgraph.Analysis.Entities.Tagging;
using Newsgraph.Analysis.Lexicons;
using Newsgraph.Core.Model;
using Newsgraph.Core.Pipeline;

namespace Newsgraph.Analysis.Entities;

/// <summary>The entity stage's model, gazetteer and language policy.</summary>
public sealed record EntityStageOptions
{
    /// <summary>A tagger trained by `newsgraph train ner`; null for the built-in model.</summary>
    public NerTagger? Tagger { get; init; }

    /// <summary>Name lists for types, countries and roles; null for the built-in gazetteer.</summary>
    public Gazetteer? Gazetteer { get; init; }

    /// <summary>Leave the layer empty for prose in another language than English, which the tagger was not
    /// trained on (guesses there are mostly wrong); false tags it anyway.</summary>
    public bool SkipOtherLanguages { get; init; } = true;
}

/// <summary>
/// Fills the Entities layer: tags names with the built-in two-pass tagger, refines their types, links
/// every mention to one entity, and attaches roles and nominal mentions ("the prime minister"). The
/// tagger is trained on English; documents identified as another language get an empty layer rather
/// than guesses.
/// </summary>
public sealed class EntityStage : IDocumentStage
{
    private readonly NerTagger _tagger;
    private readonly EntityTypeRefiner _refiner;
    private readonly EntityLinker _linker;
    private readonly RoleFinder _roles;
    private readonly Gazetteer _gazetteer;

    private readonly bool _skipOtherLanguages;

    public EntityStage(EntityStageOptions? options = null)
        : this(options?.Tagger ?? NerModelFiles.BuiltIn ?? throw new InvalidOperationException("this build has no entity model (src/Newsgraph.Analysis/Resources/ner)"),
               options?.Gazetteer ?? Gazetteer.Default)
    {
        _skipOtherLanguages = options?.SkipOtherLanguages ?? true;
    }

    public EntityStage(NerTagger tagger, Gazetteer gazetteer)
    {
        _skipOtherLanguages = true;
        _tagger = tagger;
        _gazetteer = gazetteer;
        _refiner = new EntityTypeRefiner(gazetteer);
        _linker = new EntityLinker(gazetteer);
        _roles = new RoleFinder(gazetteer);
    }

    public string Name => "entities";
    public IReadOnlyCollection<Layer> Requires { get; } = [Layer.Tokens, Layer.Sentences];
    public IReadOnlyCollection<Layer> Produces { get; } = [Layer.Entities];

    public void Process(ArticleDocument document, CancellationToken cancellationToken = default)
    {
        var tokens = document.Tokens ?? [];
        if (tokens.Count == 0 || _skipOtherLanguages && IsOtherLanguageProse(document.Language, tokens))
        {
            document.Entities = [];
            return;
        }
        var sentences = (document.Sentences ?? []).Select(s => (s.FirstToken, s.EndToken)).ToList();
        var mentions = Recognise(document.Text, tokens, sentences);
        var linked = _linker.Link(tokens, mentions);
        var personAt = PersonTokens(tokens.Count, linked);
        foreach (var (entity, list) in linked.Where(l => l.Entity.Type == EntityType.PERSON))
            AddRoles(entity, list, tokens, sentences, personAt);
        new NominalMentions(_roles).Add(document.Text, tokens, linked, personAt);
        document.Entities = linked.Select(l => l.Entity).ToList();
        NumberMentions(document.Entities);
    }

    /// <summary>Gives every mention its id, in text order across entities.</summary>
    private static void NumberMentions(List<Entity> entities)
    {
        var all = entities.SelectMany(e => e.Mentions.Select((m, i) => (Entity: e, Index: i, m.At.Start))).OrderBy(x => x.Start).ToList();
        for (int n = 0; n < all.Count; n++)
        {
            var (entity, index, _) = all[n];
            entity.Mentions[index] = entity.Mentions[index] with { Id = new Id<Mention>(n + 1) };
        }
    }

    private List<EntityMention> Recognise(string text, List<Token> tokens, List<(int First, int End)> sentences)
    {
        var words = sentences.Select(s => tokens.GetRange(s.First, s.End - s.First).Select(t => t.Text).ToArray()).ToList();
        var mentions = new List<EntityMention>();
        foreach (var span in _tagger.Tag(words))
        {
            int offset = sentences[span.Sentence].First;
            var (from, to) = TrimPunctuation(words[span.Sentence], span.Start, span.End);
            var cls = BilouScheme.Classes[span.Class];
            if (_roles.TitleInside(words[span.Sentence], from, to, isPerson: cls == "PER") is var (titleStart, titleEnd))
            {
                // A title tagged as part of a name ("U.S. Secretary of State Mike Pompeo"): the title is not
                // part of it, what follows a person's title is a person, and a country before the title
                // ("U.S.") is a name of its own.
                if (titleStart > from) AddPrefixPlace(mentions, text, tokens, words[span.Sentence], offset, from, titleStart);
                from = titleEnd;
                if (words[span.Sentence][from..to].All(w => w.Length > 0 && char.IsUpper(w[0]))) cls = "PER";
            }
            if (from >= to) continue;
            int first = offset + from, end = offset + to;
            var mentionWords = words[span.Sentence][from..to];
            int start = tokens[first].Start, stop = tokens[end - 1].End;
            mentions.Add(new EntityMention
            {
                FirstToken = first, EndToken = end, Start = start, End = stop, Text = text[start..stop], Words = mentionWords,
                Type = _refiner.Refine(cls, mentionWords, from > 0 ? words[span.Sentence][from - 1] : null,
                    to < words[span.Sentence].Length ? words[span.Sentence][to] : null),
            });
        }
        return mentions;
    }

    private static readonly HashSet<string> EnglishFunctionWords = ResourceLoader.WordSet("english-function-words", StringComparer.Ordinal);

    /// <summary>Whether the document is running text in a language other than English: identified as such,
    /// mostly lower-case words (prose, not a table of names and scores, which language identification
    /// often gets wrong), and hardly any English function words.</summary>
    private static bool IsOtherLanguageProse(string? language, List<Token> tokens)
    {
        if (language is null || language.Equals("en", StringComparison.OrdinalIgnoreCase)) return false;
        int words = 0, lower = 0, english = 0;
        foreach (var t in tokens)
        {
            if (t.Text.Length == 0 || !char.IsLetter(t.Text[0])) continue;
            words++;
            if (char.IsLower(t.Text[0])) lower++;
            if (EnglishFunctionWords.Contains(t.Text)) english++;
        }
        return words > 0 && lower * 10 >= words * 3 && english * 50 < words;
    }

    /// <summary>Adds the country or nationality written before a title ("U.S." in "U.S. Secretary of State").</summary>
    private void AddPrefixPlace(List<EntityMention> mentions, string text, List<Token> tokens, string[] words, int offset, int from, int to)
    {
        var name = string.Join(' ', words[from..to]);
        string? cls = _gazetteer.CountryNamed(name) is not null ? "LOC" : _gazetteer.CountryOfDemonym(name) is not null ? "MISC" : null;
        if (cls is null) return;
        int start = tokens[offset + from].Start, stop = tokens[offset + to - 1].End;
        mentions.Add(new EntityMention
        {
            FirstToken = offset + from, EndToken = offset + to, Start = start, End = stop, Text = text[start..stop],
            Words = words[from..to], Type = _refiner.Refine(cls, words[from..to]),
        });
    }

    /// <summary>Drops quotation marks and other punctuation the tagger left at a name's edges, except a
    /// closing bracket whose opening one is inside the name ("Radnik ( B )").</summary>
    private static (int, int) TrimPunctuation(string[] words, int start, int end)
    {
        while (start < end && !words[start].Any(char.IsLetterOrDigit)) start++;
        while (end > start && !words[end - 1].Any(char.IsLetterOrDigit) && !ClosesBracketWithin(words, start, end - 1)) end--;
        return (start, end);
    }

    private static bool ClosesBracketWithin(string[] words, int start, int k) =>
        k > start && words[k] == ")" && Array.LastIndexOf(words, "(", k - 1, k - start) > Array.LastIndexOf(words, ")", k - 1, k - start);

    private void AddRoles(Entity entity, List<EntityMention> mentions, List<Token> tokens, List<(int First, int End)> sentences, int[] personAt)
    {
        foreach (var m in mentions.Where(m => !m.Nominal))
        {
            var sentence = sentences.First(s => m.FirstToken >= s.First && m.FirstToken < s.End);
            bool Other(int k) => personAt[k] >= 0 && personAt[k] != personAt[m.FirstToken];
            foreach (var span in new[] { _roles.Premodifier(tokens, m.FirstToken, sentence.First, Other), _roles.Appositive(tokens, m.EndToken, sentence.End, Other) })
            {
                if (span is not { } s) continue;
                var role = string.Join(' ', Enumerable.Range(s.Start, s.End - s.Start).Select(k => tokens[k].Text)).Replace(" 's", "'s");
                if (!entity.Roles.Contains(role, StringComparer.OrdinalIgnoreCase)) entity.Roles.Add(role);
            }
        }
    }

    /// <summary>For each token, the index of the person entity whose name covers it, else -1.</summary>
    private static int[] PersonTokens(int count, List<(Entity Entity, List<EntityMention> Mentions)> linked)
    {
        var at = Enumerable.Repeat(-1, count).ToArray();
        for (int e = 0; e < linked.Count; e++)
        {
            if (linked[e].Entity.Type != EntityType.PERSON) continue;
            foreach (var m in linked[e].Mentions)
                for (int k = m.FirstToken; k < m.EndToken; k++) at[k] = e;
        }
        return at;
    }
}
