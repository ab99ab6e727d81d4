using System.Diagnostics;
using Newsgraph.Engine;
using Newsgraph.Sources;

// Times Newsgraph's extractor against SmartReader on the same pages in the same process, one thread,
// after a warm-up pass, alternating rounds so that neither gains from running second. With --only TOOL it
// streams the pages from disk with one tool and reports that process's peak memory.
//
//   dotnet run -c Release --project bench/Newsgraph.Benchmarks -- DIR [--rounds N] [--only newsgraph|smartreader]

var arguments = args.ToList();
if (arguments.Count == 0 || arguments[0].StartsWith('-'))
{
    Console.Error.WriteLine("usage: Newsgraph.Benchmarks DIR [--rounds N] [--only newsgraph|smartreader]");
    return 2;
}
var directory = arguments[0];
int rounds = OptionValue("--rounds") is { } r ? int.Parse(r) : 3;
var only = OptionValue("--only");
var files = InputResolver.Resolve([directory]).Where(i => i.Kind == InputItemKind.File).Select(i => i.Source).ToList();
Console.WriteLine($"{files.Count} pages in {directory}; machine: {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}");

await using var engine = new NewsEngine();
var extractOnly = new EngineOptions { Analyze = false };
// Both tools start from the same bytes in memory and both pay for decoding them, so neither gains from
// the other's work.
var tools = new Dictionary<string, Func<RawPage, Task>>
{
    ["newsgraph"] = page => engine.ProcessAsync(InputItem.FromBytes(page.Source, page.Bytes), extractOnly),
    // The constructor that takes the text: ParseArticle(url, string) would fetch the URL instead.
    ["smartreader"] = page =>
    {
        new SmartReader.Reader("https://example.org/", PageDecoder.Decode(page).Content).GetArticle();
        return Task.CompletedTask;
    },
};

if (only is not null)
{
    if (!tools.TryGetValue(only, out var tool)) { Console.Error.WriteLine($"unknown tool {only}"); return 2; }
    var watch = Stopwatch.StartNew();
    foreach (var file in files) await RunSafely(tool, Load(file));
    watch.Stop();
    using var self = Process.GetCurrentProcess();
    Console.WriteLine($"{only}: {files.Count / watch.Elapsed.TotalSeconds:0.0} pages/s streaming from disk, peak memory {self.PeakWorkingSet64 / 1048576} MB");
    return 0;
}

var pages = files.Select(Load).ToList();
long bytes = pages.Sum(p => p.Bytes.LongLength);
foreach (var (name, tool) in tools) await Time(tool); // warm-up: JIT, caches, language models
var totals = tools.Keys.ToDictionary(k => k, _ => TimeSpan.Zero);
for (int round = 0; round < rounds; round++)
    foreach (var (name, tool) in round % 2 == 0 ? tools.ToList() : tools.Reverse().ToList())
        totals[name] += await Time(tool);
foreach (var (name, total) in totals)
    Console.WriteLine($"{name,-12} {pages.Count * rounds / total.TotalSeconds,8:0.0} pages/s  {bytes * rounds / 1048576.0 / total.TotalSeconds,7:0.0} MB/s (as read)  over {rounds} rounds");
Console.WriteLine($"speed ratio newsgraph/smartreader = {totals["smartreader"] / totals["newsgraph"]:0.00}");
return 0;

async Task<TimeSpan> Time(Func<RawPage, Task> tool)
{
    var watch = Stopwatch.StartNew();
    foreach (var page in pages) await RunSafely(tool, page);
    return watch.Elapsed;
}

async Task RunSafely(Func<RawPage, Task> tool, RawPage page)
{
    try { await tool(page); }
    catch (Exception e)
    {
        // A page one tool cannot handle still cost its time; say so once per kind of error.
        if (ReportedErrors.Add(e.GetType().Name)) Console.Error.WriteLine($"note: {e.GetType().Name}: {e.Message}");
    }
}

static RawPage Load(string file) => new(file, File.ReadAllBytes(file));

string? OptionValue(string name)
{
    int i = arguments.IndexOf(name);
    return i >= 0 && i + 1 < arguments.Count ? arguments[i + 1] : null;
}

internal static partial class Program
{
    private static readonly HashSet<string> ReportedErrors = [];
}
