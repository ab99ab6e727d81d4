using Newsgraph.Core.Model;

namespace Newsgraph.Extraction.Html;

/// <summary>
/// What a page says about its article outside the body text: the article with its metadata filled in
/// (title, authors, dates, publisher, language, description, canonical URL, section, tags, lead image),
/// and the article text stated in JSON-LD (articleBody), used when the markup holds less.
/// </summary>
internal sealed record PageMetadata(ArticleDocument Article, string? StatedBody);
