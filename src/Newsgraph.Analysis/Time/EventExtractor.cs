using Newsgraph.Core.Model;

namespace Newsgraph.Analysis.Time;

/// <summary>
/// Builds the timeline: every clause that reports a happening at a calendar date (not a duration, a set
/// or a vague reference; not a date that describes a thing, see <see cref="HappeningFilter"/>) becomes an
/// event with that date, the entities mentioned in it and the quotes of its sentence. A range ("between
/// 1982 and 1992") is one event at its start. Events come out in date order, then text order.
/// </summary>
public static class EventExtractor
{
    public static List<NewsEvent> Extract(ArticleDocument document)
    {
        var times = document.Times ?? [];
        var sentences = (document.Sentences ?? []).Select(s => s.Span).ToList();
        var quoted = document.Quotes is { } qs ? qs.Where(q => q.Kind != QuoteKind.Indirect).Select(q => q.Content.Span).ToList() : ClauseFinder.QuotedRegions(document);
        var events = new List<(DateOnly Key, DatedClause Event, TextSpan Sentence)>();
        var seen = new HashSet<(string, int, int)>();
        foreach (var time in times)
        {
            if (SentenceOf(sentences, time.At.Span) is not { } sentence) continue;
            foreach (var related in RelativeEventFinder.Find(document.Text, time, sentence, times.Where(t => sentence.Contains(t.At.Start))))
                Add(events, seen, document, new TimexValue(related.Date), related.Clause, sentence);
            if (!DatesHappening(document.Text, time)) continue;
            var dated = times.Where(t => sentence.Contains(t.At.Start) && DatesHappening(document.Text, t)).ToList();
            int at = dated.IndexOf(time);
            if (at > 0 && HappeningFilter.Continues(document.Text, dated[at - 1], time)) continue;
            int last = at;
            while (last + 1 < dated.Count && HappeningFilter.Continues(document.Text, dated[last], dated[last + 1])) last++;
            var range = new TextSpan(time.At.Start, dated[last].At.End);
            var others = dated.Where((t, k) => k < at || k > last).Select(t => t.At.Span);
            var clause = ClauseFinder.Find(document.Text, sentence, range, quoted, others);
            if (HappeningFilter.SaysWhatHappened(document.Text, clause, dated)) Add(events, seen, document, time.Value, clause, sentence);
        }
        if (document.Quotes is { } quotes) LinkQuotes(events, quotes);
        return events.OrderBy(e => e.Key).ThenBy(e => e.Event.Clause.Start)
            .Select((e, i) => new NewsEvent
            {
                Id = new Id<NewsEvent>(i + 1), Date = e.Event.Date, Clause = e.Event.Clause,
                Participants = e.Event.Participants, Quotes = e.Event.Quotes,
            }).ToList();
    }

    private static bool DatesHappening(string text, TimeExpression time) =>
        time.Type is TimeType.DATE or TimeType.TIME && time.Value.Start is not null && !HappeningFilter.DatesNoHappening(text, time);

    /// <summary>An event while the timeline is built: ids are given once the events are in date order.</summary>
    private sealed record DatedClause(TimexValue Date, AnchoredText Clause)
    {
        public List<Id<Entity>> Participants { get; } = [];
        public List<Id<Quote>> Quotes { get; } = [];
    }

    private static void Add(List<(DateOnly, DatedClause, TextSpan)> events, HashSet<(string, int, int)> seen, ArticleDocument document, TimexValue date, TextSpan clause, TextSpan sentence)
    {
        if (clause.Length == 0 || date.Start is not { } key || !seen.Add((date.Text, clause.Start, clause.End))) return;
        var ev = new DatedClause(date, AnchoredText.Of(document.Text, clause));
        AddParticipants(ev, clause, document.Entities);
        events.Add((key, ev, sentence));
    }

    private static TextSpan? SentenceOf(IReadOnlyList<TextSpan> sentences, TextSpan span)
    {
        foreach (var s in sentences)
            if (s.Start <= span.Start && span.Start < s.End) return s;
        return null;
    }

    private static void AddParticipants(DatedClause ev, TextSpan clause, List<Entity>? entities)
    {
        if (entities is null) return;
        foreach (var e in entities)
            if (e.Mentions.Any(m => clause.Start <= m.At.Start && m.At.End <= clause.End)) ev.Participants.Add(e.Id);
    }

    /// <summary>
    /// A quote was made at the event of its sentence (its text, cue or speaker lies there); where the
    /// sentence dates several happenings, at the one whose clause holds the quote's cue. A quote with no
    /// dated happening in its sentence continues its speaker's previous quote ("…," the statement added)
    /// and was made at the same moment.
    /// </summary>
    private static void LinkQuotes(List<(DateOnly Key, DatedClause Event, TextSpan Sentence)> events, List<Quote> quotes)
    {
        var lastBySpeaker = new Dictionary<string, List<DatedClause>>();
        foreach (var q in quotes)
        {
            var candidates = events.Where(e => InSentence(q, e.Sentence)).Select(e => e.Event).ToList();
            var byCue = candidates.Where(e => q.Cue is { } cue && e.Clause.Start <= cue.Start && cue.End <= e.Clause.End).ToList();
            var at = byCue.Count > 0 ? byCue : candidates;
            var speaker = SpeakerKey(q);
            if (at.Count == 0 && speaker is not null && lastBySpeaker.TryGetValue(speaker, out var previous)) at = previous;
            foreach (var ev in at) ev.Quotes.Add(q.Id);
            if (speaker is not null) lastBySpeaker[speaker] = at;
        }
    }

    // the resolved entity, or the speaker's words when no entity layer resolved it
    private static string? SpeakerKey(Quote q) => q.Speaker is { } sp ? sp.Entity?.ToString() ?? sp.At.Text.ToLowerInvariant() : null;

    private static bool InSentence(Quote q, TextSpan sentence) =>
        q.Content.Span.Overlaps(sentence)
        || q.Cue is { } cue && sentence.Contains(cue.Start)
        || q.Speaker is { } sp && sentence.Contains(sp.At.Start);
}
