namespace Newsgraph.Cli.Commands;

/// <summary>The one-line error form every command uses: "newsgraph: what: why".</summary>
internal static class CliErrors
{
    /// <summary>Prints the message and returns the exit code (2: the command was used wrongly).</summary>
    public static int Fail(string message, int exitCode = 2)
    {
        Console.Error.WriteLine($"newsgraph: {message}");
        return exitCode;
    }
}
