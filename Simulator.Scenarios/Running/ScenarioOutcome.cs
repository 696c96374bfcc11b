namespace Simulator.Scenarios.Running;

/// <summary>What became of one scenario file a run was given: its result, or the mistakes that kept it from running.</summary>
/// <remarks>A run's files are reported in the order it was given them, the invalid ones among the others.</remarks>
public sealed record ScenarioOutcome
{
    private ScenarioOutcome(ScenarioResult? result, InvalidScenario? invalid) => (Result, Invalid) = (result, invalid);

    /// <summary>The replay's result; null when the file was invalid.</summary>
    public ScenarioResult? Result { get; }

    /// <summary>The file's mistakes; null when it ran.</summary>
    public InvalidScenario? Invalid { get; }

    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static ScenarioOutcome Ran(ScenarioResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new ScenarioOutcome(result, null);
    }

    /// <exception cref="ArgumentNullException"><paramref name="invalid"/> is null.</exception>
    public static ScenarioOutcome Refused(InvalidScenario invalid)
    {
        ArgumentNullException.ThrowIfNull(invalid);
        return new ScenarioOutcome(null, invalid);
    }
}
