using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Newsgraph.Tests.Corpus;

/// <summary>
/// `newsgraph ingest` killed with SIGKILL in the middle of a run, then run again: the store ends complete,
/// with no duplicate and no half-written article; and a reader works while the ingest writes.
/// </summary>
public sealed class IngestCrashTests
{
    private const int Pages = 400;

    private static readonly string[] Towns = ["Merrow", "Sorrel", "Hallin", "Brackwater", "Dunmore", "Ostley", "Calder", "Fenwick"];
    private static readonly string[] People = ["Ilse Varga", "Tomas Kell", "Maren Osei", "Ada Brenn", "Oren Kalb", "Lio Marsh"];
    private static readonly string[] Subjects = ["the ferry timetable", "a new school roof", "the harbour wall", "bus fares", "the spring fair", "water meters"];

    private static string WritePages()
    {
        var dir = Directory.CreateTempSubdirectory("newsgraph-crash-").FullName;
        for (int i = 0; i < Pages; i++)
        {
            string town = Towns[i % Towns.Length], person = People[i % People.Length], subject = Subjects[i / 8 % Subjects.Length];
            var text = $"""
                {town} council votes on {subject}, item {i}

                Councillors in {town} voted {i % 7 + 3} to {i % 5 + 1} on Monday to approve a plan for {subject}, report number {i}.

                "This is what residents asked us for," said {person}, who chairs the committee, after a debate that lasted {i % 4 + 2} hours.

                Work is due to begin within {i % 11 + 2} weeks, and the council will publish costs for item {i} next month.
                """;
            File.WriteAllText(Path.Combine(dir, $"page-{i:D4}.txt"), text);
        }
        return dir;
    }

    private static Process Start(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "newsgraph.dll"));
        foreach (var a in args) info.ArgumentList.Add(a);
        return Process.Start(info)!;
    }

    private static long Count(string db, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandTimeout = 5; // waits this long for the writer's lock, as busy_timeout would
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar());
    }

    [Fact]
    public void A_killed_ingest_run_again_leaves_a_complete_store_without_duplicates()
    {
        var pages = WritePages();
        var db = Path.Combine(Directory.CreateTempSubdirectory("newsgraph-crash-db-").FullName, "crash.db");

        using (var first = Start("ingest", pages, "--db", db, "--jobs", "2"))
        {
            var clock = Stopwatch.StartNew();
            long stored = 0;
            while (clock.Elapsed < TimeSpan.FromSeconds(120) && !first.HasExited)
            {
                Thread.Sleep(50);
                if (!File.Exists(db)) continue;
                try { stored = Count(db, "SELECT count(*) FROM articles"); }
                catch (SqliteException) { continue; } // the schema is still being made
                if (stored > 0) break;
            }
            Assert.False(first.HasExited, "the first run ended before it could be killed: make the test corpus larger");

            // A reader while the ingest writes: the search command answers from the committed batches.
            using (var reader = Start("search", "council", "--db", db, "--format", "jsonl"))
            {
                var hits = reader.StandardOutput.ReadToEnd();
                reader.WaitForExit();
                Assert.True(reader.ExitCode == 0, reader.StandardError.ReadToEnd());
                Assert.NotEmpty(hits.Trim());
            }

            first.Kill(entireProcessTree: true); // SIGKILL: no chance to clean up
            first.WaitForExit();
            Assert.NotEqual(0, first.ExitCode);
        }
        long afterKill = Count(db, "SELECT count(*) FROM articles");
        Assert.InRange(afterKill, 1, Pages - 1);

        using (var second = Start("ingest", pages, "--db", db, "--jobs", "2"))
        {
            var err = second.StandardError.ReadToEnd();
            second.WaitForExit();
            Assert.True(second.ExitCode == 0, err);
        }
        Assert.Equal(Pages, Count(db, "SELECT count(*) FROM articles"));
        Assert.Equal(Pages, Count(db, "SELECT count(DISTINCT source) FROM articles"));
        Assert.Equal(Pages, Count(db, "SELECT count(*) FROM inputs"));
        // Every article came with its layers: written in the same transaction, or not at all.
        Assert.Equal(0, Count(db, "SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM entities e WHERE e.article_id = a.id)"));
        Assert.Equal(0, Count(db, "SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM lsh_bands b WHERE b.article_id = a.id)"));
        Assert.Equal(Pages, Count(db, "SELECT count(*) FROM articles_fts"));
    }
}
