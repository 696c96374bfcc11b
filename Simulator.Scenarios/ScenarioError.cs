namespace Simulator.Scenarios;

/// <summary>A mistake in a scenario file, where it is and which field it concerns.</summary>
/// <remarks>Line 0 is no place in the file: the path itself names no scenario (<see cref="OfPath"/>).</remarks>
public sealed record ScenarioError(string File, int Line, int Column, string Field, string Message)
{
    /// <summary>A path that gives no scenario file: none there, a folder that can't be read, a database.</summary>
    public static ScenarioError OfPath(string path, string message) => new(path, 0, 0, string.Empty, message);

    /// <summary>Where the mistake is: <c>file:line:column</c>, or the path alone for <see cref="OfPath"/>.</summary>
    public string Location => Line == 0 ? File : $"{File}:{Line}:{Column}";

    public override string ToString() => Field.Length == 0
        ? $"{Location}: {Message}"
        : $"{Location}: {Field}: {Message}";
}
