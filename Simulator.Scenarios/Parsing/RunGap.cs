using NodaTime;

namespace Simulator.Scenarios.Parsing;

/// <summary>How long after one step another runs, as far as the file tells: at least <paramref name="Least"/>, at most
/// <paramref name="Most"/>; one length when the file fixes it.</summary>
internal readonly record struct RunGap(Duration Least, Duration Most)
{
    /// <summary>Whether the file fixes the gap to one length.</summary>
    public bool Exact => Least == Most;
}
