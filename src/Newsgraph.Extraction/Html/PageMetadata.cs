using Newsgraph.Core.Model;

namespace Newsgraph.Extraction.Html;

/// <summary>What a page says about its article outside the body text.</summary>
internal sealed class PageMetadata
{
    public string? Title { get; set; }
    public List<string> Authors { get; set; } = [];
    public PublicationDate? Published { get; set; }
    public PublicationDate? Modified { get; set; }
    public string? Publisher { get; set; }
    public string? Language { get; set; }
    public string? Description { get; set; }
    public string? CanonicalUrl { get; set; }
    public string? Section { get; set; }
    public List<string> Tags { get; set; } = [];
    public ArticleImage? LeadImage { get; set; }

    /// <summary>Article text stated in JSON-LD (articleBody), used when the markup holds less.</summary>
    public string? StatedBody { get; set; }
}
