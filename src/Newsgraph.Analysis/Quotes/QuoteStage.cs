using Newsgraph.Core.Model;
using Newsgraph.Core.Pipeline;

namespace Newsgraph.Analysis.Quotes;

/// <summary>Which attributions the quote stage keeps.</summary>
public sealed record QuoteStageOptions
{
    /// <summary>Keep indirect and mixed speech ("she said the port would close"); false keeps direct quotes only.</summary>
    public bool Indirect { get; init; } = true;
}

/// <summary>
/// Fills the Quotes layer: direct quotes in any quotation-mark style, indirect and mixed speech with their
/// cue, speaker (resolved to an entity when the Entities layer is there), source chain and date.
/// </summary>
public sealed class QuoteStage(QuoteStageOptions? options = null) : IDocumentStage
{
    private readonly AttributionFinder _finder = new(CueLexicon.Default, ContentBoundaryModel.BuiltIn);
    private readonly QuoteStageOptions _options = options ?? new();
    private readonly ReportedSpeechModel _reported = ReportedSpeechModel.BuiltIn;

    public string Name => "quotes";

    public IReadOnlyCollection<Layer> Requires { get; } = [Layer.Tokens, Layer.Sentences];

    /// <summary>Speakers resolve to entities when an earlier stage filled them.</summary>
    public IReadOnlyCollection<Layer> Uses { get; } = [Layer.Entities];

    public IReadOnlyCollection<Layer> Produces { get; } = [Layer.Quotes];

    public void Process(ArticleDocument document, CancellationToken cancellationToken = default)
    {
        var (qt, quotes, context) = Assemble(document);
        SpeakerRanker.BuiltIn.Rerank(context, quotes);
        if (!_options.Indirect) quotes.RemoveAll(q => q.Quote.Kind != QuoteKind.Direct);
        for (int i = 0; i < quotes.Count; i++)
        {
            var (quote, from) = quotes[i];
            quote.Id = new Id<Quote>(i + 1);
            quote.Date = DateOf(document, qt, quote, from) is { } date ? new TimexValue(date) : null;
        }
        document.Quotes = quotes.Select(q => q.Quote).ToList();
    }

    /// <summary>The quotes as the attachment rules credit them, with the attribution each came from, and what the
    /// speaker ranker needs to re-rank their speakers.</summary>
    internal (QuoteText Qt, List<(Quote Quote, Attribution? From)> Quotes, SpeakerContext Context) Assemble(ArticleDocument document)
    {
        var paragraphs = document.Paragraphs().ToList();
        var qt = QuoteText.Of(document);
        var attributions = _finder.Find(qt, SpeakerNames(document));
        ResolveSpeakers(document, qt, attributions);
        var quotes = new QuoteAssembler(qt, attributions, paragraphs, a => _reported.IsReported(qt, a)).Assemble();
        return (qt, quotes, new SpeakerContext(document, qt, attributions, paragraphs));
    }

    /// <summary>Where the entity layer found people and organisations, in text order.</summary>
    internal static List<TextSpan> SpeakerNames(ArticleDocument document) =>
        (document.Entities ?? []).Where(e => e.Type is EntityType.PERSON or EntityType.ORG)
            .SelectMany(e => e.Mentions).Select(m => new TextSpan(m.At.Start, m.At.End)).OrderBy(s => s.Start).ToList();

    private static void ResolveSpeakers(ArticleDocument document, QuoteText qt, List<Attribution> attributions)
    {
        var resolver = new SpeakerResolver(document);
        foreach (var a in attributions) a.Speaker = resolver.Resolve(qt, a);
        foreach (var inner in attributions)
        {
            var outer = attributions.FirstOrDefault(o => o != inner && o.Speaker is not null
                && WordClasses.ReportingCues.Contains(qt.Lower[o.CueFirst])
                && inner.CueFirst >= o.ContentFirst && inner.CueFirst < o.ContentEnd);
            if (outer is not null) inner.Via = outer.Speaker;
        }
    }

    /// <summary>Tokens after the cue searched for the date it was said ("said in a statement on January 10").</summary>
    private const int DateReach = 8;

    /// <summary>The date stated around the cue ("said on January 10"), else the article's date: a date
    /// elsewhere in the sentence usually dates something else.</summary>
    private static string? DateOf(ArticleDocument document, QuoteText qt, Quote quote, Attribution? from)
    {
        if (from is null) return QuoteDateResolver.Resolve("", document.Published);
        int first = from.HasSource ? Math.Min(from.SourceFirst, from.CueFirst) : from.CueFirst;
        int last = Math.Min(from.Unit.End, from.CueEnd + DateReach) - 1;
        if (from.HasSource) last = Math.Max(last, Math.Min(from.Unit.End - 1, from.SourceEnd + DateReach - 1));
        int offset = qt.Tokens[first].Start;
        var window = document.Text[offset..qt.Tokens[last].End];
        return QuoteDateResolver.Resolve(Outside(window, quote, offset), document.Published);
    }

    /// <summary>The sentence with the quote's own words blanked, so a date inside the quote is not taken as
    /// the date it was said.</summary>
    private static string Outside(string sentence, Quote quote, int offset)
    {
        int s = Math.Clamp(quote.Content.Start - offset, 0, sentence.Length), e = Math.Clamp(quote.Content.End - offset, s, sentence.Length);
        return string.Concat(sentence.AsSpan(0, s), new string(' ', e - s), sentence.AsSpan(e));
    }
}
