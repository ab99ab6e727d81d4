using Newsgraph.Core.Model;

namespace Newsgraph.Analysis.Time;

/// <summary>A recognised expression over tokens [First, End) with its type and unanchored meaning.
/// <paramref name="TakesDeterminer"/>: TimeML puts a leading "the" inside ("the third quarter") for
/// unit phrases, but not for names ("the Oct. 23 slaying").</summary>
internal sealed record TimeCandidate(int First, int End, TimeType Type, TimeMeaning Meaning, bool TakesDeterminer = false)
{
    public int Length => End - First;
}
