using Newsgraph.Core.Model;

namespace Newsgraph.Extraction;

/// <summary>What the caller knows about a page beyond its content.</summary>
public sealed record ExtractionOptions
{
    /// <summary>The page's address, when reading a saved file (--url).</summary>
    public string? Url { get; init; }

    /// <summary>Publication date to use when the page states none (--published).</summary>
    public PublicationDate? Published { get; init; }

    /// <summary>Title to use when the page states none (from a feed entry or news sitemap).</summary>
    public string? Title { get; init; }

    /// <summary>Authors to use when the page names none (from a feed entry).</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>The input is already the article body: keep it exactly (--verbatim).</summary>
    public bool Verbatim { get; init; }
}
