using System.Runtime.CompilerServices;

// The HTML extractor's parts (date, author, language helpers) are tested directly.
[assembly: InternalsVisibleTo("Newsgraph.Tests")]
