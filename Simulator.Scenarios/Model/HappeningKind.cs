namespace Simulator.Scenarios.Model;

public enum HappeningKind
{
    JobStarted,
    SnapshotCompleted,
    TransferStarted,
    TransferCompleted,
    TransferSkipped,
    JobCompleted,
    JobFailed,
    PointCreated,
    PointDeleted,
}
