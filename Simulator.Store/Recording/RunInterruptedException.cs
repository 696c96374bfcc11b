using NodaTime;

namespace Simulator.Store.Recording;

/// <summary>A recording stopped before its end by a person (Ctrl+C) or the system (a cancelled CI job); the file was closed cleanly.</summary>
public sealed class RunInterruptedException(string path, Instant reached)
    : Exception($"{path}: the run was stopped at {reached}; the file holds it up to there, marked incomplete.")
{
    public string Path { get; } = path;

    /// <summary>The virtual time the run had reached.</summary>
    public Instant Reached { get; } = reached;
}
