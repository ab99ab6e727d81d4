using System.Text.Json;

namespace Newsgraph.Server.Api;

// What the API returns, as records so that the OpenAPI document describes every field. Names are written
// in snake_case, as the CLI writes its JSON.

/// <summary>One page of ranked hits with the facets of all hits.</summary>
public sealed record SearchResponse(string Query, long Total, bool TotalIsAtLeast, int Page, int PageSize,
    IReadOnlyList<SearchHitResponse> Hits, SearchFacetsResponse Facets);

/// <param name="Highlights">[start, end) ranges of <paramref name="Snippet"/> that matched the query.</param>
public sealed record SearchHitResponse(long Article, string Id, string Source, string? Url, string? Title, string? Publisher,
    string? Published, string? Language, double Score, string Snippet, IReadOnlyList<RangeResponse> Highlights);

public sealed record RangeResponse(int Start, int End);

public sealed record FacetCount(string Value, long Count);

public sealed record SearchFacetsResponse(IReadOnlyList<FacetCount> Publishers, IReadOnlyList<FacetCount> Languages, IReadOnlyList<FacetCount> Days);

/// <param name="Article">The article as `newsgraph analyze` writes it.</param>
public sealed record ArticleResponse(long Id, JsonElement Article, RelatedArticleResponse? CopyOf,
    IReadOnlyList<RelatedArticleResponse> Copies, long? Story);

public sealed record RelatedArticleResponse(long Id, string Source, string? Url, string? Title, string? Publisher, string? Published);

public sealed record StoryListResponse(int Page, int PageSize, bool HasMore, IReadOnlyList<StorySummaryResponse> Stories);

public sealed record StorySummaryResponse(long Id, string? Title, string? FirstSeen, string? LastSeen, int Articles, IReadOnlyList<string> Outlets);

public sealed record StoryResponse(long Id, string? Title, string? FirstSeen, string? LastSeen, IReadOnlyList<string> Outlets,
    IReadOnlyList<StoryArticleResponse> Articles, IReadOnlyList<StoryEntityResponse> Entities, IReadOnlyList<StoryEventResponse> Events);

public sealed record StoryArticleResponse(long Id, string Source, string? Url, string? Title, string? Publisher, string? Published, long? CopyOf);

public sealed record StoryEntityResponse(string Name, string Type, int Articles);

public sealed record StoryEventResponse(string Date, string Text, IReadOnlyList<string> Participants, IReadOnlyList<long> Articles);

public sealed record EntityListResponse(int Page, int PageSize, bool HasMore, IReadOnlyList<EntitySummaryResponse> Entities);

public sealed record EntitySummaryResponse(long Id, string Name, string Type, IReadOnlyList<string> Aliases, int Articles, int Mentions);

/// <param name="Quotes">The first quotes attributed to it (the quotes endpoint with `speaker_entity` pages through all).</param>
/// <param name="MentionsByDay">How often it is named on each publication day, oldest first.</param>
public sealed record EntityResponse(long Id, string Name, string Type, IReadOnlyList<string> Aliases, IReadOnlyList<RoleResponse> Roles,
    IReadOnlyList<EntityArticleResponse> Articles, IReadOnlyList<long> Stories, int Mentions, IReadOnlyList<CompanionResponse> NamedWith,
    IReadOnlyList<DayCount> MentionsByDay, IReadOnlyList<QuoteResponse> Quotes);

public sealed record RoleResponse(string Role, string? AsOf);

public sealed record EntityArticleResponse(long Id, string Source);

public sealed record CompanionResponse(long Id, string Name, string Type, int SharedArticles);

public sealed record DayCount(string Day, int Count);

public sealed record QuoteListResponse(long Total, int Page, int PageSize, IReadOnlyList<QuoteResponse> Quotes);

/// <param name="Conflict">Outlets name different speakers; every one is in <paramref name="Speakers"/>.</param>
/// <param name="PartOf">The longer quote this is an excerpt of.</param>
public sealed record QuoteResponse(long Id, string Text, SpeakerResponse? Speaker, IReadOnlyList<SpeakerResponse> Speakers, bool Conflict,
    IReadOnlyList<AppearanceResponse> Appearances, string? FirstSeen, long? PartOf);

public sealed record SpeakerResponse(string Name, long? Entity, int Appearances);

public sealed record AppearanceResponse(long Article, string Source, string? Url, string? Publisher, string? Published, string Text, string? Speaker, long? SpeakerEntity);
