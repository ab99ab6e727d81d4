namespace Newsgraph.Extraction.Text;

/// <summary>
/// Classifies capture lines as article text or chrome in two passes, after jusText: first each line on
/// its own (length, sentence punctuation, link and label shape, repetition), then short and borderline
/// lines by the nearest clear-cut lines around them, so a list item or sub-heading inside the article
/// is kept while a menu item among menus is dropped.
/// </summary>
public static class LineClassifier
{
    // A line of this many word units with sentence punctuation is a paragraph on its own (about 70
    // Latin characters, jusText's "length_high").
    private const double LongUnits = 12;
    // Under this many units a line is too short to judge alone (jusText's "length_low", ~40 characters).
    private const double ShortUnits = 6;
    // A reader prompt longer than this is a story sentence that happens to mention a newsletter or cookies.
    private const double CallToActionUnits = 25;

    public static void Classify(IReadOnlyList<CaptureLine> lines)
    {
        MarkRepeats(lines);
        foreach (var line in lines) line.Initial = line.Final = ClassifyAlone(line);
        ResolveShort(lines);
        ResolveNearGood(lines);
    }

    /// <summary>The context-free class of one line.</summary>
    public static LineClass ClassifyAlone(CaptureLine line)
    {
        if (line.IsLegal || (line.IsLinkLike && line.Units < 30)) return LineClass.Bad;
        if (line.IsRepeated && line.Units < 20) return LineClass.Bad;
        if (line.Units < CallToActionUnits && LineSignals.IsCallToAction(line.Text)) return LineClass.Bad;
        bool sentence = line.EndsLikeSentence || line.Marks >= 2;
        if (line.Units < ShortUnits)
            return line.DigitShare > 0.5 ? LineClass.Bad : LineClass.Short;
        if (line.Units >= LongUnits && sentence && line.Marks >= 1) return LineClass.Good;
        if (sentence) return LineClass.NearGood;
        // Long runs of capitalised words without punctuation are menus or tag lists.
        if (line.CapitalisedShare > 0.7) return LineClass.Bad;
        return line.Units >= LongUnits ? LineClass.NearGood : LineClass.Short;
    }

    private static void MarkRepeats(IReadOnlyList<CaptureLine> lines)
    {
        var counts = new Dictionary<string, int>();
        var keys = lines.Select(l => TextMeasure.Fold(LineSignals.WithoutListMarker(l.Text))).ToList();
        foreach (var key in keys.Where(k => k.Length > 0)) counts[key] = counts.GetValueOrDefault(key) + 1;
        for (int i = 0; i < lines.Count; i++)
            lines[i].IsRepeated = keys[i].Length > 0 && counts[keys[i]] > 1;
    }

    /// <summary>Short lines take the class of the clear-cut lines around them (jusText's context rules).</summary>
    private static void ResolveShort(IReadOnlyList<CaptureLine> lines)
    {
        var resolved = new LineClass[lines.Count];
        for (int i = 0; i < lines.Count; i++)
        {
            resolved[i] = lines[i].Final;
            if (lines[i].Initial != LineClass.Short) continue;
            var before = Neighbour(lines, i, -1, ignoreNearGood: true);
            var after = Neighbour(lines, i, +1, ignoreNearGood: true);
            if (before == LineClass.Good && after == LineClass.Good) resolved[i] = LineClass.Good;
            else if (before == LineClass.Bad && after == LineClass.Bad) resolved[i] = LineClass.Bad;
            else if ((before == LineClass.Bad && Neighbour(lines, i, -1, ignoreNearGood: false) == LineClass.NearGood)
                     || (after == LineClass.Bad && Neighbour(lines, i, +1, ignoreNearGood: false) == LineClass.NearGood))
                resolved[i] = LineClass.Good;
            else resolved[i] = LineClass.Bad;
        }
        for (int i = 0; i < lines.Count; i++) lines[i].Final = resolved[i];
    }

    /// <summary>Borderline prose is kept when a paragraph of running text is next to it.</summary>
    private static void ResolveNearGood(IReadOnlyList<CaptureLine> lines)
    {
        var resolved = lines.Select(l => l.Final).ToArray();
        for (int i = 0; i < lines.Count; i++)
        {
            if (lines[i].Final != LineClass.NearGood) continue;
            var before = Neighbour(lines, i, -1, ignoreNearGood: true);
            var after = Neighbour(lines, i, +1, ignoreNearGood: true);
            resolved[i] = before == LineClass.Good || after == LineClass.Good ? LineClass.Good : LineClass.Bad;
        }
        for (int i = 0; i < lines.Count; i++) lines[i].Final = resolved[i];
    }

    /// <summary>The class of the nearest line in a direction that is not short (the page's edge counts as chrome).</summary>
    private static LineClass Neighbour(IReadOnlyList<CaptureLine> lines, int from, int step, bool ignoreNearGood)
    {
        for (int i = from + step; i >= 0 && i < lines.Count; i += step)
        {
            var c = lines[i].Final;
            if (c == LineClass.Short || (ignoreNearGood && c == LineClass.NearGood)) continue;
            return c;
        }
        return LineClass.Bad;
    }
}
