namespace Newsgraph.Analysis.Time;

/// <summary>Calendar and clock units that time expressions count in, coarsest last.</summary>
public enum TimeUnit { Second, Minute, Hour, Day, Weekend, Week, Month, Quarter, Half, Season, Year, Decade, Century }

/// <summary>How TIMEX3 writes durations and granularities of each unit.</summary>
internal static class TimeUnits
{
    /// <summary>TIMEX3 duration value: P3Y, P2Q, PT5H, PXD when the count is unknown.</summary>
    public static string Duration(TimeUnit unit, int? count)
    {
        string n = count?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "X";
        return unit switch
        {
            TimeUnit.Second => $"PT{n}S",
            TimeUnit.Minute => $"PT{n}M",
            TimeUnit.Hour => $"PT{n}H",
            TimeUnit.Day => $"P{n}D",
            TimeUnit.Weekend => count is null ? "PXD" : $"P{2 * count}D",
            TimeUnit.Week => $"P{n}W",
            TimeUnit.Month => $"P{n}M",
            TimeUnit.Quarter => $"P{n}Q",
            TimeUnit.Half => count is null ? "PXM" : $"P{6 * count}M",
            TimeUnit.Season => count is null ? "PXM" : $"P{3 * count}M",
            TimeUnit.Year => $"P{n}Y",
            TimeUnit.Decade => count is null ? "PXY" : $"P{10 * count}Y",
            _ => count is null ? "PXY" : $"P{100 * count}Y",
        };
    }

    /// <summary>A count and a half ("2 1/2 years", "an hour and a half"), written with the next smaller
    /// unit where TIMEX3 has one (P2Y6M, PT1H30M), as a decimal count otherwise (P2.5W).</summary>
    public static string DurationAndHalf(TimeUnit unit, int count)
    {
        string n = count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return unit switch
        {
            TimeUnit.Minute => $"PT{n}M30S",
            TimeUnit.Hour => $"PT{n}H30M",
            TimeUnit.Day => $"P{n}DT12H",
            TimeUnit.Year => $"P{n}Y6M",
            TimeUnit.Decade => $"P{10 * count + 5}Y",
            TimeUnit.Century => $"P{100 * count + 50}Y",
            _ => Duration(unit, count).Replace(n, n + ".5", StringComparison.Ordinal),
        };
    }

    /// <summary>TIMEX3 set value for "every UNIT" / "daily".</summary>
    public static string Set(TimeUnit unit) => Duration(unit, 1);
}
