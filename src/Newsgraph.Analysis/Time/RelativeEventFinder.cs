using System.Globalization;
using System.Text.RegularExpressions;
using Newsgraph.Core.Model;

namespace Newsgraph.Analysis.Time;

/// <summary>
/// Dates a happening told relative to another: in "a call on January 9, six days after an air strike
/// killed …", the strike is on January 3. The offset is a duration followed by "after"/"before", the
/// anchor the dated expression of the same sentence.
/// </summary>
internal static partial class RelativeEventFinder
{
    [GeneratedRegex(@"^P([0-9]{1,3})([DWMY])$")]
    private static partial Regex Offset();

    public record struct Found(string Date, TextSpan Clause);

    public static IEnumerable<Found> Find(string text, TimeExpression duration, TextSpan sentence, IEnumerable<TimeExpression> sentenceTimes)
    {
        var m = Offset().Match(duration.Value.Text);
        if (duration.Type != TimeType.DURATION || !m.Success) yield break;
        var rest = text.AsSpan(duration.At.End);
        int sign = rest.StartsWith(" after ") ? 1 : rest.StartsWith(" before ") ? -1 : 0;
        if (sign == 0) yield break;
        var anchor = sentenceTimes.FirstOrDefault(t => t.Type == TimeType.DATE && t.Value.Day is not null && t.At.End <= duration.At.Start);
        if (anchor is null || anchor.Value.Day is not { } day) yield break;
        int n = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        // "six days after X" dates X six days before the anchor; "a week before X", a week after it
        var date = m.Groups[2].Value switch
        {
            "D" => day.AddDays(-sign * n),
            "W" => day.AddDays(-sign * 7 * n),
            "M" => day.AddMonths(-sign * n),
            _ => day.AddYears(-sign * n),
        };
        int clauseStart = duration.At.End + (sign > 0 ? " after ".Length : " before ".Length);
        var clause = ClauseFinder.Following(text, clauseStart, sentence);
        if (clause.Length > 0) yield return new Found(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), clause);
    }
}
