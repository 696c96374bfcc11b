namespace Simulator.Core.Jobs;

/// <summary>The job status derived from its two phases, by the table of the Azure VM backup article.</summary>
/// <remarks>
/// Snapshot Completed with transfer In progress, Skipped, Completed or Failed gives In progress, Completed,
/// Completed or Completed with warnings; a failed snapshot fails the job. The rows the article leaves out (a snapshot
/// still running, a cancelled snapshot) follow the obvious reading.
/// </remarks>
public static class JobStatusTable
{
    public static JobStatus Derive(PhaseStatus snapshot, PhaseStatus transfer) => (snapshot, transfer) switch
    {
        (PhaseStatus.Cancelled, _) => JobStatus.Cancelled,
        (PhaseStatus.Failed, _) => JobStatus.Failed,
        (PhaseStatus.Completed, PhaseStatus.Completed) => JobStatus.Completed,
        (PhaseStatus.Completed, PhaseStatus.Skipped) => JobStatus.Completed,
        (PhaseStatus.Completed, PhaseStatus.Failed) => JobStatus.CompletedWithWarnings,
        _ => JobStatus.InProgress,
    };

    /// <summary>The status of a one-phase job (a MARS backup, decision D11): the transfer's outcome.</summary>
    public static JobStatus Derive(PhaseStatus transfer) => transfer switch
    {
        PhaseStatus.Completed => JobStatus.Completed,
        PhaseStatus.Failed => JobStatus.Failed,
        PhaseStatus.Cancelled => JobStatus.Cancelled,
        _ => JobStatus.InProgress,
    };
}
