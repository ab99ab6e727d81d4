using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Newsgraph.Tests.Scale;

/// <summary>
/// A real nats-server with JetStream on 127.0.0.1 for one test, its storage in a temporary folder: Debian's
/// nats-server package (or the binary NEWSGRAPH_NATS_SERVER names). Tests skip with a message without it.
/// </summary>
public sealed class NatsServer : IDisposable
{
    private readonly Process _process;
    private readonly string _folder;

    public string Url { get; }

    private NatsServer(Process process, string folder, string url) => (_process, _folder, Url) = (process, folder, url);

    public static string? Binary()
    {
        var named = Environment.GetEnvironmentVariable("NEWSGRAPH_NATS_SERVER");
        if (named is not null) return File.Exists(named) ? named : null;
        return (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(d => Path.Combine(d, "nats-server")).FirstOrDefault(File.Exists);
    }

    public static NatsServer Start()
    {
        var binary = Binary();
        Skip.If(binary is null, "nats-server not found (Debian package nats-server, or NEWSGRAPH_NATS_SERVER): NATS queue test skipped");
        var folder = Directory.CreateTempSubdirectory("newsgraph-nats-").FullName;
        int port = FreePort();
        var info = new ProcessStartInfo(binary!) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in new[] { "-js", "-a", "127.0.0.1", "-p", port.ToString(), "-sd", Path.Combine(folder, "js") }) info.ArgumentList.Add(a);
        var process = Process.Start(info)!;
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        var server = new NatsServer(process, folder, $"nats://127.0.0.1:{port}");
        var until = DateTime.UtcNow.AddSeconds(10);
        while (!Accepts(port))
        {
            if (process.HasExited || DateTime.UtcNow > until)
            {
                server.Dispose();
                throw new InvalidOperationException($"nats-server did not start on 127.0.0.1:{port}");
            }
            Thread.Sleep(50);
        }
        return server;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static bool Accepts(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    public void Dispose()
    {
        try { if (!_process.HasExited) _process.Kill(entireProcessTree: true); _process.WaitForExit(5000); }
        catch (InvalidOperationException) { }
        _process.Dispose();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
