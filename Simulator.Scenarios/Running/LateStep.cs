using NodaTime;
using Simulator.Scenarios.Model;

namespace Simulator.Scenarios.Running;

/// <summary>A step written for a time that the wait before it had already passed, so it ran later, when the wait ended.</summary>
/// <param name="Location">The step in its file.</param>
/// <param name="What">The step as the file writes it: its action's word, or "say".</param>
/// <param name="Written">The time the file gives it.</param>
/// <param name="Ran">When it ran.</param>
/// <remarks>
/// The scenario language runs such a step at once (README), which is what a chain of waits needs; but a step written for
/// one day that runs two days later changes what the checks after it see, and validate can't know it (the wait ends
/// when the simulation says), so the replay tells it.
/// </remarks>
public sealed record LateStep(SourceLocation Location, string What, Instant Written, Instant Ran)
{
    /// <summary>The note a replay writes of it, its times in <paramref name="zone"/> with UTC beside them.</summary>
    public string Note(DateTimeZone zone) =>
        $"{Location}: the {What} step written for {Yaml.ScenarioTime.Told(Written, zone)} ran at {Yaml.ScenarioTime.Told(Ran, zone)}, when the wait before it ended; the checks after it see it then.";
}
