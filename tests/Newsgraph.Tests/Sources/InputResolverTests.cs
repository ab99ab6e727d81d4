using Newsgraph.Sources;

namespace Newsgraph.Tests.Sources;

public sealed class InputResolverTests
{
    [Fact]
    public void A_directory_yields_its_page_files_in_ordinal_order_of_their_full_paths()
    {
        var root = Directory.CreateTempSubdirectory("newsgraph-resolve-").FullName;
        // "b.txt" sorts before "b/x.txt" ('.' < '/'), although a walk by entry name would visit "b" first.
        string[] pages = ["b.txt", "b/x.txt", "a.html", "B.htm", "b/c/deep.xhtml", "b-c.txt"];
        foreach (var page in pages.Append("b/image.jpg"))
        {
            var path = Path.Combine(root, page);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, "text");
        }

        var resolved = InputResolver.Resolve([root]).ToList();

        Assert.All(resolved, item => Assert.Equal(InputItemKind.File, item.Kind));
        var expected = pages.Select(p => Path.Combine(root, p)).Order(StringComparer.Ordinal);
        Assert.Equal(expected, resolved.Select(i => i.Source));
    }
}
