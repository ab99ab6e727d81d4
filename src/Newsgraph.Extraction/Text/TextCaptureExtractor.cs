using Newsgraph.Core.Model;

namespace Newsgraph.Extraction.Text;

/// <summary>Article extraction from plain-text captures. (Initial version: keeps sentence-like lines.)</summary>
public static class TextCaptureExtractor
{
    public static ArticleDocument Extract(string source, string text, string? url)
    {
        var lines = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 80);
        return new ArticleDocument { Source = source, Url = url, Text = string.Join("\n\n", lines), ExtractionMethod = "text-capture" };
    }
}
