namespace Newsgraph.Extraction.Text;

/// <summary>How a line reads on its own, before its neighbours are considered (jusText's classes).</summary>
public enum LineClass
{
    /// <summary>Page chrome: links, legal notes, repeated menu items, date stamps.</summary>
    Bad,
    /// <summary>Too short to judge alone: a heading, a list item, an image placeholder, a label.</summary>
    Short,
    /// <summary>Reads like prose but is short or light on punctuation.</summary>
    NearGood,
    /// <summary>A paragraph of running text.</summary>
    Good,
}

/// <summary>One non-empty line of a plain-text capture with the signals the extractor scores it by.</summary>
public sealed class CaptureLine
{
    public CaptureLine(int index, string text, bool afterBlank)
    {
        Index = index;
        Text = text;
        AfterBlank = afterBlank;
        Units = TextMeasure.WordUnits(text);
        EndsLikeSentence = TextMeasure.EndsLikeSentence(text);
        Marks = TextMeasure.PunctuationMarks(text);
        DigitShare = TextMeasure.DigitShare(text);
        CapitalisedShare = TextMeasure.CapitalisedShare(text);
        IsListItem = LineSignals.IsListItem(text);
        IsLinkLike = LineSignals.IsLinkLike(text);
        IsLegal = LineSignals.IsLegalNotice(text);
    }

    /// <summary>Position among the capture's non-empty lines.</summary>
    public int Index { get; }
    public string Text { get; }
    /// <summary>A blank line precedes it in the capture (a paragraph break rather than a line break).</summary>
    public bool AfterBlank { get; }
    public double Units { get; }
    public bool EndsLikeSentence { get; }
    public int Marks { get; }
    public double DigitShare { get; }
    public double CapitalisedShare { get; }
    public bool IsListItem { get; }
    public bool IsLinkLike { get; }
    public bool IsLegal { get; }
    /// <summary>The same text occurs elsewhere on the page (menus repeated in header and footer).</summary>
    public bool IsRepeated { get; set; }
    public LineClass Initial { get; set; }
    public LineClass Final { get; set; }

    public override string ToString() => $"{Final}/{Initial} {Text}";
}
