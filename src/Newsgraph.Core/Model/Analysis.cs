namespace Newsgraph.Core.Model;

/// <summary>Entity types of the evaluation contract (OntoNotes-style names).</summary>
public enum EntityType { PERSON, ORG, GPE, LOC, NORP, FAC, EVENT, PRODUCT, WORK_OF_ART, LAW, LANGUAGE, MISC }

/// <summary>
/// A piece of the document's text with its position: the one type for every (start, end, text) —
/// tokens, mentions, cues, quote contents, time expressions, event clauses.
/// </summary>
public readonly record struct AnchoredText(int Start, int End, string Text)
{
    /// <summary>The piece of <paramref name="text"/> that <paramref name="span"/> covers.</summary>
    public static AnchoredText Of(string text, TextSpan span) => new(span.Start, span.End, span.Slice(text));

    public TextSpan Span => new(Start, End);
    public int Length => End - Start;
}


/// <summary>One place in the text where an entity is named or referred to.</summary>
public sealed record Mention(Id<Mention> Id, AnchoredText At) : IIdentified
{
    public static string IdPrefix => "m";
}

/// <summary>A person, organisation, place, ... with every mention of it in the document.</summary>
public sealed class Entity : IIdentified
{
    public static string IdPrefix => "e";

    public required Id<Entity> Id { get; init; }
    public required string Name { get; set; }
    public required EntityType Type { get; set; }
    public List<string> Roles { get; init; } = [];

    /// <summary>ISO 3166-1 alpha-2 code of the country a nationality ("Iraqi", NORP) or a country's name
    /// (GPE) refers to; null otherwise.</summary>
    public string? Country { get; set; }

    public List<Mention> Mentions { get; init; } = [];
}

public enum QuoteKind { Direct, Mixed, Indirect }

/// <summary>Who a quote is attributed to: the mention near the quote and the entity it resolves to.</summary>
public sealed record Speaker(AnchoredText At, Id<Entity>? Entity)
{
    /// <summary>The name the mention resolves to ("Mike Pompeo" for "he"), when known; the entity's
    /// canonical name when there is one.</summary>
    public string? Name { get; init; }
}

/// <summary>Something someone said or wrote, as the article reports it.</summary>
public sealed class Quote : IIdentified
{
    public static string IdPrefix => "q";

    /// <summary>Numbered in text order by the stage that finds the quotes.</summary>
    public Id<Quote> Id { get; set; }
    /// <summary>What was said: for a direct quote, without its quotation marks.</summary>
    public required AnchoredText Content { get; init; }
    public required QuoteKind Kind { get; init; }
    public AnchoredText? Cue { get; set; }
    public Speaker? Speaker { get; set; }
    /// <summary>The outlet or document the quote reached the article through ("AP reported").</summary>
    public Speaker? Via { get; set; }
    /// <summary>When it was said, from its sentence or else the article's date.</summary>
    public TimexValue? Date { get; set; }
}

public enum TimeType { DATE, TIME, DURATION, SET }

/// <summary>A time expression with its TIMEX3 type and normalised value.</summary>
public sealed record TimeExpression(Id<TimeExpression> Id, AnchoredText At, TimeType Type, TimexValue Value) : IIdentified
{
    public static string IdPrefix => "t";
}

/// <summary>A dated happening the article reports; the timeline is these in date order.</summary>
public sealed class NewsEvent : IIdentified
{
    public static string IdPrefix => "v";

    public required Id<NewsEvent> Id { get; init; }
    public required TimexValue Date { get; init; }
    /// <summary>The clause that says what happened.</summary>
    public required AnchoredText Clause { get; init; }
    public List<Id<Entity>> Participants { get; init; } = [];
    /// <summary>The quotes made at this happening.</summary>
    public List<Id<Quote>> Quotes { get; init; } = [];
}
