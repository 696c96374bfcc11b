using NodaTime;
using Simulator.Core.DataSources;
using Simulator.Core.Jobs;

namespace Simulator.Tui.Dashboard.Views;

/// <summary>An offline-seeded MARS backup while its disks travel to Azure: its transfer phase runs, but nothing goes over the network until they are imported.</summary>
internal static class SeedingDisks
{
    /// <summary>When the disks of <paramref name="job"/> are imported, while they are still on their way; otherwise null.</summary>
    /// <remarks>
    /// The core gives such a job's transfer the import as its due time, with nothing sized to send; once the disks are
    /// in, the top-up's due time, at least a second after the import. No other transfer is due exactly the import's
    /// duration after it started with nothing to send, so the job's own figures tell the journey apart.
    /// </remarks>
    public static Instant? ImportOf(BackupJob job) =>
        job is { Item.DataSource: MarsServer { InitialBackup: InitialBackupMode.OfflineSeeding } server, Transfer: { Status: PhaseStatus.InProgress, Started: { } started }, TransferSizeGb: 0, TransferDue: { } due }
            && due == started + server.DiskImportDuration
            ? due
            : null;
}
