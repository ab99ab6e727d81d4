using Newsgraph.Core.Model;
using Newsgraph.Core.Output;
using System.CommandLine;
using System.Text.Json;
using Newsgraph.Corpus.Entities;

namespace Newsgraph.Cli.Commands;

/// <summary>`entities`: the people, organisations and places the store has resolved across its articles.</summary>
internal static class EntityCommands
{
    public static Command Entities()
    {
        var db = CorpusCommands.DbOption();
        var name = new Option<string?>("--name") { Description = "Only entities whose name or an alias contains this text (any case)." };
        var type = new Option<string?>("--type") { Description = $"Only entities of this type ({string.Join(", ", Enum.GetNames<EntityType>())})." };
        var rebuild = new Option<bool>("--rebuild") { Description = "Resolve the entities of every stored article again first, in publication order." };
        var format = CorpusOutput.FormatOption();
        var command = new Command("entities", "The people, organisations and places named across the stored articles: each once, with its names, roles, articles and stories.")
            { db, name, type, rebuild, format };
        command.SetAction(async (parse, ct) =>
        {
            var typeText = parse.GetValue(type);
            if (typeText is not null && !Enum.TryParse<EntityType>(typeText, ignoreCase: true, out _))
                return CliErrors.Fail($"--type {typeText}: not an entity type (one of {string.Join(", ", Enum.GetNames<EntityType>())})");
            return await CorpusCommands.Run(parse.GetValue(db), async store =>
            {
                if (parse.GetValue(rebuild)) await store.RebuildEntitiesAsync(ct);
                var entities = new List<AcrossEntity>();
                await foreach (var entity in store.EntitiesAsync(new EntityQuery { Name = parse.GetValue(name), Type = typeText }, ct)) entities.Add(entity);
                CorpusOutput.WriteList(Console.Out, entities, parse.GetValue(format) ?? "json", WriteEntity, WriteText);
                return 0;
            }, ct);
        });
        return command;
    }

    private static void WriteEntity(Utf8JsonWriter json, AcrossEntity entity)
    {
        json.WriteStartObject();
        json.WriteNumber("id", entity.Id);
        json.WriteString("name", entity.Name);
        json.WriteString("type", entity.Type);
        json.WriteStringArray("aliases", entity.Aliases);
        json.WriteObjectArray("roles", entity.Roles, role =>
        {
            json.WriteString("role", role.Role);
            json.WriteString("as_of", role.AsOf);
        });
        json.WriteObjectArray("articles", entity.Articles, article =>
        {
            json.WriteNumber("id", article.Id);
            json.WriteString("source", article.Source);
        });
        json.WriteNumberArray("stories", entity.Stories);
        json.WriteNumber("mention_count", entity.MentionCount);
        json.WriteObjectArray("mentions", entity.Mentions, mention =>
        {
            json.WriteString("source", mention.Source);
            json.WriteString("text", mention.Text);
        });
        json.WriteEndObject();
    }

    private static void WriteText(TextWriter output, AcrossEntity entity)
    {
        output.WriteLine($"entity {entity.Id}: {entity.Name} ({entity.Type}); {entity.Articles.Count} article{(entity.Articles.Count == 1 ? "" : "s")}, {entity.MentionCount} mentions");
        if (entity.Aliases.Count > 0) output.WriteLine($"  also: {string.Join(", ", entity.Aliases)}");
        foreach (var role in entity.Roles) output.WriteLine($"  {role.Role}{(role.AsOf is null ? "" : $" (as of {role.AsOf})")}");
        if (entity.Stories.Count > 0) output.WriteLine($"  stories: {string.Join(", ", entity.Stories)}");
        output.WriteLine();
    }
}
