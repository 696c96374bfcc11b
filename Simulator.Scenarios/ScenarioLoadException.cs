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
}
