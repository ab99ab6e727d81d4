using System.CommandLine;

namespace Newsgraph.Cli.Commands;

/// <summary>Every top-level command, in the order `--help` lists them.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> All()
    {
        yield return ArticleCommands.Extract();
        yield return ArticleCommands.Analyze();
        yield return CorpusCommands.Ingest();
        yield return CorpusCommands.Search();
        yield return CorpusCommands.Export();
        yield return CorpusCommands.Stats();
        yield return StoryCommands.Stories();
        yield return StoryCommands.Story();
        yield return EntityCommands.Entities();
        yield return QuoteCommands.Quotes();
        yield return ServeCommand.Create();
        yield return ScaleCommands.Queue();
        yield return ScaleCommands.Worker();
        yield return TrainCommand.Create();
        yield return BenchCommand.Create();
        yield return StoreBenchCommand.Create();
        yield return ServeBenchCommand.Create();
        yield return TimeEvalCommand.Create();
    }
}
