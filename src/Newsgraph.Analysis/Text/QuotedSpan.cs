namespace Newsgraph.Analysis.Text;

/// <summary>
/// A stretch of text between quotation marks: <see cref="Start"/>/<see cref="End"/> exclude the marks,
/// <see cref="OpenMark"/>/<see cref="CloseMark"/> are the marks' positions. A quote that runs over several
/// paragraphs is one span whose text keeps the inner paragraph breaks and re-opening marks.
/// </summary>
internal sealed record QuotedSpan(int OpenMark, int Start, int End, int CloseMark, bool Single)
{
    /// <summary>Position just after the closing mark.</summary>
    public int AfterClose { get; init; } = CloseMark + 1;

    public int WordCount(string text)
    {
        int words = 0;
        bool inWord = false;
        for (int i = Start; i < End; i++)
        {
            bool letter = char.IsLetterOrDigit(text[i]);
            if (letter && !inWord) words++;
            inWord = letter;
        }
        return words;
    }
}
