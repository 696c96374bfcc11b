using NodaTime;
using Simulator.Core.Policies;

namespace Simulator.Scenarios.Model;

/// <summary>A scenario's name, seed and time span, and how it shows local time.</summary>
/// <param name="Seed">The seed the scenario runs with and its fleets were generated from: the file's, or <c>--seed</c>'s that overrides it.</param>
public sealed record ScenarioHeader(
    string Name,
    string Description,
    IReadOnlyList<string> Tags,
    long Seed,
    Instant Start,
    Instant End,
    DateTimeZone DisplayZone,
    DstMode DefaultDstMode)
{
    /// <summary>The seed the file states (or the default when it states none), which its expectations were written for.</summary>
    public long FileSeed { get; init; } = Seed;

    /// <summary>True when another seed than the file's overrides it, so that a check the file states may legitimately fail.</summary>
    public bool IsReseeded => Seed != FileSeed;
}
