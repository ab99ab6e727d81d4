using Newsgraph.Analysis.Learning;
using Newsgraph.Analysis.Lexicons;
using Newsgraph.Core.Model;

namespace Newsgraph.Analysis.Quotes;

/// <summary>One possible speaker of a quotation: a token range, the speaker it stands for, the attribution
/// whose source it is (if any) and the entity type behind it.</summary>
internal sealed record SpeakerCandidate(int First, int End, Speaker Speaker, Attribution? Source, EntityType? Type);

/// <summary>
/// The learned speaker ranker: for each direct quotation the candidate speakers around it — the speaker the
/// attachment rules chose, the sources of the attributions in its unit and the units around it, and the people
/// and organisations the entity layer found there — are scored by an averaged perceptron trained on PolNeAR
/// train (`newsgraph train quotes`; card in Resources/quotes/MODEL_CARD.md), and the best one speaks.
/// </summary>
internal sealed class SpeakerRanker(ITagScorer scorer)
{
    /// <summary>The built-in model, embedded from Resources/quotes.</summary>
    public const string ResourcePath = "quotes/speakers.bin";

    public static SpeakerRanker BuiltIn { get; } = Load();

    /// <summary>Gives each direct and mixed quote the best-scoring candidate as its speaker.</summary>
    public void Rerank(SpeakerContext context, List<(Quote Quote, Attribution? From)> quotes)
    {
        var features = new List<ulong>(48);
        Span<float> score = stackalloc float[1];
        foreach (var (quote, from, previous) in Decisions(quotes))
        {
            if (context.DashCredit(quote, from)) continue;
            var candidates = context.Candidates(quote, from);
            int best = -1;
            float bestScore = float.NegativeInfinity;
            for (int c = 0; c < candidates.Count; c++)
            {
                context.Features(quote, from, previous, candidates[c], features);
                scorer.Score(features, score);
                if (score[0] > bestScore) (best, bestScore) = (c, score[0]);
            }
            if (best >= 0) quote.Speaker = candidates[best].Speaker;
        }
    }

    /// <summary>The direct and mixed quotes to give a speaker, each with the speaker the rules gave the quote before
    /// it (read before any re-ranking, so that training sees what inference sees).</summary>
    public static IEnumerable<(Quote Quote, Attribution? From, Speaker? Previous)> Decisions(List<(Quote Quote, Attribution? From)> quotes)
    {
        var direct = quotes.Where(q => q.Quote.Kind is QuoteKind.Direct or QuoteKind.Mixed).Select(q => (q.Quote, q.From, Rule: q.Quote.Speaker)).ToList();
        Speaker? previous = null;
        foreach (var (quote, from, rule) in direct)
        {
            yield return (quote, from, previous);
            previous = rule ?? previous;
        }
    }

    private static SpeakerRanker Load()
    {
        using var stream = ResourceLoader.Open(ResourcePath)
            ?? throw new InvalidOperationException($"built-in resource {ResourcePath} is missing; run `newsgraph train quotes`");
        return new SpeakerRanker(PerceptronModel.Read(stream));
    }
}

/// <summary>
/// What the speaker ranker sees of one article: its attributions, its person and organisation mentions and its
/// paragraphs; gathers the candidates of a quotation and their features.
/// </summary>
internal sealed class SpeakerContext
{
    /// <summary>Units before and after the quotation's own searched for candidates.</summary>
    private const int UnitsBefore = 2, UnitsAfter = 1;

    private readonly QuoteText _qt;
    private readonly List<Attribution> _attributions;
    private readonly List<(int First, int End, Entity Entity)> _mentions;
    private readonly List<TextSpan> _paragraphs;

    public SpeakerContext(ArticleDocument document, QuoteText qt, List<Attribution> attributions, List<TextSpan> paragraphs)
    {
        _qt = qt;
        _attributions = attributions.Where(a => a.HasSource && a.Speaker is not null).ToList();
        _paragraphs = paragraphs;
        _mentions = (document.Entities ?? []).Where(e => e.Type is EntityType.PERSON or EntityType.ORG)
            .SelectMany(e => e.Mentions.Select(m => (qt.TokenAtOrAfter(m.At.Start), qt.TokenAtOrAfter(m.At.End), e)))
            .Where(m => m.Item2 > m.Item1 && !qt.InsideQuote[m.Item1])
            .OrderBy(m => m.Item1).ToList();
    }

    /// <summary>The quotation's token range [first, end).</summary>
    private (int First, int End) Tokens(Quote quote) =>
        (_qt.TokenAtOrAfter(quote.Content.Start), Math.Max(_qt.TokenAtOrAfter(quote.Content.Start) + 1, _qt.TokenAtOrAfter(quote.Content.End)));

