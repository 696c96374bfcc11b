using System.Globalization;
using Simulator.Core.DataSources;
using Simulator.Core.Journal;
using Simulator.Core.Service;

namespace Simulator.Core;

public sealed partial class Simulation
{
    public AzureVm AddVirtualMachine(VmSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (FindDataSource(spec.Name) is not null)
        {
            throw Refuse(OperationNames.AddVm, spec.Name, "a data source with this name already exists.");
        }

        var vm = new AzureVm(spec);
        AddDataSource(vm);
        Journal.Publish(new DataSourceAdded(Now, vm.Name, "Azure VM", vm.Region));
        return vm;
    }

    /// <summary>Deletes the VM without stopping its protection: its backups fail from now on (UserErrorVmNotFoundV2).</summary>
    /// <exception cref="OperationRefusedException">The VM has already been deleted (see <see cref="DeleteVirtualMachineRefusal"/>).</exception>
    public void DeleteVirtualMachine(AzureVm vm)
    {
        ArgumentNullException.ThrowIfNull(vm);
        if (DeleteVirtualMachineRefusal(vm) is { } refusal)
        {
            throw refusal;
        }

        vm.MarkDeleted();
        Journal.Publish(new DataSourceChanged(Now, vm.Name, "VM", "Deleted"));
    }

    /// <summary>Why deleting the VM would be refused; null when it may be deleted.</summary>
    /// <remarks>Asked before a person confirms the fault too (see <see cref="ResumeRefusal"/>).</remarks>
    public OperationRefusedException? DeleteVirtualMachineRefusal(AzureVm vm)
    {
        ArgumentNullException.ThrowIfNull(vm);
        return vm.Exists ? null : Refuse(OperationNames.DeleteVm, vm, "the VM has already been deleted.");
    }

    /// <summary>Re-creates a deleted VM with the same name and resource group: its items back it up again, their points kept.</summary>
    /// <remarks>
    /// domain.md §5.3: re-creating the VM with the same name and resource group re-attaches its old points, which here
    /// never left its items. The VM is built anew, running with a healthy agent, and its disks are new ones: the next
    /// copy of each of its items to the vault is full, as a new disk's initial copy is (domain.md §4.1; a decision of
    /// ours, in the README), and those after it are incremental again. An item still protected backs it up at its next
    /// run; one stopped with its data kept may resume.
    /// </remarks>
    /// <exception cref="OperationRefusedException">The VM exists (see <see cref="RecreateVirtualMachineRefusal"/>).</exception>
    public void RecreateVirtualMachine(AzureVm vm)
    {
        ArgumentNullException.ThrowIfNull(vm);
        if (RecreateVirtualMachineRefusal(vm) is { } refusal)
        {
            throw refusal;
        }

        vm.MarkRecreated();
        foreach (var item in ItemsOf(vm))
        {
            item.OweFullCopy(_nextPointId);
        }

        Journal.Publish(new DataSourceChanged(Now, vm.Name, "VM", "Re-created"));
    }

    /// <summary>Why re-creating the VM would be refused; null when it may be re-created.</summary>
    /// <remarks>
    /// Asked before a person confirms the fault too (see <see cref="ResumeRefusal"/>). Only a deleted VM can be
    /// re-created: on one that exists it would change nothing, yet tell the journal it did.
    /// </remarks>
    public OperationRefusedException? RecreateVirtualMachineRefusal(AzureVm vm)
    {
        ArgumentNullException.ThrowIfNull(vm);
        return vm.Exists ? Refuse(OperationNames.RecreateVm, vm, "the VM exists; only a deleted VM can be re-created. Delete it first to play that fault.") : null;
    }

    /// <summary>Starts or deallocates the VM.</summary>
    /// <exception cref="OperationRefusedException">The VM has been deleted, or is already in <paramref name="state"/> (see <see cref="SetPowerStateRefusal"/>).</exception>
    public void SetPowerState(AzureVm vm, PowerState state)
    {
        ArgumentNullException.ThrowIfNull(vm);
        if (SetPowerStateRefusal(vm, state) is { } refusal)
        {
            throw refusal;
        }

        vm.SetPowerState(state);
        Journal.Publish(new DataSourceChanged(Now, vm.Name, "Power state", state.ToString()));
    }

