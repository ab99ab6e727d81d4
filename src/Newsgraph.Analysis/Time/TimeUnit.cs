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

    /// <summary>TIMEX3 set value for "every UNIT" / "daily".</summary>
    public static string Set(TimeUnit unit) => Duration(unit, 1);
}
