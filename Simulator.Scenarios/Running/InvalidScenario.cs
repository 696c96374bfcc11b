namespace Simulator.Scenarios.Running;

/// <summary>A scenario file that could not be loaded or run, with its mistakes: the reports list it beside the results of the others.</summary>
public sealed record InvalidScenario
{
    /// <exception cref="ArgumentException"><paramref name="errors"/> is empty: a file is invalid for a reason.</exception>
    public InvalidScenario(string file, IReadOnlyList<ScenarioError> errors)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.Count == 0)
        {
            throw new ArgumentException($"an invalid scenario has at least one mistake; '{file}' was given none.", nameof(errors));
        }

        File = file;
        Errors = errors;
    }

    public string File { get; }

    /// <summary>Every mistake found, the first one first; never empty.</summary>
    public IReadOnlyList<ScenarioError> Errors { get; }

    /// <summary>Every mistake, one line each, as the error stream shows them.</summary>
    public string Text => string.Join("\n", Errors);
}
