namespace Newsgraph.Sources.Feeds;

public enum FeedFormat { Rss, Atom, JsonFeed }

/// <summary>A feed as read: its kind, title, and items in document order.</summary>
public sealed record Feed(FeedFormat Format, string? Title, string? Link, IReadOnlyList<FeedItem> Items);

/// <summary>One entry of a feed: the page it points to and what the feed says about it, which fills in what
/// the page itself lacks.</summary>
public sealed record FeedItem(string? Link, string? Title, DateTimeOffset? Published, IReadOnlyList<string> Authors, string? Id)
{
    /// <summary>The item as an input for the engine: its page, fetched by address.</summary>
    public InputItem? ToInputItem() => Link is not null && InputResolver.IsUrl(Link) ? InputItem.FromUrl(Link) : null;
}
