using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Newsgraph.Core.Output;
using Newsgraph.Corpus.Quotes;

namespace Newsgraph.Cli.Commands;

/// <summary>`quotes`: the statements the stored articles quote, each followed from outlet to outlet.</summary>
internal static class QuoteCommands
{
    // The store hands trails out a page at a time; the command lists them all.
    private const int PageSize = 500;

    public static Command Quotes()
    {
        var db = CorpusCommands.DbOption();
        var speaker = new Option<string?>("--speaker") { Description = "Only quotes an outlet attributes to a speaker whose name contains this." };
        var story = new Option<long?>("--story") { Description = "Only quotes carried by an article of this story (its id, as `stories` shows it)." };
        var text = new Option<string?>("--text") { Description = "Only quotes containing these words (case, quotation marks and punctuation aside)." };
        var rebuild = new Option<bool>("--rebuild") { Description = "Follow the quotes of every stored article again first, in publication order." };
        var format = CorpusOutput.FormatOption();
        var command = new Command("quotes", "The quotes the stored articles carry: each statement once, with every outlet that quoted it, who had it first and who they say said it.")
            { db, speaker, story, text, rebuild, format };
        command.SetAction(async (parse, ct) =>
        {
            var query = new QuoteQuery(parse.GetValue(speaker), parse.GetValue(story), parse.GetValue(text));
            if (query.Speaker is { } s && string.IsNullOrWhiteSpace(s)) return CliErrors.Fail("--speaker takes part of a name");
            if (query.Text is { } words && QuoteWords.Of(words).Words.Count == 0) return CliErrors.Fail($"--text {words}: has no words to look for");
            return await CorpusCommands.Run(parse.GetValue(db), async store =>
            {
                if (parse.GetValue(rebuild)) await store.RebuildQuoteTrailsAsync(ct);
                var trails = new List<QuoteTrail>();
                for (int offset = 0; ; offset += PageSize)
                {
                    var page = await store.QuoteTrailsAsync(query with { Limit = PageSize, Offset = offset }, ct);
                    trails.AddRange(page.Trails);
                    if (page.Trails.Count < PageSize) break;
                }
                CorpusOutput.WriteList(Console.Out, trails, parse.GetValue(format) ?? "json", WriteTrail, WriteText);
                return 0;
            }, ct);
        });
        return command;
    }

    private static void WriteTrail(Utf8JsonWriter json, QuoteTrail trail)
    {
        json.WriteStartObject();
        json.WriteNumber("id", trail.Id);
        json.WriteString("text", trail.Text);
        json.WriteStartObject("speaker");
        json.WriteString("name", trail.Speaker?.Name);
        WriteNumberOrNull(json, "entity", trail.Speaker?.Entity);
        json.WriteEndObject();
        json.WriteObjectArray("speakers", trail.Speakers, s =>
        {
            json.WriteString("name", s.Name);
            WriteNumberOrNull(json, "entity", s.Entity);
            json.WriteNumber("appearances", s.Appearances);
        });
        json.WriteBoolean("conflict", trail.Conflict);
        json.WriteObjectArray("appearances", trail.Appearances, a =>
        {
            json.WriteNumber("article", a.Article);
            json.WriteString("source", a.Source);
            json.WriteString("url", a.Url);
            json.WriteString("publisher", a.Publisher);
            json.WriteString("published", a.Published);
            json.WriteString("text", a.Text);
            json.WriteString("speaker", a.Speaker);
            WriteNumberOrNull(json, "speaker_entity", a.SpeakerEntity);
        });
        json.WriteString("first_seen", trail.FirstSeen);
        WriteNumberOrNull(json, "part_of", trail.PartOf);
        json.WriteEndObject();
    }

    private static void WriteNumberOrNull(Utf8JsonWriter json, string name, long? value)
    {
        if (value is { } number) json.WriteNumber(name, number);
        else json.WriteNull(name);
    }

    private static void WriteText(TextWriter output, QuoteTrail trail)
    {
        output.WriteLine($"quote {trail.Id}: \u201c{trail.Text}\u201d");
        var speaker = trail.Conflict
            ? "speakers differ: " + string.Join(" / ", trail.Speakers.Select(s => $"{s.Name} ({s.Appearances})"))
            : trail.Speaker?.Name ?? "speaker not named";
        var partOf = trail.PartOf is { } full ? $"; excerpt of quote {full.ToString(CultureInfo.InvariantCulture)}" : "";
        output.WriteLine($"  {speaker}; first seen {trail.FirstSeen ?? "?"}; {trail.Appearances.Count} appearance{(trail.Appearances.Count == 1 ? "" : "s")}{partOf}");
        foreach (var a in trail.Appearances)
            output.WriteLine($"  - {a.Publisher ?? "?"}, {a.Published ?? "undated"}: \u201c{a.Text}\u201d {a.Url ?? a.Source}");
        output.WriteLine();
    }
}
