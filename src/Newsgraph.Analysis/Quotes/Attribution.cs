using Newsgraph.Core.Model;

namespace Newsgraph.Analysis.Quotes;

/// <summary>How the cue stands to its content: before it ("X said that …"), after it ("…, X said"),
/// or in an "according to X" phrase.</summary>
internal enum CuePlacement { Preposed, Postposed, According }

/// <summary>
/// One reporting act found in a unit: the cue word(s), the source mention (token range, may be empty when
/// the source is elsewhere) and the content it reports (token range).
/// </summary>
internal sealed class Attribution
{
    public required int CueFirst { get; init; }
    public required int CueEnd { get; init; }
    public required int SourceFirst { get; set; }
    public required int SourceEnd { get; set; }
    public required int ContentFirst { get; set; }
    public required int ContentEnd { get; set; }
    public required CuePlacement Placement { get; init; }
    public required (int First, int End) Unit { get; init; }

    /// <summary>A sentence's subject credited with the quotation inside it for want of a cue ("Trump accused
    /// the audience of being “donors and special interests”"): its content only places the quote and is not
    /// reported as speech of its own.</summary>
    public bool SubjectOnly { get; init; }

    public bool HasSource => SourceEnd > SourceFirst;
    public bool HasContent => ContentEnd > ContentFirst;

    /// <summary>The resolved speaker, filled once per attribution.</summary>
    public Speaker? Speaker { get; set; }

    /// <summary>The outlet or document this attribution reached the article through.</summary>
    public Speaker? Via { get; set; }

    public bool ContentContains(TextSpan span, IReadOnlyList<Token> tokens) =>
        HasContent && tokens[ContentFirst].Start <= span.Start && span.End <= tokens[ContentEnd - 1].End;
}
