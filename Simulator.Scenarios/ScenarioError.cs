namespace Simulator.Scenarios;

/// <summary>A mistake in a scenario file, where it is and which field it concerns.</summary>
public sealed record ScenarioError(string File, int Line, int Column, string Field, string Message)
{
    public override string ToString() => Field.Length == 0
        ? $"{File}:{Line}:{Column}: {Message}"
        : $"{File}:{Line}:{Column}: {Field}: {Message}";
}
