using Newsgraph.Core.Model;

namespace Newsgraph.Core.Output;

/// <summary>Plain text for reading: a short header of the article's fields, then the body.</summary>
public sealed class TextDocumentWriter : IDocumentWriter
{
    public void Write(ArticleDocument d, TextWriter output)
    {
        if (d.Title is not null) output.WriteLine(d.Title);
        var byline = ArticleHeader.Byline(d);
        if (byline.Length > 0) output.WriteLine(byline);
        output.WriteLine();
        output.WriteLine(d.Text);
        output.WriteLine();
    }
}

/// <summary>
/// Markdown: the title as a heading, the byline in italics, the body with its structure (headings,
/// lists, quotes, links) when the extractor kept it, else its paragraphs; then the images.
/// </summary>
public sealed class MarkdownDocumentWriter : IDocumentWriter
{
    public void Write(ArticleDocument d, TextWriter output)
    {
        if (d.Title is not null) output.WriteLine($"# {d.Title}\n");
        var byline = ArticleHeader.Byline(d);
        if (byline.Length > 0) output.WriteLine($"*{byline}*\n");
        output.WriteLine(d.Markdown ?? d.Text);
        output.WriteLine();
        foreach (var image in d.Images) output.WriteLine(ImageLine(image) + "\n");
    }

    /// <summary>"![caption](url)" with the credit in italics after it.</summary>
    private static string ImageLine(ArticleImage image)
    {
        var line = $"![{image.Caption?.Replace("]", "\\]", StringComparison.Ordinal)}]({image.Url.Replace(" ", "%20", StringComparison.Ordinal)})";
        return image.Credit is null ? line : $"{line} *{image.Credit}*";
    }
}

internal static class ArticleHeader
{
    /// <summary>"By A and B · Publisher · 2020-01-11 · Based on reporting by Reuters, AP".</summary>
    public static string Byline(ArticleDocument d)
    {
        var parts = new List<string>();
        if (d.Authors.Count > 0) parts.Add("By " + string.Join(", ", d.Authors));
        if (d.Publisher is not null) parts.Add(d.Publisher);
        if (d.Published is not null) parts.Add(d.Published.ToIso());
        if (d.Credits.Count > 0) parts.Add("Credits: " + string.Join(", ", d.Credits));
        return string.Join(" · ", parts);
    }
}
