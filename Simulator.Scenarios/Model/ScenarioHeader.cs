using NodaTime;
using Simulator.Core.Policies;

namespace Simulator.Scenarios.Model;

/// <summary>A scenario's name, seed and time span, and how it shows local time.</summary>
public sealed record ScenarioHeader(
    string Name,
    string Description,
    IReadOnlyList<string> Tags,
    long Seed,
    Instant Start,
    Instant End,
    DateTimeZone DisplayZone,
    DstMode DefaultDstMode);
