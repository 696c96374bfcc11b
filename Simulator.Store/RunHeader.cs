using NodaTime;
using Simulator.Scenarios.Model;

namespace Simulator.Store;

/// <summary>What a new recording starts with: the scenario (its text, so the run can be replayed), the seed and the span.</summary>
public sealed record RunHeader(string ScenarioName, string ScenarioFile, string ScenarioText, long Seed, Instant Start, Instant End, RunMode Mode)
{
    /// <summary>The policy files the scenario imports, with their texts, which reopening replays rather than the files beside it.</summary>
    public IReadOnlyList<PolicyFileText> PolicyFiles { get; init; } = [];

    /// <summary>The header of a scenario about to run, with the seed it runs with (<c>--seed</c>'s, when one overrode the file's).</summary>
    /// <remarks>Reopening reads the text again with that seed, which generates the same fleets the run had.</remarks>
    public static RunHeader For(ScenarioDefinition definition, string scenarioText, RunMode mode)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(scenarioText);
        return new RunHeader(definition.Header.Name, definition.File, scenarioText, definition.Header.Seed, definition.Header.Start, definition.Header.End, mode)
        {
            PolicyFiles = definition.PolicyFiles,
        };
    }
}
