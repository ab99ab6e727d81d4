using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Newsgraph.Corpus;
using Newsgraph.Server;

namespace Newsgraph.Cli.Commands;

/// <summary>`serve`: the JSON API and the web pages over a store, until Ctrl+C.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var db = CorpusCommands.DbOption();
        var urls = new Option<string>("--urls")
        {
            Description = "Where to listen (semicolon-separated). Loopback by default; another address exposes the store to that network.",
            DefaultValueFactory = _ => "http://127.0.0.1:5080",
        };
        var command = new Command("serve", "Serves the store: web pages to search and read it, and a JSON API (/api, reference at /reference).") { db, urls };
        command.SetAction(async (parse, ct) =>
        {
            WebApplication app;
            try
            {
                app = await NewsServer.CreateAsync(new ServerOptions { Db = parse.GetValue(db), Urls = parse.GetValue(urls)! },
                    // The host's own start failure (a port in use) is reported below in one line, not as its stack trace.
                    logging => logging.SetMinimumLevel(LogLevel.Warning).AddFilter("Microsoft.Extensions.Hosting", LogLevel.None), ct);
            }
            catch (StoreException e)
            {
                return CliErrors.Fail(e.Message, 1);
            }
            await using (app)
            {
                try
                {
                    await app.StartAsync(ct);
                }
                catch (Exception e) when (e is IOException or InvalidOperationException or UriFormatException)
                {
                    return CliErrors.Fail($"{parse.GetValue(urls)}: cannot listen ({e.Message.Split('\n')[0].Trim()})", 1);
                }
                var addresses = NewsServer.Addresses(app);
                Console.Error.WriteLine($"newsgraph: serving {string.Join(", ", addresses.Select(a => a.ToString().TrimEnd('/')))} (Ctrl+C stops)");
                // The host's own console lifetime takes SIGTERM and Ctrl+C (and keeps the process alive for a graceful
                // stop), so its stopping token ends the wait as well as the command's.
                await app.WaitForShutdownAsync(ct);
            }
            return 0;
        });
        return command;
    }
}
