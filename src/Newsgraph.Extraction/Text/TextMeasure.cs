using System.Globalization;

namespace Newsgraph.Extraction.Text;

/// <summary>
/// Script-aware measures of a line of text. Languages written without spaces (Chinese, Japanese, Thai…)
/// carry a word in one or two characters, so lengths are counted in "word units" rather than characters
/// or space-separated tokens, and the sentence punctuation of every script counts.
/// </summary>
public static class TextMeasure
{
    // Ends a sentence in Latin, CJK (full-width), Arabic, Devanagari, Ethiopic, Armenian, Greek scripts.
    private const string SentenceEnds = ".!?…。！？．؟۔।॥።։;";
    // Marks inside sentences: commas, semicolons, colons and their full-width forms.
    private const string InnerMarks = ",;:，、；：،";
    // Closing quotes and brackets that may follow a sentence's final mark.
    private const string Closers = "\"'”’»)]}」』】）›";

    /// <summary>Length in word units: space-separated words, plus one unit per two characters of scripts without spaces.</summary>
    public static double WordUnits(string line)
    {
        int words = 0, unspaced = 0;
        bool inWord = false;
        foreach (char c in line)
        {
            if (IsUnspacedScript(c)) { unspaced++; inWord = false; continue; }
            if (char.IsLetterOrDigit(c)) { if (!inWord) words++; inWord = true; }
            else if (char.IsWhiteSpace(c)) inWord = false;
        }
        return words + unspaced / 2.0;
    }

    /// <summary>Han, kana, Thai, Lao, Khmer, Myanmar: scripts whose words are not separated by spaces.</summary>
    public static bool IsUnspacedScript(char c) =>
        c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\u3040' and <= '\u30FF'
            or >= '\u0E00' and <= '\u0EFF' or >= '\u1780' and <= '\u17FF' or >= '\u1000' and <= '\u109F'
            or >= '\uF900' and <= '\uFAFF';

    /// <summary>True when the line ends like a sentence (a final mark, perhaps followed by quotes or brackets).</summary>
    public static bool EndsLikeSentence(string line)
    {
        int i = line.Length - 1;
        while (i >= 0 && (Closers.Contains(line[i]) || char.IsWhiteSpace(line[i]))) i--;
        return i >= 0 && SentenceEnds.Contains(line[i]);
    }

    /// <summary>The last visible character, ignoring closing quotes and brackets ('\0' for an empty line).</summary>
    public static char FinalMark(string line)
    {
        int i = line.Length - 1;
        while (i >= 0 && (Closers.Contains(line[i]) || char.IsWhiteSpace(line[i]))) i--;
        return i >= 0 ? line[i] : '\0';
    }

    /// <summary>Sentence and clause marks in the line, not counting a dot inside a number or an abbreviation run.</summary>
    public static int PunctuationMarks(string line)
    {
        int marks = 0;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            bool followedBySpaceOrEnd = i + 1 >= line.Length || char.IsWhiteSpace(line[i + 1]) || Closers.Contains(line[i + 1]);
            if (InnerMarks.Contains(c) || SentenceEnds.Contains(c))
            {
                // "3.5", "10:30", "1,000" and "www.x.org" are not sentence punctuation.
                if (c is '.' or ',' or ':' && !followedBySpaceOrEnd) continue;
                marks++;
            }
        }
        return marks;
    }

    /// <summary>Share of the line's letters-or-digits that are digits.</summary>
    public static double DigitShare(string line)
    {
        int digits = 0, alnum = 0;
        foreach (char c in line)
        {
            if (!char.IsLetterOrDigit(c)) continue;
            alnum++;
            if (char.IsDigit(c)) digits++;
        }
        return alnum == 0 ? 0 : (double)digits / alnum;
    }

    /// <summary>Share of the words (of cased scripts) that start with a capital letter: high for menus and headlines.</summary>
    public static double CapitalisedShare(string line)
    {
        int words = 0, capitalised = 0;
        foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var first = word.FirstOrDefault(char.IsLetter);
            if (first == default || !HasCase(first)) continue;
            words++;
            if (char.IsUpper(first)) capitalised++;
        }
        return words == 0 ? 0 : (double)capitalised / words;
    }

    private static bool HasCase(char c) => char.ToUpperInvariant(c) != char.ToLowerInvariant(c);

    /// <summary>Letters of the line folded for comparing repeated lines.</summary>
    public static string Fold(string line) =>
        new string(line.Where(char.IsLetterOrDigit).ToArray()).ToLower(CultureInfo.InvariantCulture);
}
