using NodaTime;
using Simulator.Core.Journal;

namespace Simulator.Store.Recording;

/// <summary>A recording stopped before its end by a person (Ctrl+C) or the system (a cancelled CI job); the file was closed cleanly.</summary>
public sealed class RunInterruptedException(string path, Instant reached)
    : Exception($"stopped at {JournalFormatter.FormatTime(reached)}. {path} holds the run up to then, marked incomplete: 'vaultsim report {path} jobs' reads it.")
{
    /// <summary>The virtual time the run had reached.</summary>
    public Instant Reached { get; } = reached;
}
