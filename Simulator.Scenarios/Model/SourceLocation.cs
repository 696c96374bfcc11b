namespace Simulator.Scenarios.Model;

/// <summary>Where in a scenario file something was written, for messages that point at it.</summary>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    public override string ToString() => $"{File}:{Line}:{Column}";
}
