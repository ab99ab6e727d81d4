namespace Newsgraph.Analysis.Text;

/// <summary>Which way a quotation mark faces, judged from its glyph and the characters around it.</summary>
internal enum MarkRole { Open, Close, Either }

/// <summary>
/// Recognises quotation marks of every common style: straight ("), curly (“ ”), low-high („ “), guillemets
/// (« » ‹ ›) and doubled apostrophes (''). Writers mix them up ("…” opened with a straight mark, “ used as a
/// closer), so the role of a mark comes from its surroundings first and its glyph only second.
/// </summary>
internal static class QuoteMarks
{
    /// <summary>Length of the double quotation mark at <paramref name="i"/>, or 0 when there is none.</summary>
    public static int DoubleMarkLength(string text, int i)
    {
        char c = text[i];
        if (c is '"' or '\u201c' or '\u201d' or '\u201e' or '\u00ab' or '\u00bb') return 1;
        if ((c is '\'' or '`') && i + 1 < text.Length && text[i + 1] == c) return 2;
        return 0;
    }

    public static bool IsSingleMark(char c) => c is '\'' or '\u2018' or '\u2019' or '\u2039' or '\u203a' or '\u201a';

    /// <summary>Any character that can be part of a quotation mark (used to trim quote text).</summary>
    public static bool IsAnyMark(char c) =>
        c is '"' or '\'' or '`' or '\u201c' or '\u201d' or '\u201e' or '\u00ab' or '\u00bb' or '\u2018' or '\u2019' or '\u2039' or '\u203a' or '\u201a';

    public static MarkRole Role(string text, int i, int length)
    {
        bool openContext = i == 0 || IsOpenContext(text[i - 1]);
        bool closeContext = i + length >= text.Length || IsCloseContext(text[i + length]);
        if (openContext && !closeContext) return MarkRole.Open;
        if (closeContext && !openContext) return MarkRole.Close;
        return GlyphRole(text[i]);
    }

    private static MarkRole GlyphRole(char c) => c switch
    {
        '\u201c' or '\u201e' or '\u00ab' or '\u2018' or '\u2039' or '\u201a' or '`' => MarkRole.Open,
        '\u201d' or '\u00bb' or '\u2019' or '\u203a' => MarkRole.Close,
        _ => MarkRole.Either,
    };

    /// <summary>What may stand just before an opening mark: space, an opening bracket, a dash or slash.</summary>
    private static bool IsOpenContext(char c) =>
        char.IsWhiteSpace(c) || c is '(' or '[' or '{' or '\u2014' or '\u2013' or '-' or '/' or '\u00a0';

    /// <summary>What may stand just after a closing mark: space, punctuation or a closing bracket.</summary>
    private static bool IsCloseContext(char c) =>
        char.IsWhiteSpace(c) || c is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '}' or '\u2014' or '\u2013' or '-' or '\u2026' or '\u00a0';
}
