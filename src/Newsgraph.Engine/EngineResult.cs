using System.Diagnostics.CodeAnalysis;
using Newsgraph.Core.Model;

namespace Newsgraph.Engine;

/// <summary>The outcome for one input of a batch: its document, or a one-line error that names it.</summary>
/// <param name="Source">The input as it was named (path, URL, "-").</param>
/// <param name="Document">The document, when the input went through.</param>
/// <param name="Error">"source: reason", when it did not.</param>
public sealed record EngineResult(string Source, ArticleDocument? Document, string? Error)
{
    [MemberNotNullWhen(true, nameof(Document))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Document is not null;
}
