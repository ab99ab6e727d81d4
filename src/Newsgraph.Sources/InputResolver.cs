namespace Newsgraph.Sources;

/// <summary>One input to read: a file, a URL, standard input, or bytes the caller already holds.</summary>
public sealed record InputItem(string Source, InputItemKind Kind)
{
    /// <summary>The content of a <see cref="InputItemKind.Bytes"/> item; null for every other kind.</summary>
    public RawPage? Page { get; private init; }

    public static InputItem FromFile(string path) => new(path, InputItemKind.File);

    public static InputItem FromUrl(string url) => new(url, InputItemKind.Url);

    /// <summary>Content already in memory (a message from a queue, a row from a store), named by <paramref name="source"/>.</summary>
    public static InputItem FromBytes(string source, byte[] bytes, string? contentType = null, string? url = null) =>
        new(source, InputItemKind.Bytes) { Page = new RawPage(source, bytes, contentType, url) };
}

public enum InputItemKind { File, Url, StandardInput, Missing, Bytes }

/// <summary>
/// Turns the command line's inputs into a lazy list of items, expanding directories (recursively, in
/// ordinal path order so runs are repeatable) to the page files they hold, one directory at a time.
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
            else if (IsUrl(input)) yield return InputItem.FromUrl(input);
            else if (Directory.Exists(input))
            {
                foreach (var file in EnumeratePages(input)) yield return InputItem.FromFile(file);
            }
            else if (File.Exists(input)) yield return InputItem.FromFile(input);
            else yield return new InputItem(input, InputItemKind.Missing);
        }
    }

    /// <summary>True for anything with a URL scheme; non-http(s) schemes are refused later, by name.</summary>
    public static bool IsUrl(string input) =>
        Uri.TryCreate(input, UriKind.Absolute, out var uri) && !uri.IsFile && uri.Scheme.Length > 1
        && input.Contains("://", StringComparison.Ordinal);

    /// <summary>
    /// The page files under a directory in ordinal order of their full paths, without listing the whole
    /// tree first. Within one directory a subdirectory sorts as "name/": every path below it shares that
    /// prefix, so visiting entries in that order gives the same sequence as sorting all the paths.
    /// </summary>
    private static IEnumerable<string> EnumeratePages(string directory)
    {
        var entries = Directory.EnumerateFiles(directory)
            .Where(f => PageExtensions.Contains(Path.GetExtension(f)))
            .Select(f => (Key: Path.GetFileName(f), Path: f, IsDirectory: false))
            .Concat(Directory.EnumerateDirectories(directory)
                .Select(d => (Key: Path.GetFileName(d) + "/", Path: d, IsDirectory: true)))
            .OrderBy(e => e.Key, StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (!entry.IsDirectory) yield return entry.Path;
            else
                foreach (var file in EnumeratePages(entry.Path)) yield return file;
        }
    }
}
