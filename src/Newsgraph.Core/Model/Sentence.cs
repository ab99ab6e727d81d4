namespace Newsgraph.Core.Model;

/// <summary>A sentence: the tokens <c>[FirstToken, EndToken)</c> of the document and the text they cover.</summary>
public readonly record struct Sentence(int FirstToken, int EndToken, TextSpan Span)
{
    public int TokenCount => EndToken - FirstToken;
    public int Start => Span.Start;
    public int End => Span.End;
}
