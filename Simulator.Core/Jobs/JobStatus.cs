namespace Simulator.Core.Jobs;

/// <summary>A job's status, as the API's <c>JobStatus</c> names it.</summary>
public enum JobStatus
{
    InProgress,
    Completed,
    CompletedWithWarnings,
    Failed,
    Cancelled,
}
