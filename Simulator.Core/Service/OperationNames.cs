using Simulator.Core.DataSources;

namespace Simulator.Core.Service;

/// <summary>The operations a person asks of a vault, as a refusal names them: the portal's words, not the API's.</summary>
/// <remarks>
/// One table, so that a step refused before it reaches the core (it names a VM the scenario has not got, or it comes
/// after the scenario's end) reads like the same step refused by the core: <c>Backup now on 'vm-1' refused: …</c>.
/// </remarks>
public static class OperationNames
{
    public const string CreateVault = "Create vault";
    public const string SetStorageRedundancy = "Set storage redundancy";
    public const string SetSoftDelete = "Set soft delete";
    public const string SetCrossRegionRestore = "Set cross-region restore";
    public const string SavePolicy = "Save policy";
    public const string AddVm = "Add VM";
    public const string RegisterMarsAgent = "Register MARS agent";
    public const string ConfigureProtection = "Configure protection";
    public const string BackupNow = "Backup now";
    public const string CancelJob = "Cancel job";
    public const string StopProtection = "Stop protection";
    public const string ResumeProtection = "Resume protection";
    public const string ChangePolicy = "Change policy";
    public const string DeleteBackupData = "Delete backup data";
    public const string Undelete = "Undelete";
    public const string DeleteVm = "Delete VM";
    public const string RecreateVm = "Re-create VM";
    public const string StartVm = "Start VM";
    public const string DeallocateVm = "Deallocate VM";
    public const string BreakVmAgent = "Break VM agent";
    public const string RemoveVmAgent = "Remove VM agent";
    public const string RepairVmAgent = "Repair VM agent";
    public const string SetThroughput = "Set throughput";
    public const string FailNextTransfer = "Fail next transfer";

    /// <summary>The operation that sets a VM's agent to <paramref name="status"/>: a fault made, or repaired.</summary>
    /// <remarks>Named by what it does, as the dashboard's help and the scenario verbs name it, not as one setter.</remarks>
    public static string SetVmAgent(VmAgentStatus status) => status switch
    {
        VmAgentStatus.Healthy => RepairVmAgent,
        VmAgentStatus.Missing => RemoveVmAgent,
        _ => BreakVmAgent,
    };
}
