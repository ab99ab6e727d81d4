namespace Newsgraph.Core.Output;

public enum OutputFormat { Json, Jsonl, Text, Markdown }
