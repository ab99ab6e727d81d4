using Newsgraph.Core.Output;
using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Newsgraph.Corpus.Stories;

namespace Newsgraph.Cli.Commands;

/// <summary>`stories` and `story`: the stories the store has clustered its articles into.</summary>
internal static class StoryCommands
{
    public static Command Stories()
    {
        var db = CorpusCommands.DbOption();
        var since = new Option<string?>("--since") { Description = "Only stories seen on or after this day (YYYY-MM-DD)." };
        var rebuild = new Option<bool>("--rebuild") { Description = "Cluster every stored article again first, in publication order." };
        var format = CorpusOutput.FormatOption();
        var command = new Command("stories", "The stories the stored articles tell: each happening once, with its articles, entities and timeline.")
            { db, since, rebuild, format };
        command.SetAction(async (parse, ct) =>
        {
            if (!CorpusCommands.TryDate(parse.GetValue(since), "--since", out var sinceDate, out var error)) return error;
            return await CorpusCommands.Run(parse.GetValue(db), async store =>
            {
                if (parse.GetValue(rebuild)) await store.RebuildStoriesAsync(ct);
                var stories = new List<Story>();
                await foreach (var story in store.StoriesAsync(sinceDate?.Date, ct: ct)) stories.Add(story);
                Write(Console.Out, stories, parse.GetValue(format) ?? "json", single: false);
                return 0;
            }, ct);
        });
        return command;
    }

    public static Command Story()
    {
        var id = new Argument<long>("id") { Description = "The story's id, as `stories` shows it." };
        var db = CorpusCommands.DbOption();
        var format = CorpusOutput.FormatOption();
        var command = new Command("story", "One story: its articles, outlets, key entities and merged timeline.") { id, db, format };
        command.SetAction(async (parse, ct) => await CorpusCommands.Run(parse.GetValue(db), async store =>
        {
            var story = await store.StoryAsync(parse.GetValue(id), ct);
            if (story is null) return CliErrors.Fail($"no story {parse.GetValue(id)} in {store.Description}", 1);
            Write(Console.Out, [story], parse.GetValue(format) ?? "json", single: true);
            return 0;
        }, ct));
        return command;
    }

    private static void Write(TextWriter output, IReadOnlyList<Story> stories, string format, bool single) =>
        CorpusOutput.WriteList(output, stories, format, WriteStory, WriteText, single);

    private static void WriteStory(Utf8JsonWriter json, Story story)
    {
        json.WriteStartObject();
        json.WriteNumber("id", story.Id);
        json.WriteString("title", story.Title);
        json.WriteString("first_seen", story.FirstSeen);
        json.WriteString("last_seen", story.LastSeen);
        json.WriteStringArray("outlets", story.Outlets);
        json.WriteObjectArray("articles", story.Articles, a =>
        {
            json.WriteNumber("id", a.Id);
            json.WriteString("source", a.Source);
            json.WriteString("url", a.Url);
            json.WriteString("title", a.Title);
            json.WriteString("publisher", a.Publisher);
            json.WriteString("published", a.Published);
            if (a.CopyOf is { } original) json.WriteNumber("copy_of", original);
            else json.WriteNull("copy_of");
        });
        json.WriteObjectArray("entities", story.Entities, e =>
        {
            json.WriteString("name", e.Name);
            json.WriteString("type", e.Type);
            json.WriteNumber("articles", e.Articles);
        });
        json.WriteObjectArray("events", story.Events, e =>
        {
            json.WriteString("date", e.Date);
            json.WriteString("text", e.Text);
            json.WriteStringArray("participants", e.Participants);
            json.WriteNumberArray("articles", e.Articles);
        });
        json.WriteEndObject();
    }

    private static void WriteText(TextWriter output, Story story)
    {
        output.WriteLine($"story {story.Id}: {story.Title ?? "(untitled)"}");
        output.WriteLine($"  {story.FirstSeen ?? "?"} to {story.LastSeen ?? "?"}; {story.Articles.Count} articles from {story.Outlets.Count} outlets");
        if (story.Entities.Count > 0) output.WriteLine($"  about: {string.Join(", ", story.Entities.Take(8).Select(e => e.Name))}");
        foreach (var a in story.Articles)
            output.WriteLine($"  - {a.Title ?? "(untitled)"} — {a.Publisher ?? "?"}, {a.Published ?? "undated"}{(a.CopyOf is { } o ? $" (copy of {o.ToString(CultureInfo.InvariantCulture)})" : "")}: {a.Url ?? a.Source}");
        foreach (var e in story.Events)
            output.WriteLine($"  {e.Date}: {e.Text} [{e.Articles.Count} article{(e.Articles.Count == 1 ? "" : "s")}]");
        output.WriteLine();
    }
}