    /// <summary>Why moving the VM to <paramref name="state"/> would be refused; null when it may.</summary>
    /// <remarks>Asked before a person confirms the fault too (see <see cref="ResumeRefusal"/>).</remarks>
    public OperationRefusedException? SetPowerStateRefusal(AzureVm vm, PowerState state)
    {
        ArgumentNullException.ThrowIfNull(vm);
        var operation = state == PowerState.Running ? OperationNames.StartVm : OperationNames.DeallocateVm;
        return DeletedRefusal(operation, vm)
            ?? (vm.PowerState == state ? Refuse(operation, vm, $"the VM is already {state}.") : null);
    }

    /// <summary>Breaks, removes or repairs the VM agent.</summary>
    /// <exception cref="OperationRefusedException">The VM has been deleted, or its agent is already <paramref name="status"/> (see <see cref="SetAgentStatusRefusal"/>).</exception>
    public void SetAgentStatus(AzureVm vm, VmAgentStatus status)
    {
        ArgumentNullException.ThrowIfNull(vm);
        if (SetAgentStatusRefusal(vm, status) is { } refusal)
        {
            throw refusal;
        }

        vm.SetAgentStatus(status);
        Journal.Publish(new DataSourceChanged(Now, vm.Name, "VM agent", status.ToString()));
    }

    /// <summary>Why setting the VM agent's status to <paramref name="status"/> would be refused; null when it may.</summary>
    /// <remarks>
    /// Asked before a person confirms the fault too (see <see cref="ResumeRefusal"/>). Setting the status the agent
    /// already has is refused, as starting a running VM is: it would change nothing, yet tell the journal it did.
    /// </remarks>
    public OperationRefusedException? SetAgentStatusRefusal(AzureVm vm, VmAgentStatus status)
    {
        ArgumentNullException.ThrowIfNull(vm);
        var operation = OperationNames.SetVmAgent(status);
        return DeletedRefusal(operation, vm)
            ?? (vm.AgentStatus == status ? Refuse(operation, vm, $"the VM agent is already {status}.") : null);
    }

    /// <summary>Makes the next <paramref name="count"/> transfers of this source fail.</summary>
    /// <exception cref="OperationRefusedException">The count is not 1 or more (a scenario can't write one; an edited run file can).</exception>
    public void FailNextTransfers(DataSource source, int count = 1)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (count <= 0)
        {
            throw Refuse(OperationNames.FailNextTransfer, source, string.Create(CultureInfo.InvariantCulture, $"the number of transfers to fail must be 1 or more, not {count}."));
        }

        source.FailNextTransfers(count);
        Journal.Publish(new DataSourceChanged(Now, source.Name, "Transfer fault", string.Create(CultureInfo.InvariantCulture, $"next {source.PendingTransferFailures} fail")));
    }

    /// <summary>Changes how fast this source's data reaches the vault, from the next transfer on.</summary>
    public void SetThroughput(DataSource source, double megabytesPerSecond)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (!(megabytesPerSecond > 0) || double.IsPositiveInfinity(megabytesPerSecond))
        {
            throw Refuse(OperationNames.SetThroughput, source, $"throughput must be a number of MB/s above 0, not {megabytesPerSecond.ToString(CultureInfo.InvariantCulture)}.");
        }

        source.SetThroughput(megabytesPerSecond);
        Journal.Publish(new DataSourceChanged(Now, source.Name, "Throughput", string.Create(CultureInfo.InvariantCulture, $"{megabytesPerSecond:0.##} MB/s")));
    }

    /// <summary>A deleted VM takes no fault: there is no VM left to power or break.</summary>
    /// <remarks>The way out is named as Backup now's refusal names it: "the VM has been deleted" alone left a person looking for one.</remarks>
    private static OperationRefusedException? DeletedRefusal(string operation, AzureVm vm) =>
        vm.Exists ? null : Refuse(operation, vm, "the VM has been deleted; re-create it first, with the same name and resource group.");
}
