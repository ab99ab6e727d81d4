namespace Newsgraph.Analysis.Entities.Tagging;

/// <summary>
/// The tag set of the sequence tagger: O plus Begin/Inside/Last/Unit for each CoNLL class. BILOU marks
/// entity boundaries explicitly, which a greedy left-to-right tagger learns better than IOB.
/// </summary>
public static class BilouScheme
{
    /// <summary>The coarse classes the tagger predicts; refinement into OntoNotes types comes later.</summary>
    public static readonly string[] Classes = ["PER", "ORG", "LOC", "MISC"];

    public const int Outside = 0;
    public static int TagCount => 1 + 4 * Classes.Length;

    private enum Part { B, I, L, U }

    private static int Tag(int cls, Part part) => 1 + 4 * cls + (int)part;
    private static int ClassOf(int tag) => (tag - 1) / 4;
    private static Part PartOf(int tag) => (Part)((tag - 1) % 4);

    public static int ClassIndex(string cls) => Array.IndexOf(Classes, cls);

    public static string Name(int tag) => tag == Outside ? "O" : $"{PartOf(tag)}-{Classes[ClassOf(tag)]}";

    /// <summary>Class index of an entity tag, or -1 for O.</summary>
    public static int ClassOfTag(int tag) => tag == Outside ? -1 : ClassOf(tag);

    /// <summary>Whether <paramref name="tag"/> may follow <paramref name="previous"/> (-1 at sentence start).</summary>
    public static bool CanFollow(int previous, int tag)
    {
        bool open = previous > 0 && PartOf(previous) is Part.B or Part.I;
        if (open) return tag != Outside && ClassOf(tag) == ClassOf(previous) && PartOf(tag) is Part.I or Part.L;
        return tag == Outside || PartOf(tag) is Part.B or Part.U;
    }

    /// <summary>Whether a sentence may end after <paramref name="tag"/>.</summary>
    public static bool CanEnd(int tag) => tag == Outside || PartOf(tag) is Part.L or Part.U;

    /// <summary>Encodes entity spans (token ranges with a class index) as BILOU tags.</summary>
    public static int[] Encode(int length, IEnumerable<(int Start, int End, int Class)> spans)
    {
        var tags = new int[length];
        foreach (var (start, end, cls) in spans)
        {
            if (end - start == 1) { tags[start] = Tag(cls, Part.U); continue; }
            tags[start] = Tag(cls, Part.B);
            for (int i = start + 1; i < end - 1; i++) tags[i] = Tag(cls, Part.I);
            tags[end - 1] = Tag(cls, Part.L);
        }
        return tags;
    }

    /// <summary>Decodes tags into spans; a run broken by an illegal tag is closed where it breaks.</summary>
    public static List<(int Start, int End, int Class)> Decode(ReadOnlySpan<int> tags)
    {
        var spans = new List<(int, int, int)>();
        int start = -1, cls = -1;
        for (int i = 0; i < tags.Length; i++)
        {
            int tag = tags[i];
            bool continues = start >= 0 && tag != Outside && ClassOf(tag) == cls && PartOf(tag) is Part.I or Part.L;
            if (!continues && start >= 0) { spans.Add((start, i, cls)); start = -1; }
            if (tag == Outside) continue;
            if (start < 0) { start = i; cls = ClassOf(tag); }
            if (PartOf(tag) is Part.L or Part.U) { spans.Add((start, i + 1, cls)); start = -1; }
        }
        if (start >= 0) spans.Add((start, tags.Length, cls));
        return spans;
    }

    /// <summary>Reads IOB1 or IOB2 tags ("I-PER", "B-ORG", "O") into spans, as conlleval does.</summary>
    public static List<(int Start, int End, int Class)> SpansFromIob(IReadOnlyList<string> tags)
    {
        var spans = new List<(int, int, int)>();
        int start = -1;
        string? type = null;
        for (int i = 0; i <= tags.Count; i++)
        {
            string t = i < tags.Count ? tags[i] : "O";
            bool boundary = t == "O" || t.StartsWith("B-", StringComparison.Ordinal) || (t.StartsWith("I-", StringComparison.Ordinal) && t[2..] != type);
            if (!boundary) continue;
            if (start >= 0 && ClassIndex(type!) is var c and >= 0) spans.Add((start, i, c));
            start = -1; type = null;
            if (t != "O") { start = i; type = t[2..]; }
        }
        return spans;
    }
}
