namespace Newsgraph.Corpus.Entities;

/// <summary>A person, organisation or place as named across the stored articles: every article's
/// entity that names it, under any of its names.</summary>
/// <param name="Name">Its most used full name.</param>
/// <param name="Type">The entity type most of its articles give it (PERSON, ORG, GPE, ...).</param>
/// <param name="Aliases">Its other names as written, most used first.</param>
/// <param name="Roles">Its roles, each with the day it was first reported.</param>
/// <param name="Articles">The articles that name it, in the order stored.</param>
/// <param name="Stories">The stories of those articles.</param>
/// <param name="MentionCount">How often it is named or referred to, over all its articles (titles included).</param>
/// <param name="Mentions">Each (article, text) it was resolved from, or found under by name (<see cref="KnownNames"/>), once.</param>
public sealed record AcrossEntity(long Id, string Name, string Type, IReadOnlyList<string> Aliases, IReadOnlyList<EntityRole> Roles,
    IReadOnlyList<EntityArticle> Articles, IReadOnlyList<long> Stories, int MentionCount, IReadOnlyList<EntitySurface> Mentions);

/// <param name="AsOf">The publication day of the first article that reports the role; null when undated.</param>
public sealed record EntityRole(string Role, string? AsOf);

/// <param name="Source">The path or address the article was ingested from.</param>
public sealed record EntityArticle(long Id, string Source);

/// <summary>One way an article names the entity.</summary>
public sealed record EntitySurface(string Source, string Text);

/// <summary>Which entities to list: a name or alias containing <see cref="Name"/> (any case), of one type, a page of them.</summary>
public sealed record EntityQuery
{
    public string? Name { get; init; }
    /// <summary>An entity type (PERSON, ORG, GPE, LOC, ...), any case.</summary>
    public string? Type { get; init; }
    /// <summary>At most this many; null for all.</summary>
    public int? Limit { get; init; }
    public int Offset { get; init; }
}

/// <summary>What surrounds an entity across the store: who it is named with, and how often it is named each day.</summary>
/// <param name="Companions">The entities named in the same articles, most shared articles first.</param>
/// <param name="MentionsByDay">(publication day, mentions that day), oldest first; undated articles left out.</param>
public sealed record EntityContext(IReadOnlyList<EntityCompanion> Companions, IReadOnlyList<(string Day, int Mentions)> MentionsByDay);

/// <param name="SharedArticles">How many articles name both.</param>
public sealed record EntityCompanion(long Id, string Name, string Type, int SharedArticles);
