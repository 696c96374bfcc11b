namespace Simulator.Scenarios;

/// <summary>A scenario file that can't be run, with every mistake found in it.</summary>
public sealed class ScenarioLoadException : Exception
{
    public ScenarioLoadException(IReadOnlyList<ScenarioError> errors)
        : base(string.Join(Environment.NewLine, errors))
    {
        Errors = errors;
    }

    public IReadOnlyList<ScenarioError> Errors { get; }

    /// <summary>The policy files the scenario names that exist, full paths, read or not: a report must not replace them even when the scenario does not load.</summary>
    public IReadOnlyList<string> ImportedFiles { get; init; } = [];
}
