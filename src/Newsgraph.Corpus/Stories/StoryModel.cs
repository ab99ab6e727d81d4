namespace Newsgraph.Corpus.Stories;

/// <summary>One happening reported by several articles of many outlets, as the store keeps it.</summary>
/// <param name="Title">Its most representative headline.</param>
/// <param name="FirstSeen">The earliest publication date of its articles (when fetched, for articles without one).</param>
/// <param name="Outlets">The publishers of its articles, most frequent first.</param>
/// <param name="Entities">Its key people, places and organisations, named in the most articles first.</param>
/// <param name="Events">One timeline: each happening once, with every article that reports it.</param>
public sealed record Story(long Id, string? Title, string? FirstSeen, string? LastSeen, IReadOnlyList<string> Outlets,
    IReadOnlyList<StoryArticle> Articles, IReadOnlyList<StoryEntity> Entities, IReadOnlyList<StoryEvent> Events);

/// <param name="Source">The path or address the article was ingested from.</param>
/// <param name="CopyOf">The article this one is a near-duplicate of, when it is a copy.</param>
public sealed record StoryArticle(long Id, string Source, string? Url, string? Title, string? Publisher, string? Published, long? CopyOf);

public sealed record StoryEntity(string Name, string Type, int Articles);

/// <param name="Date">The day (or month, year) it happened, as a TIMEX3 value.</param>
/// <param name="Text">How the earliest article that reports it tells it.</param>
/// <param name="Articles">Every article of the story that reports it.</param>
public sealed record StoryEvent(string Date, string Text, IReadOnlyList<string> Participants, IReadOnlyList<long> Articles);

/// <summary>One event as one article reports it: the input of <see cref="StoryTimeline.Merge"/>.</summary>
public sealed record ReportedEvent(long Article, string Date, string Text, IReadOnlyList<string> Participants);
