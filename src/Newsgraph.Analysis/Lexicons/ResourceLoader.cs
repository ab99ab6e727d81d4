using System.Reflection;

namespace Newsgraph.Analysis.Lexicons;

/// <summary>Opens the data files embedded in this assembly from Resources/** (models, gazetteers, lexicons):
/// the one place that knows how they are named inside the assembly.</summary>
public static class ResourceLoader
{
    private static readonly Assembly Assembly = typeof(ResourceLoader).Assembly;

    /// <summary>Opens "gazetteers/countries.tsv" and the like; null when the file was not built in.</summary>
    public static Stream? Open(string relativePath)
    {
        string wanted = "resources/" + relativePath.Replace('\\', '/');
        var name = Assembly.GetManifestResourceNames()
            .FirstOrDefault(n => n.Replace('\\', '/').Equals(wanted, StringComparison.OrdinalIgnoreCase));
        return name is null ? null : Assembly.GetManifestResourceStream(name);
    }

    /// <summary>Opens a file that must be built in.</summary>
    public static Stream OpenRequired(string relativePath) =>
        Open(relativePath) ?? throw new FileNotFoundException($"built-in resource {relativePath} is missing");

    /// <summary>The lines of a text file, without empty lines and '#' comment lines.</summary>
    public static IEnumerable<string> Lines(string relativePath)
    {
        using var reader = new StreamReader(OpenRequired(relativePath));
        while (reader.ReadLine() is { } line)
            if (line.Length > 0 && line[0] != '#') yield return line;
    }

    /// <summary>A word list from Resources/lexicons: one word or phrase a line.</summary>
    public static IEnumerable<string> Words(string lexiconName) => Lines("lexicons/" + lexiconName + ".txt");

    public static HashSet<string> WordSet(string lexiconName, StringComparer comparer) => new(Words(lexiconName), comparer);

    /// <summary>A table from Resources/lexicons of words and the numbers they stand for ("march", tab, 3).</summary>
    public static Dictionary<string, int> NumberedWords(string lexiconName, StringComparer comparer)
    {
        var table = new Dictionary<string, int>(comparer);
        foreach (var line in Lines("lexicons/" + lexiconName + ".tsv"))
        {
            int tab = line.IndexOf('\t');
            table[line[..tab]] = int.Parse(line.AsSpan(tab + 1), System.Globalization.CultureInfo.InvariantCulture);
        }
        return table;
    }
}
