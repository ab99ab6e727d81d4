using System.CommandLine;
using Newsgraph.Cli.Commands;

var root = new RootCommand("Newsgraph: who said what, when, about whom, and according to whom, from news pages.");
foreach (var command in CommandCatalog.All()) root.Subcommands.Add(command);
return await root.Parse(args).InvokeAsync();
