using System.Globalization;
using Newsgraph.Analysis.Lexicons;
using Newsgraph.Core.Model;

namespace Newsgraph.Analysis.Time;

/// <summary>Times of day: "10:35 a.m.", "9 a.m. EST Tuesday", "noon Saturday", "4 in the morning", "midnight",
/// "mid-afternoon yesterday".</summary>
internal static class ClockPatterns
{
    private static readonly HashSet<string> Zones = ResourceLoader.WordSet("time-zones", StringComparer.Ordinal);

    public static TimeCandidate? Clock(TokenView v, int i)
    {
        if (MidPartOfDay(v[i]) is { } part) return OnDay(v, i, i + 1, "T" + part);
        if (!ReadClock(v, i, out int hour, out int minute, out int end)) return null;
        if (v[end] is "local" && v[end + 1] == "time") end += 2;
        else if (Zones.Contains(v[end])) end++;
        return OnDay(v, i, end, string.Create(CultureInfo.InvariantCulture, $"T{hour:D2}:{minute:D2}"));
    }

    // "mid-afternoon", "mid-morning" name a part of the day
    private static string? MidPartOfDay(string w) =>
        w.StartsWith("mid-", StringComparison.Ordinal) && w[4..] is "afternoon" or "morning" or "evening" ? TimeLexicon.PartsOfDay[w[4..]] : null;

    /// <summary>A time of day, on the day named right after it ("9 a.m. Tuesday") or else on the narrative's day.</summary>
    private static TimeCandidate OnDay(TokenView v, int i, int end, string suffix)
    {
        var day = DayAfter(v, end);
        var meaning = day?.Meaning ?? new ShiftMeaning(TimeUnit.Day, 0, FromReference: true);
        return new TimeCandidate(i, day?.End ?? end, TimeType.TIME, meaning with { Suffix = suffix });
    }

    /// <summary>Reads "10:35 a.m.", "9 a.m.", "9 p.m", "4 o'clock", "4 in the morning", "noon", "midnight".</summary>
    private static bool ReadClock(TokenView v, int i, out int hour, out int minute, out int end)
    {
        hour = minute = 0;
        end = i + 1;
        if (v[i] is "noon" or "midday" or "midnight")
        {
            hour = v[i] == "midnight" ? 24 : 12;
            return true;
        }
        if (v.IntAt(i) is not { } h || h > 24 || v[i].Length > 2) return false;
        hour = h;
        if (v[i + 1] == ":" && v.Touches(i + 1) && v.Touches(i + 2) && v.IntAt(i + 2) is { } m && m < 60 && v[i + 2].Length == 2)
        {
            minute = m;
            end = i + 3;
        }
        string marker = v[end];
        if (marker is "a.m." or "a.m" or "am" or "p.m." or "p.m" or "pm")
        {
            if (marker[0] == 'p' && hour < 12) hour += 12;
            if (marker[0] == 'a' && hour == 12) hour = 0;
            end++;
            return hour <= 24;
        }
        if (marker == "o'clock") { end++; return hour <= 12; }
        if (marker == "in" && v[end + 1] == "the" && v[end + 2] is "morning" or "afternoon" or "evening")
        {
            if (v[end + 2] != "morning" && hour < 12) hour += 12;
            end += 3;
            return true;
        }
        return end == i + 3 && v[i + 1] == ":" && hour <= 24; // "14:30"
    }

    /// <summary>The day a clock time is given on: "Tuesday", "today", "on Nov. 9".</summary>
    private static TimeCandidate? DayAfter(TokenView v, int i)
    {
        int at = v[i] is "on" or "," ? i + 1 : i;
        if ((CalendarPatterns.Weekday(v, at) ?? RelativePatterns.Deictic(v, at)) is { } day) return day;
        return CalendarPatterns.MonthDate(v, at) is { Meaning: CalendarMeaning { Day: not null } } date ? date : null;
    }
}
