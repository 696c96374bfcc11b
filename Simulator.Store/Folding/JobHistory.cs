using Simulator.Core.Journal;

namespace Simulator.Store.Folding;

/// <summary>A job as its events built it, from its start to its end: the row the <c>jobs</c> table keeps of it.</summary>
/// <remarks>
/// A mutable struct, changed only by the fold through a reference into its dictionary: a year of a big fleet starts
/// millions of jobs, and an object for each lived long enough to be promoted, making the collector's older
/// generations work (the GC paused the recording for seconds). As entries of one array they cost it nothing.
/// </remarks>
internal struct JobHistory
{
    public const string SnapshotPhase = Core.Jobs.JobPhase.SnapshotName;
    public const string TransferPhase = Core.Jobs.JobPhase.TransferName;

    /// <param name="seq">The job's place in the order jobs started.</param>
    /// <param name="started">Its <see cref="JournalEntryKind.JobStarted"/>.</param>
    public JobHistory(long seq, in JournalEntry started)
    {
        Seq = seq;
        Id = started.Job;
        Vault = started.Vault!;
        Item = started.Item!;
        ItemNumber = started.ItemNumber;
        Operation = started.Operation!;
        Trigger = started.Trigger is { Length: > 0 } trigger ? trigger : null;
        Start = RowTime.Of(started.At);
    }

    /// <summary>The job's place in the order jobs started, from 1: its key in the file.</summary>
    public long Seq { get; }

    public JobKey Id { get; }

    public string Vault { get; }

    public string Item { get; }

    /// <summary>The item's number in the simulation that recorded it; 0 when the job was read back from a file.</summary>
    public int ItemNumber { get; }

    public string Operation { get; }

    public string? Trigger { get; }

    public string Status { get; private set; } = "InProgress";

    public RowTime Start { get; }

    public RowTime End { get; private set; }

    public string? ErrorCode { get; private set; }

    public double TransferGb { get; private set; }

    public PhaseHistory Snapshot { get; private set; }

    public PhaseHistory Transfer { get; private set; }

    /// <param name="change">A <see cref="JournalEntryKind.JobPhaseChanged"/>.</param>
    /// <exception cref="InvalidOperationException">The phase is not one the store knows.</exception>
    public void Apply(in JournalEntry change)
    {
        switch (change.Phase)
        {
            case SnapshotPhase:
                Snapshot = Snapshot.Moved(change.Status!, change.At);
                break;
            case TransferPhase:
                Transfer = Transfer.Moved(change.Status!, change.At);
                break;
            default:
                throw new InvalidOperationException($"Job '{Id}' changed phase '{change.Phase}', which the run store does not know; it keeps '{SnapshotPhase}' and '{TransferPhase}'.");
        }
    }

    /// <param name="finished">A <see cref="JournalEntryKind.JobFinished"/>.</param>
    public void Finish(in JournalEntry finished)
    {
        Status = finished.Status!;
        End = RowTime.Of(finished.At);
        ErrorCode = finished.ErrorCode;
        TransferGb = finished.SizeGb;
    }
}
