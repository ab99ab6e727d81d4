using System.Globalization;
using Newsgraph.Core.Model;

namespace Newsgraph.Training.Quotes;

/// <summary>One annotated attribution: its content, source and cue character spans (each may be
/// discontinuous), sorted by start.</summary>
public sealed record AnnotatedAttribution(IReadOnlyList<TextSpan> Content, IReadOnlyList<TextSpan> Source, IReadOnlyList<TextSpan> Cue);

/// <summary>One PolNeAR article: its text and the attributions of its first annotation.</summary>
public sealed record AnnotatedArticle(string Name, string Text, IReadOnlyList<AnnotatedAttribution> Attributions);

/// <summary>
/// Reads a PolNeAR split (TEXT dir of *.txt, ATTRIBUTIONS dir of brat *.ann) the way the reference
/// scorer does — the alphabetically first annotation of an article is its gold — but skips malformed
/// lines instead of failing on them (one train file has a span-less line).
/// </summary>
public static class PolnearCorpus
{
    public static IEnumerable<AnnotatedArticle> Read(string splitDirectory)
    {
        string textDirectory = Path.Combine(splitDirectory, "text"), annDirectory = Path.Combine(splitDirectory, "attributions");
        var annotations = Directory.GetFiles(annDirectory, "*.ann").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();
        foreach (var textPath in Directory.GetFiles(textDirectory, "*.txt").Order(StringComparer.Ordinal))
        {
            string stem = Path.GetFileNameWithoutExtension(textPath);
            var first = annotations.FirstOrDefault(a => a.StartsWith(stem + "_", StringComparison.Ordinal));
            if (first is null) continue;
            yield return new AnnotatedArticle(Path.GetFileName(textPath), File.ReadAllText(textPath), ReadAnnotation(Path.Combine(annDirectory, first)));
        }
    }

    /// <summary>The attributions (events with at least one content span) of one brat file.</summary>
    public static List<AnnotatedAttribution> ReadAnnotation(string path)
    {
        var spans = new Dictionary<string, List<TextSpan>>(StringComparer.Ordinal);
        var events = new List<Dictionary<string, List<string>>>();
        foreach (var line in File.ReadLines(path))
        {
            var parts = line.Split('\t');
            if (parts.Length < 2) continue;
            if (parts[0].StartsWith('T') && ParseSpans(parts[1]) is { } parsed) spans[parts[0]] = parsed;
            else if (parts[0].StartsWith('E')) events.Add(ParseRoles(parts[1]));
        }
        var attributions = new List<AnnotatedAttribution>();
        foreach (var roles in events)
        {
            var content = Collect(roles, "Content", spans);
            if (content.Count > 0) attributions.Add(new AnnotatedAttribution(content, Collect(roles, "Source", spans), Collect(roles, "Cue", spans)));
        }
        return attributions;
    }

    /// <summary>"Content 12 40;45 60" → the spans, or null when the line has none.</summary>
    private static List<TextSpan>? ParseSpans(string field)
    {
        int space = field.IndexOf(' ');
        if (space < 0) return null;
        var result = new List<TextSpan>();
        foreach (var piece in field[(space + 1)..].Split(';'))
        {
            var bounds = piece.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (bounds.Length != 2 || !int.TryParse(bounds[0], CultureInfo.InvariantCulture, out int s)
                || !int.TryParse(bounds[1], CultureInfo.InvariantCulture, out int e) || e < s) return null;
            result.Add(new TextSpan(s, e));
        }
        return result;
    }

    private static Dictionary<string, List<string>> ParseRoles(string field)
    {
        var roles = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var pair in field.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            int colon = pair.IndexOf(':');
            if (colon <= 0) continue;
            string role = pair[..colon];
            if (!roles.TryGetValue(role, out var ids)) roles[role] = ids = [];
            ids.Add(pair[(colon + 1)..]);
        }
        return roles;
    }

    private static List<TextSpan> Collect(Dictionary<string, List<string>> roles, string role, Dictionary<string, List<TextSpan>> spans) =>
        (roles.GetValueOrDefault(role) ?? []).Where(spans.ContainsKey).SelectMany(id => spans[id]).OrderBy(s => s.Start).ToList();
}
