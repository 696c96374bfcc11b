namespace Simulator.Core.Jobs;

/// <summary>The Azure Backup error codes the simulation produces, with the messages users see.</summary>
public static class ErrorCodes
{
    public const string VmNotFound = "UserErrorVmNotFoundV2";
    public const string GuestAgentStatusUnavailable = "UserErrorGuestAgentStatusUnavailable";
    public const string BackupOperationInProgress = "UserErrorBackupOperationInProgress";
    public const string TransferFailed = "CopyingVHDsFromBackUpVaultTakingLongTime";
    public const string JobCancelled = "UserCancelled";

    /// <summary>A failed MARS transfer: the service's generic "retry" failure.</summary>
    public const string MarsTransferFailed = "BackUpOperationFailed";

    /// <summary>The message of <see cref="BackupOperationInProgress"/> on a MARS agent, whose jobs take no snapshot (D11).</summary>
    public const string MarsBackupInProgressMessage = "Another backup of this server is still running.";

    /// <summary>Every code above: what a scenario's <c>errorCode</c> may expect.</summary>
    public static IReadOnlyList<string> All { get; } = [VmNotFound, GuestAgentStatusUnavailable, BackupOperationInProgress, TransferFailed, JobCancelled, MarsTransferFailed];

    public static string MessageFor(string code) => code switch
    {
        VmNotFound => "The protected VM no longer exists. Stop protection, or re-create the VM with the same name and resource group.",
        GuestAgentStatusUnavailable => "The VM agent cannot communicate with Azure Backup. Make sure the agent is installed, running and up to date.",
        BackupOperationInProgress => "Another backup snapshot of this item is still running.",
        TransferFailed => "Copying data to the vault timed out. The next backup sends the changes since the last vault point.",
        JobCancelled => "The job was cancelled by the user.",
        MarsTransferFailed => "The MARS agent could not finish the transfer to the vault. The data sent is kept; the next backup sends the rest.",
        _ => code,
    };
}
