using System.Text.Json;

namespace Newsgraph.Server.Web;

/// <summary>
/// An article's text cut into paragraphs of nested marks (entity mentions, quotes, dates), built from the
/// document JSON, for the article page. Marks that cross one another are dropped rather than broken: the
/// outer (earlier, longer) one wins.
/// </summary>
public sealed class MarkedText
{
    public sealed record Mark(int Start, int End, string Kind, string Label, string? Detail, string? Link);

    /// <summary>A stretch of text with the marks inside it; <see cref="Mark"/> is null for a paragraph.</summary>
    public sealed record Node(int Start, int End, Mark? Mark, List<Node> Children);

    public required string Text { get; init; }
    public required IReadOnlyList<Node> Paragraphs { get; init; }

    /// <summary>The marks of <paramref name="article"/> (an object as `analyze` writes it); names link to the
    /// cross-article entity page where <paramref name="entityLinks"/> (document entity id → entity) has one.</summary>
    public static MarkedText From(JsonElement article, IReadOnlyDictionary<string, long>? entityLinks = null)
    {
        var text = article.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : "";
        var marks = new List<Mark>();
        var names = new Dictionary<string, string>();
        foreach (var entity in Array(article, "entities"))
        {
            var name = Str(entity, "name") ?? "";
            var id = Str(entity, "id");
            if (id is not null) names[id] = name;
            var type = Str(entity, "type") ?? "MISC";
            var link = id is not null && entityLinks?.TryGetValue(id, out var across) == true ? $"/entities/{across}" : null;
            foreach (var m in Array(entity, "mentions"))
                if (Span(m, text) is { } s) marks.Add(new Mark(s.Start, s.End, "entity", EntityLabel(type), name, link));
        }
        foreach (var quote in Array(article, "quotes"))
        {
            if (Span(quote, text) is not { } s) continue;
            string? speaker = null;
            if (quote.TryGetProperty("speaker", out var sp) && sp.ValueKind == JsonValueKind.Object)
                speaker = Str(sp, "entity") is { } e && names.TryGetValue(e, out var n) ? n : Str(sp, "text");
            marks.Add(new Mark(s.Start, s.End, "quote", "quote", speaker is null ? "speaker unknown" : "said by " + speaker, null));
        }
        foreach (var time in Array(article, "times"))
            if (Span(time, text) is { } s) marks.Add(new Mark(s.Start, s.End, "time", (Str(time, "type") ?? "DATE").ToLowerInvariant(), Str(time, "value"), null));
        return new MarkedText { Text = text, Paragraphs = Build(text, marks) };
    }

    private static IReadOnlyList<Node> Build(string text, List<Mark> marks)
    {
        var paragraphs = new List<Node>();
        int start = 0;
        while (start < text.Length)
        {
            int end = text.IndexOf("\n\n", start, StringComparison.Ordinal);
            if (end < 0) end = text.Length;
            if (text.AsSpan(start, end - start).Trim().Length > 0)
            {
                var paragraph = new Node(start, end, null, []);
                var stack = new Stack<Node>();
                stack.Push(paragraph);
                foreach (var mark in marks.Where(m => m.Start >= start && m.End <= end).OrderBy(m => m.Start).ThenByDescending(m => m.End))
                {
                    while (stack.Peek().End <= mark.Start && stack.Count > 1) stack.Pop();
                    var parent = stack.Peek();
                    if (mark.End > parent.End) continue; // crosses its neighbour
                    var node = new Node(mark.Start, mark.End, mark, []);
                    parent.Children.Add(node);
                    stack.Push(node);
                }
                paragraphs.Add(paragraph);
            }
            start = end + 2;
        }
        return paragraphs;
    }

    private static string EntityLabel(string type) => type switch
    {
        "PERSON" => "person",
        "ORG" => "organisation",
        "GPE" or "LOC" or "FAC" => "place",
        "NORP" => "group",
        _ => type.ToLowerInvariant().Replace('_', ' '),
    };

    private static (int Start, int End)? Span(JsonElement e, string text) =>
        e.TryGetProperty("start", out var s) && e.TryGetProperty("end", out var n) && s.TryGetInt32(out var a) && n.TryGetInt32(out var b)
            && a >= 0 && b <= text.Length && a < b ? (a, b) : null;

    internal static IEnumerable<JsonElement> Array(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var a) && a.ValueKind == JsonValueKind.Array ? a.EnumerateArray() : [];

    internal static string? Str(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
