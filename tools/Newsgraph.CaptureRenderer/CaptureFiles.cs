namespace Newsgraph.CaptureRenderer;

/// <summary>Which files the renderer treats as HTML pages.</summary>
public static class CaptureFiles
{
    private static readonly string[] HtmlExtensions = [".html", ".htm", ".xhtml"];

    public static bool IsHtmlName(string path) =>
        HtmlExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);
}