    private int UnitIndex(int token)
    {
        var units = _qt.Units;
        int lo = 0, hi = units.Count - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) >> 1;
            if (units[mid].First <= token) lo = mid; else hi = mid - 1;
        }
        return lo;
    }

    public List<SpeakerCandidate> Candidates(Quote quote, Attribution? from)
    {
        var result = new List<SpeakerCandidate>();
        if (_qt.Units.Count == 0) return result;
        var (first, end) = Tokens(quote);
        int u0 = Math.Max(0, UnitIndex(first) - UnitsBefore), u1 = Math.Min(_qt.Units.Count - 1, UnitIndex(Math.Max(first, end - 1)) + UnitsAfter);
        int windowFirst = _qt.Units[u0].First, windowEnd = _qt.Units[u1].End;
        if (from is { HasSource: true, Speaker: { } rule }) result.Add(new SpeakerCandidate(from.SourceFirst, from.SourceEnd, rule, from, TypeOf(from)));
        // the outlet that relays the rule's attribution ("…, AP reported") is its via, never its speaker
        foreach (var a in _attributions)
            if (a.Speaker != from?.Via && a.SourceFirst >= windowFirst && a.SourceEnd <= windowEnd && !Overlaps(result, a.SourceFirst, a.SourceEnd))
                result.Add(new SpeakerCandidate(a.SourceFirst, a.SourceEnd, a.Speaker!, a, TypeOf(a)));
        foreach (var (f, e, entity) in _mentions)
        {
            if (f < windowFirst) continue;
            if (e > windowEnd) break;
            if (Overlaps(result, f, e) || from?.Via is { } via && _qt.Tokens[f].Start < via.At.End && via.At.Start < _qt.Tokens[e - 1].End) continue;
            var at = new AnchoredText(_qt.Tokens[f].Start, _qt.Tokens[e - 1].End, _qt.Text[_qt.Tokens[f].Start.._qt.Tokens[e - 1].End]);
            result.Add(new SpeakerCandidate(f, e, new Speaker(at, entity.Id) { Name = entity.Name }, null, entity.Type));
        }
        return result;
    }

    private static bool Overlaps(List<SpeakerCandidate> candidates, int first, int end) =>
        candidates.Any(c => c.First < end && first < c.End);

    private EntityType? TypeOf(Attribution a)
    {
        foreach (var (f, e, entity) in _mentions)
        {
            if (f >= a.SourceEnd) break;
            if (e > a.SourceFirst) return entity.Type;
        }
        return null;
    }

    /// <summary>The features of one candidate speaker of a quotation.</summary>
    public void Features(Quote quote, Attribution? from, Speaker? previous, SpeakerCandidate c, List<ulong> features)
    {
        features.Clear();
        var (first, end) = Tokens(quote);
        bool isRule = from is not null && c.Source == from;
        ulong rule = isRule ? 1UL : 0UL;
        ulong ruleHow = FeatureHash.Of(RuleRelation(first, end, from));
        ulong kind = FeatureHash.Of(c.Source is null ? "mention" : "source");
        ulong shape = FeatureHash.Of(Shape(c));
        ulong type = (ulong)(c.Type is { } t ? (int)t + 1 : 0);
        bool before = c.End <= first;
        ulong side = before ? 1UL : c.First >= end ? 2UL : 3UL;
        int gap = before ? WordsBetween(c.End, first) : c.First >= end ? WordsBetween(end, c.First) : 0;
        ulong distance = (ulong)Bucket(gap);
        ulong units = (ulong)Math.Clamp(UnitIndex(c.First) - UnitIndex(before ? first : Math.Max(first, end - 1)) + 3, 0, 6);
        ulong paragraphs = (ulong)Math.Clamp(ParagraphIndex(_qt.Tokens[c.First].Start) - ParagraphIndex(quote.Content.Start) + 3, 0, 6);
        ulong cue = FeatureHash.Of(c.Source is { } s ? _qt.Lower[s.CueFirst] : "<none>");
        ulong placement = c.Source is { } p ? (ulong)p.Placement + 1 : 0UL;
        ulong adjacent = c.Source is { } a && Adjacent(a, first, end) ? 1UL : 0UL;
        ulong holds = c.Source is { } h && h.ContentContains(new TextSpan(quote.Content.Start, quote.Content.End), _qt.Tokens) ? 1UL : 0UL;
        ulong left = FeatureHash.Of(c.First > 0 ? Word(c.First - 1) : "<s>");
        ulong right = FeatureHash.Of(c.End < _qt.Tokens.Count ? Word(c.End) : "</s>");
        ulong samePrevious = previous is not null && SameSpeaker(previous, c.Speaker) ? 1UL : 0UL;
        ulong sameRule = !isRule && from?.Speaker is { } r && SameSpeaker(r, c.Speaker) ? 1UL : 0UL;
        ulong unitStart = c.First == _qt.UnitOf(c.First).First ? 1UL : 0UL;
        ulong quoteKind = (ulong)quote.Kind + 1;
        ReadOnlySpan<(int Template, ulong A, ulong B)> pairs =
        [
            (1, rule, ruleHow), (2, kind, shape), (3, kind, type), (4, side, distance), (5, side, units), (6, kind, paragraphs),
            (7, cue, side), (8, cue, placement), (9, adjacent, side), (10, holds, kind), (11, left, kind), (12, right, kind),
            (13, right, side), (14, samePrevious, rule), (15, sameRule, kind), (16, unitStart, side), (17, shape, side),
            (18, adjacent, holds), (19, rule, shape), (20, ruleHow, kind), (21, quoteKind, rule), (22, quoteKind, kind),
        ];
        foreach (var (template, x, y) in pairs) features.Add(FeatureHash.Feature(template, x, y));
        ReadOnlySpan<(int Template, ulong A, ulong B, ulong C)> triples =
        [
            (31, rule, ruleHow, shape), (32, kind, side, distance), (33, shape, side, distance), (34, ruleHow, kind, side),
            (35, left, right, kind), (36, samePrevious, ruleHow, kind), (37, adjacent, placement, side), (38, rule, ruleHow, adjacent), (39, quoteKind, rule, ruleHow), (40, quoteKind, side, distance),
        ];
        foreach (var (template, x, y, z) in triples) features.Add(FeatureHash.Feature(template, FeatureHash.Feature(0, x, y), z));
    }

    /// <summary>Whether the rules credit the quotation with a dash and a name right after it ("“…” ― X"): PolNeAR
    /// train holds no such credit, so the ranker has not learned them and the rules stand.</summary>
    public bool DashCredit(Quote quote, Attribution? from)
    {
        var (first, end) = Tokens(quote);
        return from is { HasSource: true } && !_qt.IsWord(from.CueFirst) && from.CueFirst >= end && Adjacent(from, first, end);
    }

    /// <summary>How the rules tied the quotation to its attribution: none, next to its cue, inside its content,
    /// elsewhere in its unit, or inherited from an earlier unit.</summary>
    private string RuleRelation(int first, int end, Attribution? from)
    {
        if (from is null) return "none";
        if (Adjacent(from, first, end)) return "adjacent";
        if (from.HasContent && from.ContentFirst <= first && end <= from.ContentEnd) return "holds";
        int unit = UnitIndex(first);
        int fromUnit = UnitIndex(from.CueFirst);
        return fromUnit == unit ? "unit" : fromUnit < unit ? "inherited" : "later";
    }

    /// <summary>Only punctuation between the quotation and the attribution's cue or source.</summary>
    private bool Adjacent(Attribution a, int first, int end)
    {
        int start = Math.Min(a.CueFirst, a.HasSource ? a.SourceFirst : a.CueFirst);
        int stop = Math.Max(a.CueEnd, a.SourceEnd);
        return start >= end ? NoWordBetween(end, start) : stop <= first && NoWordBetween(stop, first);
    }

    private bool NoWordBetween(int from, int to)
    {
        for (int k = from; k < to; k++)
            if (_qt.IsWord(k)) return false;
        return true;
    }

    private int WordsBetween(int from, int to)
    {
        int n = 0;
        for (int k = from; k < to; k++)
            if (_qt.IsWord(k)) n++;
        return n;
    }

    private static int Bucket(int n) => n switch { <= 2 => n, <= 4 => 3, <= 8 => 4, <= 16 => 5, <= 32 => 6, _ => 7 };

    private string Word(int k) => _qt.InsideQuote[k] && !_qt.IsWord(k) ? "<q>" : _qt.IsWord(k) && _qt.IsCapitalized(k) && !WordClasses.IsPronoun(_qt.Lower[k]) ? "<Cap>" : _qt.Lower[k];

    private string Shape(SpeakerCandidate c)
    {
        if (c.End - c.First == 1 && WordClasses.IsPronoun(_qt.Lower[c.First])) return _qt.Lower[c.First] is "who" or "which" ? "rel" : "pron";
        for (int k = c.First; k < c.End; k++)
            if (_qt.IsCapitalized(k)) return "name";
        return "nominal";
    }

    private static bool SameSpeaker(Speaker x, Speaker y) =>
        x.Entity is { } a && y.Entity is { } b ? a.Equals(b) : x.Name is { } n && n == y.Name;

    private int ParagraphIndex(int offset)
    {
        for (int p = 0; p < _paragraphs.Count; p++)
            if (offset < _paragraphs[p].End) return p;
        return _paragraphs.Count - 1;
    }
}
