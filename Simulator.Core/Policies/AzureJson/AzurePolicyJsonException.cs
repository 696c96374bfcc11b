using System.Globalization;

namespace Simulator.Core.Policies.AzureJson;

/// <summary>A policy JSON file that can't be read: where (source, JSON path, and line and position when known) and why.</summary>
/// <remarks>
/// A message quotes what it refuses, and a policy file's string may hold an escape sequence that would redraw the
/// terminal: the message shows control characters as their codes, whichever refusal quoted them.
/// </remarks>
public sealed class AzurePolicyJsonException : FormatException
{
    public AzurePolicyJsonException(string sourceName, string jsonPath, string problem, long? line = null, long? position = null, Exception? inner = null)
        : base(Compose(sourceName, jsonPath, problem, line, position), inner)
    {
        SourceName = sourceName;
        JsonPath = jsonPath;
        Problem = ControlCharacters.Visible(problem);
        Line = line;
        Position = position;
    }

    /// <summary>The file name or other label of the JSON text.</summary>
    public string SourceName { get; }

    /// <summary>The path of the offending value, such as <c>properties.retentionPolicy.dailySchedule.retentionDuration.count</c>.</summary>
    public string JsonPath { get; }

    /// <summary>What is wrong and what is allowed.</summary>
    public string Problem { get; }

    /// <summary>The 1-based line of the mistake: where the parser stopped, or where the value (or the object lacking it) is written.</summary>
    public long? Line { get; }

    /// <summary>The 1-based byte position in the line, when known.</summary>
    public long? Position { get; }

    /// <summary>The same mistake placed at its line and position in the text, when it has none yet.</summary>
    internal AzurePolicyJsonException PlacedIn(string json) =>
        Line is null && JsonSyntax.Locate(json, JsonPath) is { } at ? new(SourceName, JsonPath, Problem, at.Line, at.Position, InnerException) : this;

    private static string Compose(string source, string path, string problem, long? line, long? position)
    {
        var where = line is { } l ? string.Create(CultureInfo.InvariantCulture, $"{source}:{l}:{position ?? 0}") : source;
        problem = ControlCharacters.Visible(problem);
        return string.IsNullOrEmpty(path) ? $"{where}: {problem}" : $"{where}: {ControlCharacters.Visible(path)}: {problem}";
    }
}
