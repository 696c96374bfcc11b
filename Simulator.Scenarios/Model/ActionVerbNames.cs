using Simulator.Core.Service;

namespace Simulator.Scenarios.Model;

/// <summary>Names a step's verb as the core names the operation it asks for.</summary>
public static class ActionVerbNames
{
    /// <summary>The operation a refusal of the step names, such as <c>Backup now</c> for <c>backupNow</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The verb is none of <see cref="ActionVerb"/>'s.</exception>
    public static string OperationName(this ActionVerb verb) => verb switch
    {
        ActionVerb.BackupNow => OperationNames.BackupNow,
        ActionVerb.CancelJob => OperationNames.CancelJob,
        ActionVerb.ConfigureProtection => OperationNames.ConfigureProtection,
        ActionVerb.StopProtection => OperationNames.StopProtection,
        ActionVerb.ResumeProtection => OperationNames.ResumeProtection,
        ActionVerb.ChangePolicy => OperationNames.ChangePolicy,
        ActionVerb.DeleteBackupData => OperationNames.DeleteBackupData,
        ActionVerb.Undelete => OperationNames.Undelete,
        ActionVerb.DeleteVm => OperationNames.DeleteVm,
        ActionVerb.RecreateVm => OperationNames.RecreateVm,
        ActionVerb.DeallocateVm => OperationNames.DeallocateVm,
        ActionVerb.StartVm => OperationNames.StartVm,
        ActionVerb.BreakAgent => OperationNames.BreakVmAgent,
        ActionVerb.RemoveAgent => OperationNames.RemoveVmAgent,
        ActionVerb.RepairAgent => OperationNames.RepairVmAgent,
        ActionVerb.FailNextTransfer => OperationNames.FailNextTransfer,
        ActionVerb.SetThroughput => OperationNames.SetThroughput,
        ActionVerb.UpdatePolicy or ActionVerb.ResavePolicy => OperationNames.SavePolicy,
        ActionVerb.SetRedundancy => OperationNames.SetStorageRedundancy,
        ActionVerb.SetSoftDelete => OperationNames.SetSoftDelete,
        ActionVerb.SetCrossRegionRestore => OperationNames.SetCrossRegionRestore,
        _ => throw new ArgumentOutOfRangeException(nameof(verb), verb, "A step's verb with no operation name."),
    };
}
