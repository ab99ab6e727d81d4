using Newsgraph.Analysis.Entities.Tagging;

namespace Newsgraph.Tests.Analysis.Entities;

public sealed class BilouSchemeTests
{
    [Fact]
    public void Iob1_spans_encode_to_bilou_and_decode_back()
    {
        string[] iob = ["I-PER", "I-PER", "O", "I-LOC", "B-LOC", "O", "I-ORG"];
        var spans = BilouScheme.SpansFromIob(iob);
        Assert.Equal([(0, 2, 0), (3, 4, 2), (4, 5, 2), (6, 7, 1)], spans);
        var tags = BilouScheme.Encode(iob.Length, spans);
        Assert.Equal(["B-PER", "L-PER", "O", "U-LOC", "U-LOC", "O", "U-ORG"], tags.Select(BilouScheme.Name));
        Assert.Equal(spans, BilouScheme.Decode(tags));
    }

    [Fact]
    public void An_open_entity_only_continues_with_its_own_class()
    {
        int bPer = BilouScheme.Encode(2, [(0, 2, 0)])[0];
        int lPer = BilouScheme.Encode(2, [(0, 2, 0)])[1];
        int uOrg = BilouScheme.Encode(1, [(0, 1, 1)])[0];
        Assert.True(BilouScheme.CanFollow(bPer, lPer));
        Assert.False(BilouScheme.CanFollow(bPer, uOrg));
        Assert.False(BilouScheme.CanFollow(bPer, BilouScheme.Outside));
        Assert.False(BilouScheme.CanFollow(-1, lPer));
        Assert.False(BilouScheme.CanEnd(bPer));
    }
}
