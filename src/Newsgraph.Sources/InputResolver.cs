namespace Newsgraph.Sources;

/// <summary>One input to read: a file, a URL, or standard input.</summary>
public sealed record InputItem(string Source, InputItemKind Kind);

public enum InputItemKind { File, Url, StandardInput, Missing }

/// <summary>
/// Turns the command line's inputs into a lazy list of items, expanding directories (recursively, in
/// ordinal name order so runs are repeatable) to the page files they hold.
/// </summary>
public static class InputResolver
{
    public static readonly IReadOnlySet<string> PageExtensions =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".html", ".htm", ".xhtml", ".txt" };

    public static IEnumerable<InputItem> Resolve(IEnumerable<string> inputs)
    {
        foreach (var input in inputs)
        {
            if (input == "-") yield return new InputItem(input, InputItemKind.StandardInput);
            else if (IsUrl(input)) yield return new InputItem(input, InputItemKind.Url);
            else if (Directory.Exists(input))
            {
                foreach (var file in EnumeratePages(input)) yield return new InputItem(file, InputItemKind.File);
            }
            else if (File.Exists(input)) yield return new InputItem(input, InputItemKind.File);
            else yield return new InputItem(input, InputItemKind.Missing);
        }
    }

    /// <summary>True for anything with a URL scheme; non-http(s) schemes are refused later, by name.</summary>
    public static bool IsUrl(string input) =>
        Uri.TryCreate(input, UriKind.Absolute, out var uri) && !uri.IsFile && uri.Scheme.Length > 1
        && input.Contains("://", StringComparison.Ordinal);

    private static IEnumerable<string> EnumeratePages(string directory)
    {
        var files = Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Where(f => PageExtensions.Contains(Path.GetExtension(f)))
            .OrderBy(f => f, StringComparer.Ordinal);
        return files;
    }
}
