namespace Newsgraph.Corpus;

/// <summary>A store that cannot be opened or used; the message names the store and the reason.</summary>
public sealed class StoreException(string message, Exception? inner = null) : Exception(message, inner);
