namespace Newsgraph.Cli.Commands;

/// <summary>A one-line progress bar on stderr, shown only when stderr is a terminal and the batch has
/// more than one page.</summary>
internal sealed class ProgressLine(int total) : IDisposable
{
    private readonly bool _enabled = total > 1 && !Console.IsErrorRedirected;
    private int _done;
    private long _lastDraw;

    public void Step(string current)
    {
        _done++;
        if (!_enabled) return;
        var now = Environment.TickCount64;
        if (now - _lastDraw < 100 && _done < total) return; // redraw at most ten times a second
        _lastDraw = now;
        const int width = 30;
        int filled = (int)((long)width * _done / total);
        var name = Path.GetFileName(current);
        if (name.Length > 40) name = name[..37] + "...";
        Console.Error.Write($"\r[{new string('#', filled)}{new string('.', width - filled)}] {_done}/{total} {name,-40}");
    }

    public static void Clear()
    {
        if (!Console.IsErrorRedirected) Console.Error.Write("\r" + new string(' ', 90) + "\r");
    }

    public void Done()
    {
        if (_enabled) Clear();
    }

    public void Dispose() { }
}
