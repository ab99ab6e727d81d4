using System.Text;
using Newsgraph.CaptureRenderer;
using Newsgraph.Sources;

// capture-renderer INPUT_DIR OUTPUT_DIR: renders every HTML page of INPUT_DIR (recursively) to a plain-text
// capture under OUTPUT_DIR with the same relative path and file name, so scorers can match them by name.
if (args.Length != 2 || !Directory.Exists(args[0]))
{
    Console.Error.WriteLine("usage: capture-renderer INPUT_DIR OUTPUT_DIR");
    return 2;
}

var (input, output) = (Path.GetFullPath(args[0]), Path.GetFullPath(args[1]));
int rendered = 0, failed = 0;
foreach (var path in Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
{
    if (!CaptureFiles.IsHtmlName(path)) continue;
    var target = Path.Combine(output, Path.GetRelativePath(input, path));
    try
    {
        var page = PageDecoder.Decode(new RawPage(path, File.ReadAllBytes(path)));
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.WriteAllText(target, PlainTextRenderer.Render(page.Content), new UTF8Encoding(false));
        rendered++;
    }
    catch (Exception e) when (e is InputException or IOException or UnauthorizedAccessException)
    {
        Console.Error.WriteLine($"capture-renderer: {path}: {(e is InputException ie ? ie.Reason : e.Message)}");
        failed++;
    }
}
Console.Error.WriteLine($"capture-renderer: {rendered} pages rendered to {output}, {failed} failed");
return failed == 0 ? 0 : 1;
