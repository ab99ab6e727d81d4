using Newsgraph.Core.Model;

namespace Newsgraph.Analysis.Entities;

/// <summary>A recognised name in the text before linking: its tokens, characters and refined type.</summary>
public sealed class EntityMention
{
    public required int FirstToken { get; init; }
    /// <summary>One past the last token.</summary>
    public required int EndToken { get; init; }
    public required int Start { get; init; }
    public required int End { get; init; }
    public required string Text { get; init; }
    public required string[] Words { get; init; }
    public required EntityType Type { get; set; }
    /// <summary>How the mention refers: by name, or by a nominal phrase such as "the prime minister".</summary>
    public bool Nominal { get; init; }

    /// <summary>The mention as the document keeps it; <see cref="EntityStage"/> numbers it once all are found.</summary>
    public Mention ToMention() => new(default, new AnchoredText(Start, End, Text));
}
