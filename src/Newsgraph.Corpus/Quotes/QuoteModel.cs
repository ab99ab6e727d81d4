namespace Newsgraph.Corpus.Quotes;

/// <summary>One statement followed from outlet to outlet: every article that carries it, in its own words.</summary>
/// <param name="Text">The quote as its earliest appearance carries it.</param>
/// <param name="Speaker">The speaker most appearances name; null when none names one.</param>
/// <param name="Speakers">Every speaker the appearances name (after name normalisation), most named first.</param>
/// <param name="Conflict">Whether outlets name different speakers: kept and shown, never resolved here.</param>
/// <param name="Appearances">Every article that carries it, earliest published first (then in the order stored).</param>
/// <param name="FirstSeen">When the earliest appearance was published (when fetched, for an undated article).</param>
/// <param name="PartOf">The longer quote this one is an excerpt of, when it is one.</param>
public sealed record QuoteTrail(long Id, string Text, QuoteSpeaker? Speaker, IReadOnlyList<QuoteSpeaker> Speakers, bool Conflict,
    IReadOnlyList<QuoteAppearance> Appearances, string? FirstSeen, long? PartOf);

/// <param name="Name">The fullest form of the name the appearances give.</param>
/// <param name="Entity">The cross-article entity the name resolves to, when resolution has linked it.</param>
/// <param name="Appearances">How many appearances name this speaker.</param>
public sealed record QuoteSpeaker(string Name, long? Entity, int Appearances);

/// <param name="Source">The path or address the article was ingested from.</param>
/// <param name="Text">The quote's exact text in that article.</param>
/// <param name="Speaker">The speaker that article names, when it names one.</param>
/// <param name="SpeakerEntity">The cross-article entity that speaker resolves to, when resolution linked it.</param>
public sealed record QuoteAppearance(long Article, string Source, string? Url, string? Publisher, string? Published, string Text,
    string? Speaker, long? SpeakerEntity);

/// <summary>Which trails to list: every filter given must hold. Trails come in id order.</summary>
/// <param name="Speaker">Part of a speaker's name that an appearance gives.</param>
/// <param name="Story">A story one of the appearances' articles belongs to.</param>
/// <param name="Text">Words an appearance carries, compared as the trails compare quotes (case, quotation marks and punctuation aside).</param>
public sealed record QuoteQuery(string? Speaker = null, long? Story = null, string? Text = null)
{
    /// <summary>A cross-article entity that an appearance names as the speaker.</summary>
    public long? SpeakerEntity { get; init; }
    public int Limit { get; init; } = 100;
    public int Offset { get; init; }
}

public sealed record QuoteTrailPage(IReadOnlyList<QuoteTrail> Trails, long Total);
