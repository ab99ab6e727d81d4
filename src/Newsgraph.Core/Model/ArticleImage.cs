namespace Newsgraph.Core.Model;

/// <summary>An image of the article: its address, and the caption and credit printed with it.</summary>
public sealed record ArticleImage(string Url, string? Caption, string? Credit);
