using Newsgraph.CaptureRenderer;

namespace Newsgraph.Tests.Tools;

public sealed class PlainTextRendererTests
{
    private static string[] Lines(string html) => PlainTextRenderer.Render(html).TrimEnd('\n').Split('\n');

    [Fact]
    public void Blocks_get_their_own_lines_and_paragraphs_a_blank_line()
    {
        var lines = Lines("<html><body><div>Menu</div><h1>Title here</h1><p>First <b>bold</b> para.</p><p>Second\n   para.</p></body></html>");
        Assert.Equal(["Menu", "", "Title here", "", "First bold para.", "", "Second para."], lines);
    }

    [Fact]
    public void Scripts_styles_and_hidden_elements_are_not_shown()
    {
        var text = PlainTextRenderer.Render("<body><script>var x = 1;</script><style>p{}</style><p hidden>secret</p>"
            + "<div style=\"display: none\">gone</div><noscript><div>enable js</div></noscript><p>Shown.</p></body>");
        Assert.Equal("Shown.\n", text);
    }

    [Fact]
    public void List_items_get_bullets_and_numbers()
    {
        var lines = Lines("<body><ul><li>Tea</li><li>Milk</li></ul><ol><li>Boil</li><li>Pour</li></ol></body>");
        Assert.Equal(["• Tea", "• Milk", "1. Boil", "2. Pour"], lines);
    }

    [Fact]
    public void Image_alt_text_stands_in_for_the_image()
    {
        var lines = Lines("<body><figure><img src=\"a.jpg\" alt=\"Boats in the harbour\"><img src=\"b.png\"></figure><p>Text.</p></body>");
        Assert.Equal(["Boats in the harbour", "", "Text."], lines);
    }

    [Fact]
    public void Line_breaks_cells_and_special_spaces()
    {
        var lines = Lines("<body><p>One<br>Two</p><table><tr><td>a</td><td>b</td></tr></table><p>180&nbsp;°C, co\u00ADoperate</p></body>");
        Assert.Equal(["One", "Two", "", "a\tb", "", "180 °C, cooperate"], lines);
    }

    [Fact]
    public void Preformatted_text_keeps_its_line_breaks()
    {
        var lines = Lines("<body><pre>line one\n  line two</pre></body>");
        Assert.Equal(["line one", "line two"], lines);
    }
}
