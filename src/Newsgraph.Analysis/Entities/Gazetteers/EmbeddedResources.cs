using System.Reflection;

namespace Newsgraph.Analysis.Entities.Gazetteers;

/// <summary>Opens the data files that are embedded in this assembly (Resources/**).</summary>
public static class EmbeddedResources
{
    private static readonly Assembly Assembly = typeof(EmbeddedResources).Assembly;

    /// <summary>Opens "gazetteers/countries.tsv" and the like; null when the file was not built in.</summary>
    public static Stream? Open(string relativePath)
    {
        string wanted = "resources/" + relativePath.Replace('\\', '/');
        var name = Assembly.GetManifestResourceNames()
            .FirstOrDefault(n => n.Replace('\\', '/').Equals(wanted, StringComparison.OrdinalIgnoreCase));
        return name is null ? null : Assembly.GetManifestResourceStream(name);
    }

    public static IEnumerable<string> Lines(string relativePath)
    {
        using var stream = Open(relativePath) ?? throw new FileNotFoundException($"built-in resource {relativePath} is missing");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
            if (line.Length > 0 && line[0] != '#') yield return line;
    }
}
