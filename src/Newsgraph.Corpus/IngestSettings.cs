using Newsgraph.Core.Model;
using Newsgraph.Engine;
using Newsgraph.Extraction;
using Newsgraph.Sources;
using Newsgraph.Sources.Fetching;

namespace Newsgraph.Corpus;

/// <summary>The options of `ingest` as the user gave them: `ingest` applies them, and a queued work item carries
/// them to whichever worker takes it, which applies them the same way.</summary>
public sealed record IngestSettings
{
    /// <summary>Publication date (ISO 8601) for pages that state none.</summary>
    public string? Published { get; init; }

    /// <summary>Each input is already an article body.</summary>
    public bool Verbatim { get; init; }

    /// <summary>Feed and sitemap entries dated before this (ISO 8601) are left out.</summary>
    public string? Since { get; init; }

    /// <summary>Seconds between requests to one host.</summary>
    public double? Delay { get; init; }

    /// <summary>How each page is read and analysed; a date that is not ISO 8601 throws <see cref="FormatException"/>.</summary>
    public EngineOptions EngineOptions() =>
        new() { Extraction = new ExtractionOptions { Published = Date(Published, "published"), Verbatim = Verbatim } };

    /// <summary>The start of the <see cref="Since"/> day, UTC.</summary>
    public DateTimeOffset? SinceTime() =>
        Date(Since, "since") is { } day ? new DateTimeOffset(day.Date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;

    public ReaderOptions ReaderOptions() => new()
    {
        Politeness = Delay is { } seconds ? new PolitenessOptions { Delay = TimeSpan.FromSeconds(seconds) } : new PolitenessOptions(),
    };

    private static PublicationDate? Date(string? text, string name) =>
        text is null ? null
        : PublicationDate.TryParse(text, out var date) ? date
        : throw new FormatException($"{name} date \"{text}\" is not ISO 8601");
}
