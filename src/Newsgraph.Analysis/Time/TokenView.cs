using Newsgraph.Core.Model;

namespace Newsgraph.Analysis.Time;

/// <summary>Tokens with their lower-case forms, read safely past either end.</summary>
internal sealed class TokenView
{
    private readonly IReadOnlyList<Token> _tokens;
    private readonly IReadOnlyList<string> _lower;

    /// <param name="lower">The tokens' lower-case forms (the tokenizer's <see cref="ArticleDocument.LowerTokens"/>).</param>
    public TokenView(IReadOnlyList<Token> tokens, IReadOnlyList<string> lower)
    {
        _tokens = tokens;
        _lower = lower;
    }

    public int Count => _tokens.Count;

    /// <summary>The lower-case token at i, or "" outside the text.</summary>
    public string this[int i] => i >= 0 && i < _lower.Count ? _lower[i] : "";

    public string Raw(int i) => i >= 0 && i < _tokens.Count ? _tokens[i].Text : "";

    public Token Token(int i) => _tokens[i];

    public bool IsCapitalised(int i) => Raw(i) is { Length: > 0 } s && char.IsUpper(s[0]);

    /// <summary>Whether tokens i-1 and i touch (no space between them): "10" ":" "35".</summary>
    public bool Touches(int i) => i > 0 && i < _tokens.Count && _tokens[i - 1].End == _tokens[i].Start;

    public bool IsDigits(int i) => this[i] is { Length: > 0 } s && s.All(char.IsAsciiDigit);

    public int? IntAt(int i) => IsDigits(i) && this[i].Length <= 4 ? int.Parse(this[i], System.Globalization.CultureInfo.InvariantCulture) : null;
}
