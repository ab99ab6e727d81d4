namespace Newsgraph.Core.Model;

/// <summary>Entity types of the evaluation contract (OntoNotes-style names).</summary>
public enum EntityType { PERSON, ORG, GPE, LOC, NORP, FAC, EVENT, PRODUCT, WORK_OF_ART, LAW, LANGUAGE, MISC }

/// <summary>One place in the text where an entity is named or referred to.</summary>
public sealed record Mention(int Start, int End, string Text)
{
    public TextSpan Span => new(Start, End);
}

/// <summary>A person, organisation, place, ... with every mention of it in the document.</summary>
public sealed class Entity
{
    public required string Id { get; init; }
    public required string Name { get; set; }
    public required EntityType Type { get; set; }
    public List<string> Roles { get; } = [];

    /// <summary>ISO 3166-1 alpha-2 code of the country a nationality ("Iraqi", NORP) or a country's name
    /// (GPE) refers to; null otherwise.</summary>
    public string? Country { get; set; }

    public List<Mention> Mentions { get; } = [];
}

/// <summary>A token of the text: a word, number, punctuation mark or symbol.</summary>
public readonly record struct Token(int Start, int End, string Text)
{
    public TextSpan Span => new(Start, End);
}

public enum QuoteKind { Direct, Mixed, Indirect }

/// <summary>A piece of text with its position, such as a quote's cue ("said").</summary>
public sealed record AnchoredText(string Text, int Start, int End);

/// <summary>Who a quote is attributed to: the mention near the quote and the entity it resolves to.</summary>
public sealed record Speaker(string Text, int Start, int End, string? Entity)
{
    /// <summary>The name the mention resolves to ("Mike Pompeo" for "he"), when known; the entity's
    /// canonical name when there is one.</summary>
    public string? Name { get; init; }
}

/// <summary>Something someone said or wrote, as the article reports it.</summary>
public sealed class Quote
{
    public required string Text { get; init; }
    public required int Start { get; init; }
    public required int End { get; init; }
    public required QuoteKind Kind { get; init; }
    public AnchoredText? Cue { get; set; }
    public Speaker? Speaker { get; set; }
    /// <summary>The outlet or document the quote reached the article through ("AP reported").</summary>
    public Speaker? Via { get; set; }
    /// <summary>When it was said (TIMEX3 date), from its sentence or else the article's date.</summary>
    public string? Date { get; set; }
}

public enum TimeType { DATE, TIME, DURATION, SET }

/// <summary>A time expression with its TIMEX3 type and normalised value.</summary>
public sealed record TimeExpression(string Text, int Start, int End, TimeType Type, string Value);

/// <summary>A dated happening the article reports; the timeline is these in date order.</summary>
public sealed class NewsEvent
{
    public required string Date { get; init; }
    public required string Text { get; init; }
    public required int Start { get; init; }
    public required int End { get; init; }
    public List<string> Participants { get; } = [];
    /// <summary>Indexes into <see cref="ArticleDocument.Quotes"/> of quotes made at this event.</summary>
    public List<int> Quotes { get; } = [];
}
