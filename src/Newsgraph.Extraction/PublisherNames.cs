using System.Text.RegularExpressions;

namespace Newsgraph.Extraction;

/// <summary>Publisher names from what a page says about itself, or from its address.</summary>
public static partial class PublisherNames
{
    /// <summary>The site's registrable host without "www." ("rferl.org"), as a last resort name.</summary>
    public static string? FromUrl(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.IsFile) return null;
        var host = uri.Host;
        return host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;
    }

    /// <summary>
    /// The publisher as the page names itself in its chrome lines (header, footer): the holder of a
    /// copyright notice ("© 2024 Example Media"), else a brand-like name that opens two or more of those
    /// lines ("XYZ journalists report…", "XYZ has been…"). Null when neither is there.
    /// </summary>
    public static string? FromSelfReferences(IEnumerable<string> chromeLines)
    {
        var lines = chromeLines.Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        return lines.Select(CopyrightHolder).FirstOrDefault(h => h is not null) ?? RecurringOpeningName(lines);
    }

    /// <summary>The name after "©" / "(c)" / "Copyright" and an optional year, up to the next punctuation.</summary>
    public static string? CopyrightHolder(string line)
    {
        var m = Copyright().Match(line);
        if (!m.Success) return null;
        var words = m.Groups["name"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var name = CapitalisedRun(words);
        // A holder is a name: a few words, the first capitalised.
        return name.Count is > 0 and <= 6 ? string.Join(' ', name) : null;
    }

    /// <summary>
    /// The leading run of capitalised words (with the small words names contain); when a lowercase word
    /// follows, the run's last word opens that clause ("Example Media All rights reserved") and is dropped.
    /// </summary>
    private static List<string> CapitalisedRun(string[] words)
    {
        var run = new List<string>();
        foreach (var word in words)
        {
            if (char.IsUpper(word[0]) || char.IsDigit(word[0]) || word is "&" or "of" or "and" or "de" or "the") { run.Add(word); continue; }
            if (run.Count > 1) run.RemoveAt(run.Count - 1);
            break;
        }
        while (run.Count > 0 && run[^1] is "&" or "of" or "and" or "de" or "the") run.RemoveAt(run.Count - 1);
        return run;
    }

    /// <summary>
    /// A name that opens at least two chrome lines: a run of two or more capitalised words ("Example
    /// Gazette journalists…", "Example Gazette is…") or one brand-like word ("XYZ/AB has…").
    /// </summary>
    private static string? RecurringOpeningName(List<string> lines) =>
        lines.SelectMany(OpeningNames)
            .GroupBy(n => n, StringComparer.Ordinal)
            .Where(g => g.Count() >= 2)
            .OrderByDescending(g => g.Count())
            .ThenByDescending(g => g.Key.Length)
            .Select(g => g.Key)
            .FirstOrDefault();

    /// <summary>The name candidates a line opens with: its leading capitalised run and that run's shorter prefixes.</summary>
    private static IEnumerable<string> OpeningNames(string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Take(MaxNameWords + 1)
            .Select(w => w.TrimEnd(',', ':', ';'))
            .ToList();
        int run = 0;
        while (run < Math.Min(words.Count - 1, MaxNameWords) && words[run].Length > 0 && char.IsUpper(words[run][0])) run++;
        for (int length = run; length >= 1; length--)
        {
            var name = string.Join(' ', words.Take(length));
            if (length >= 2 || IsBrandLike(name)) yield return name;
        }
    }

    private const int MaxNameWords = 4;

    /// <summary>"RFE/RL", "BBC", "NewsCo", "Channel4": not an ordinary capitalised sentence opener.</summary>
    private static bool IsBrandLike(string word)
    {
        if (word.Length < 2 || !char.IsUpper(word[0])) return false;
        int uppers = word.Count(char.IsUpper);
        return uppers >= 2 || word.Any(char.IsDigit) || word.Contains('/');
    }

    [GeneratedRegex(@"(?:©|\(c\)|\bcopyright\b)\s*(?:\d{4}(?:\s*[-–]\s*\d{2,4})?)?\s*[,.]?\s*(?:by\s+)?(?<name>[^.,|;•·()©\d][^.,|;•·()©]{1,60})", RegexOptions.IgnoreCase)]
    private static partial Regex Copyright();
}
