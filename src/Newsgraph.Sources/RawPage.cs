namespace Newsgraph.Sources;

/// <summary>The bytes of one input as read, before decoding.</summary>
/// <param name="Source">The input as the user named it (path, URL, "-").</param>
/// <param name="Bytes">The content.</param>
/// <param name="ContentType">The HTTP Content-Type header, when fetched.</param>
/// <param name="Url">The final address after redirects, when fetched.</param>
public sealed record RawPage(string Source, byte[] Bytes, string? ContentType = null, string? Url = null);

/// <summary>A page as text, with the kind of content it holds.</summary>
public sealed record DecodedPage(string Source, string Content, PageKind Kind, string Encoding, string? Url);

public enum PageKind { Html, PlainText }

/// <summary>An input that cannot be read or used; the message names the problem in a few words.</summary>
public class InputException(string source, string reason) : Exception($"{source}: {reason}")
{
    public string Input { get; } = source;
    public string Reason { get; } = reason;
}
