namespace Simulator.Core.Jobs;

/// <summary>The state of one phase (sub task) of a backup job.</summary>
public enum PhaseStatus
{
    NotStarted,
    InProgress,
    Completed,
    Failed,
    Skipped,
    Cancelled,
}
