using System.Diagnostics;
using System.Text.Json;

namespace Newsgraph.Tests.Cli;

/// <summary>Runs the built `newsgraph` CLI as a process, as a user would.</summary>
public sealed class CliTests
{
    private static (int Code, string Out, string Err) RunWithInput(string stdin, params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "newsgraph.dll");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        info.ArgumentList.Add(dll);
        foreach (var a in args) info.ArgumentList.Add(a);
        using var p = Process.Start(info)!;
        p.StandardInput.Write(stdin);
        p.StandardInput.Close();
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        p.WaitForExit();
        return (p.ExitCode, stdout.Result, stderr.Result);
    }

    private static (int Code, string Out, string Err) Run(params string[] args) => RunWithInput("", args);

    private static string TempFile(string name, byte[] content)
    {
        var dir = Directory.CreateTempSubdirectory("newsgraph-cli-").FullName;
        var path = Path.Combine(dir, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    [Fact]
    public void A_missing_file_gives_one_line_naming_it_and_a_nonzero_exit()
    {
        var (code, stdout, stderr) = Run("extract", "/no/such/page.html");
        Assert.NotEqual(0, code);
        Assert.Equal("", stdout);
        Assert.Equal("newsgraph: /no/such/page.html: no such file or directory", stderr.Trim());
    }

    [Fact]
    public void A_batch_reports_each_failure_by_name_and_still_processes_the_rest()
    {
        var good = Fixtures.Path("cli-sample.html");
        var binary = TempFile("garbage.html", Enumerable.Range(0, 3000).Select(i => (byte)(i * 7919 % 256)).ToArray());
        var empty = TempFile("empty.txt", []);
        var (code, stdout, stderr) = Run("extract", binary, good, empty);
        Assert.Equal(1, code);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.Equal(good, JsonDocument.Parse(lines[0]).RootElement.GetProperty("source").GetString());
        Assert.Contains($"{binary}: binary content", stderr);
        Assert.Contains($"{empty}: empty input", stderr);
        Assert.Contains("1 of 3 pages done, 2 failed", stderr);
        Assert.DoesNotContain("   at ", stderr); // no stack trace
    }

    [Fact]
    public void One_input_prints_one_json_object_with_the_contract_fields()
    {
        var (code, stdout, _) = Run("extract", Fixtures.Path("cli-sample.html"), "--published", "2024-02-05");
        Assert.Equal(0, code);
        var root = JsonDocument.Parse(stdout).RootElement;
        foreach (var field in new[] { "source", "title", "authors", "published", "publisher", "language", "credits", "text" })
            Assert.True(root.TryGetProperty(field, out _), $"missing {field}");
        Assert.Equal("2024-02-05", root.GetProperty("published").GetString());
        Assert.Equal("en", root.GetProperty("language").GetString());
        Assert.Contains("resumed its regular timetable", root.GetProperty("text").GetString());
    }

    [Fact]
    public void Verbatim_keeps_the_input_exactly_and_reads_standard_input()
    {
        const string body = "  First paragraph, \"quoted\".\r\n\r\nSecond\tparagraph \u2014 with odd spacing.  \n";
        var (code, stdout, _) = RunWithInput(body, "analyze", "--verbatim", "-");
        Assert.Equal(0, code);
        var root = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal(body, root.GetProperty("text").GetString());
        Assert.Equal("-", root.GetProperty("source").GetString());
    }

    [Fact]
    public void Output_goes_to_the_named_file_in_the_chosen_format()
    {
        var output = Path.Combine(Directory.CreateTempSubdirectory("newsgraph-out-").FullName, "article.md");
        var (code, stdout, _) = Run("extract", Fixtures.Path("cli-sample.html"), "--format", "markdown", "--output", output);
        Assert.Equal(0, code);
        Assert.Equal("", stdout);
        Assert.StartsWith("# ", File.ReadAllText(output));
    }

    [Theory]
    [InlineData("ftp://example.org/page.html", "only http and https URLs can be fetched")]
    [InlineData("http://127.0.0.1:9/page.html", "127.0.0.1:9/page.html: ")]
    public void Urls_that_cannot_be_fetched_fail_with_a_reason(string url, string expected)
    {
        var (code, _, stderr) = Run("extract", url);
        Assert.NotEqual(0, code);
        Assert.Contains(expected, stderr);
        Assert.Single(stderr.Trim().Split('\n'));
    }

    [Fact]
    public void A_bad_published_date_is_refused()
    {
        var (code, _, stderr) = Run("extract", Fixtures.Path("cli-sample.html"), "--published", "last spring");
        Assert.Equal(2, code);
        Assert.Contains("--published last spring: not an ISO 8601 date", stderr);
    }

    [Fact]
    public void Quotes_lists_each_statement_once_with_its_appearances_as_json_lines()
    {
        var db = Path.Combine(Directory.CreateTempSubdirectory("newsgraph-cli-").FullName, "corpus.db");
        var (code, _, stderr) = Run("ingest", Fixtures.Path("quote-trail"), "--db", db);
        Assert.True(code == 0, stderr);

        (code, var stdout, stderr) = Run("quotes", "--db", db, "--speaker", "okafor", "--format", "jsonl");
        Assert.True(code == 0, stderr);
        var quote = JsonDocument.Parse(Assert.Single(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries))).RootElement;
        Assert.StartsWith("We will not let a single household", quote.GetProperty("text").GetString());
        Assert.Equal("Ana Rivera", quote.GetProperty("speaker").GetProperty("name").GetString());
        Assert.True(quote.GetProperty("conflict").GetBoolean());
        Assert.Equal(2, quote.GetProperty("speakers").GetArrayLength());
        var appearances = quote.GetProperty("appearances").EnumerateArray().ToList();
        Assert.Equal(4, appearances.Count);
        Assert.All(appearances, a => Assert.True(File.Exists(a.GetProperty("source").GetString())));
        Assert.Equal("Alder Gazette", appearances[0].GetProperty("publisher").GetString());
        Assert.Equal("2031-05-12T07:00:00Z", quote.GetProperty("first_seen").GetString());
        Assert.Equal(JsonValueKind.Null, quote.GetProperty("part_of").ValueKind);

        (code, stdout, _) = Run("quotes", "--db", db, "--text", "whatever the cost", "--rebuild", "--format", "text");
        Assert.Equal(0, code);
        Assert.Contains("speakers differ: Ana Rivera (3) / Joel Okafor (1)", stdout);
        Assert.Contains("excerpt of quote", stdout);

        (code, stdout, stderr) = Run("quotes", "--db", db, "--text", "\u2026 --");
        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.Equal("newsgraph: --text \u2026 --: has no words to look for", stderr.Trim());
    }

    [Fact]
    public void Serve_on_a_port_in_use_says_so_in_one_line()
    {
        using var taken = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        taken.Start();
        int port = ((System.Net.IPEndPoint)taken.LocalEndpoint).Port;
        var db = Path.Combine(Directory.CreateTempSubdirectory("newsgraph-cli-").FullName, "s.db");
        var (code, _, err) = Run("serve", "--db", db, "--urls", $"http://127.0.0.1:{port}");
        Assert.Equal(1, code);
        var line = Assert.Single(err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"newsgraph: http://127.0.0.1:{port}: cannot listen", line);
    }

    [Fact]
    public void Queue_commands_without_a_reachable_nats_server_say_so_in_one_line()
    {
        int port;
        using (var closed = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0))
        {
            closed.Start();
            port = ((System.Net.IPEndPoint)closed.LocalEndpoint).Port;
        }
        var url = $"nats://127.0.0.1:{port}";
        var page = TempFile("page.html", "<html><body><p>Harbour news.</p></body></html>"u8.ToArray());
        var db = Path.Combine(Directory.CreateTempSubdirectory("newsgraph-cli-").FullName, "w.db");
        foreach (var args in new[] { new[] { "queue", page, "--nats", url }, ["queue", "status", "--nats", url], ["worker", "--nats", url, "--db", db] })
        {
            var (code, stdout, stderr) = Run(args);
            Assert.Equal(1, code);
            Assert.Equal("", stdout);
            var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.StartsWith($"newsgraph: NATS {url}: cannot connect", line);
        }
        var missing = Run("queue", "/no/such/archive.warc.gz", "--nats", url);
        Assert.Equal((1, "newsgraph: /no/such/archive.warc.gz: no such file or directory"), (missing.Code, missing.Err.Trim()));
    }
}
