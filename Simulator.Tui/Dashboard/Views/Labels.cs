using Simulator.Core.DataSources;
using Simulator.Core.Jobs;
using Simulator.Core.Protection;
using Simulator.Core.RecoveryPoints;

namespace Simulator.Tui.Dashboard.Views;

/// <summary>The words the screen uses for the core's values, close to the portal's.</summary>
internal static class Labels
{
    private const string SoftDeleted = "Soft-deleted";

    public static string Of(JobStatus status) => status switch
    {
        JobStatus.InProgress => "In progress",
        JobStatus.CompletedWithWarnings => "With warnings",
        _ => status.ToString(),
    };

    /// <summary>A phase's status; one that has not started waits for the phase before it (a job that ends at its snapshot ends its transfer too).</summary>
    public static string Of(PhaseStatus status) => status switch
    {
        PhaseStatus.NotStarted => "Waiting",
        PhaseStatus.InProgress => "In progress",
        _ => status.ToString(),
    };

    public static string Of(BackupJob job) =>
        job is { Operation: JobOperation.Backup, Trigger: BackupTrigger.OnDemand } ? "Backup now" : Of(job.Operation);

    /// <summary>An operation as the job list's column names it, and so wherever the screen names a job's operation.</summary>
    public static string Of(JobOperation operation) => operation switch
    {
        JobOperation.ConfigureBackup => "Configure",
        JobOperation.DisableBackup => "Disable",
        JobOperation.DeleteBackupData => "Delete data",
        _ => operation.ToString(),
    };

    public static string Of(DataSourceType type) => type == DataSourceType.AzureVm ? "Azure VM" : "MARS";

    /// <summary>Why an item a job or the detail names can't be shown: its data was purged, and the vault keeps no item.</summary>
    public static string Purged(string item) => $"{item} is no longer in the vault (its backup data was purged)";

    public static string StateOf(ProtectedItem item) =>
        item.DeleteState == DeleteState.ToBeDeleted ? SoftDeleted : item.State.ToString();

    /// <summary>The health column: the API's health, but for a soft-deleted item, which the portal marks red as soft-deleted.</summary>
    /// <remarks>
    /// Azure's own sample of a soft-deleted VM item reads "Healthy" and "Passed" beside "ToBeDeleted" (soft delete does
    /// not change the health the last backup left), and the store and the reports keep that value
    /// (<see cref="ProtectedItem.Health"/>); the portal marks the item red instead, and so does the screen (README).
    /// </remarks>
    public static string HealthOf(ProtectedItem item) =>
        item.DeleteState == DeleteState.ToBeDeleted ? SoftDeleted : item.Health.ToString();

    /// <summary>The portal's last backup status: a warning while the first backup is pending, and once backup is stopped.</summary>
    /// <remarks>domain.md §5.1. The store and the reports keep the API's value (<see cref="ProtectedItem.LastBackupStatus"/>).</remarks>
    public static string LastBackupOf(ProtectedItem item) => item switch
    {
        { IsScheduleActive: false } => "Warning (Backup disabled)",
        { LastBackupStatus: LastBackupStatus.IRPending } => "Warning (Initial backup pending)",
        _ => item.LastBackupStatus.ToString(),
    };

    /// <summary>The policy column: a dash when none is attached (a retain-forever stop, domain.md §5.2).</summary>
    public static string PolicyOf(ProtectedItem item) => item.AttachedPolicyName ?? "—";

    public static string Of(RecoveryPointTier tier) => tier switch
    {
        RecoveryPointTier.SnapshotAndVaultStandard => "Snapshot+Vault",
        RecoveryPointTier.VaultStandard => "Vault",
        _ => "Snapshot",
    };

    public static string Of(Consistency consistency) => consistency switch
    {
        Consistency.AppConsistent => "App-consistent",
        Consistency.FileSystemConsistent => "FS-consistent",
        _ => "Crash-consistent",
    };

    public static string Of(DataSource source) => source switch
    {
        AzureVm { Exists: false } vm => $"Azure VM {vm.Os} · deleted",
        AzureVm vm => $"Azure VM {vm.Os} · {vm.PowerState} · agent {vm.AgentStatus}",
        _ => Of(source.Type),
    };
}
