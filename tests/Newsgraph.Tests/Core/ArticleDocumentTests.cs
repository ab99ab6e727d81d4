using Newsgraph.Core.Model;

namespace Newsgraph.Tests.Core;

public sealed class ArticleDocumentTests
{
    [Fact]
    public void Paragraphs_are_the_blank_line_separated_blocks_of_the_text()
    {
        var doc = new ArticleDocument { Source = "t", Text = "First one.\n\nSecond one.\n\n\nThird." };
        var paragraphs = doc.Paragraphs().Select(p => p.Slice(doc.Text)).ToList();
        Assert.Equal(["First one.", "Second one.", "Third."], paragraphs);
    }

    [Fact]
    public void Layers_not_computed_are_left_out_of_the_json()
    {
        var doc = new ArticleDocument { Source = "t", Text = "Body." };
        var json = new StringWriter();
        new Newsgraph.Core.Output.JsonDocumentWriter(indented: false).Write(doc, json);
        Assert.DoesNotContain("entities", json.ToString());
        doc.Entities = [];
        json = new StringWriter();
        new Newsgraph.Core.Output.JsonDocumentWriter(indented: false).Write(doc, json);
        Assert.Contains("\"entities\":[]", json.ToString());
    }
}
