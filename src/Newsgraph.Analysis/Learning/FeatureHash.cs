namespace Newsgraph.Analysis.Learning;

/// <summary>
/// 64-bit FNV-1a hashes of feature templates and strings. Features are identified by hash, never by
/// string, so that extraction allocates nothing; collisions at 64 bits are negligible.
/// </summary>
public static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Of(ReadOnlySpan<char> text)
    {
        ulong h = Offset;
        foreach (char c in text) h = (h ^ c) * Prime;
        return h;
    }

    public static ulong OfLower(ReadOnlySpan<char> text)
    {
        ulong h = Offset;
        foreach (char c in text) h = (h ^ char.ToLowerInvariant(c)) * Prime;
        return h;
    }

    /// <summary>A feature: template number combined with one value hash.</summary>
    public static ulong Feature(int template, ulong value) => Mix((ulong)template * 0x9E3779B97F4A7C15UL ^ value);

    /// <summary>A conjunction feature of two values under one template.</summary>
    public static ulong Feature(int template, ulong a, ulong b) => Feature(template, Mix(a) ^ (b * 0xC2B2AE3D27D4EB4FUL));

    private static ulong Mix(ulong x)
    {
        x ^= x >> 33; x *= 0xFF51AFD7ED558CCDUL;
        x ^= x >> 33; x *= 0xC4CEB9FE1A85EC53UL;
        x ^= x >> 33;
        return x;
    }
}
