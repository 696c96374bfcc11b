using System.Globalization;
using Simulator.Core.DataSources;
using Simulator.Core.Journal;

namespace Simulator.Core;

public sealed partial class Simulation
{
    public AzureVm AddVirtualMachine(VmSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (FindDataSource(spec.Name) is not null)
        {
            throw Refuse("Add VM", spec.Name, "a data source with this name already exists.");
        }

        var vm = new AzureVm(spec);
        AddDataSource(vm);
        Journal.Publish(new DataSourceAdded(Now, vm.Name, "Azure VM", vm.Region));
        return vm;
    }

    /// <summary>Deletes the VM without stopping its protection: its backups fail from now on (UserErrorVmNotFoundV2).</summary>
    public void DeleteVirtualMachine(AzureVm vm)
    {
        ArgumentNullException.ThrowIfNull(vm);
        RequireExisting("Delete VM", vm);
        vm.MarkDeleted();
        Journal.Publish(new DataSourceChanged(Now, vm.Name, "VM", "Deleted"));
    }

    public void SetPowerState(AzureVm vm, PowerState state)
    {
        ArgumentNullException.ThrowIfNull(vm);
        RequireExisting(state == PowerState.Running ? "Start VM" : "Deallocate VM", vm);
        if (vm.PowerState == state)
        {
            throw Refuse(state == PowerState.Running ? "Start VM" : "Deallocate VM", vm, $"the VM is already {state}.");
        }

        vm.SetPowerState(state);
        Journal.Publish(new DataSourceChanged(Now, vm.Name, "Power state", state.ToString()));
    }

    /// <summary>Breaks, removes or repairs the VM agent.</summary>
    public void SetAgentStatus(AzureVm vm, VmAgentStatus status)
    {
        ArgumentNullException.ThrowIfNull(vm);
        RequireExisting("Set VM agent", vm);
        vm.SetAgentStatus(status);
        Journal.Publish(new DataSourceChanged(Now, vm.Name, "VM agent", status.ToString()));
    }

    /// <summary>Makes the next <paramref name="count"/> transfers of this source fail.</summary>
    public void FailNextTransfers(DataSource source, int count = 1)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        source.FailNextTransfers(count);
        Journal.Publish(new DataSourceChanged(Now, source.Name, "Transfer fault", string.Create(CultureInfo.InvariantCulture, $"next {source.PendingTransferFailures} fail")));
    }

    /// <summary>Changes how fast this source's data reaches the vault, from the next transfer on.</summary>
    public void SetThroughput(DataSource source, double megabytesPerSecond)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (!(megabytesPerSecond > 0))
        {
            throw Refuse("Set throughput", source, $"throughput must be above 0 MB/s, not {megabytesPerSecond.ToString(CultureInfo.InvariantCulture)}.");
        }

        source.SetThroughput(megabytesPerSecond);
        Journal.Publish(new DataSourceChanged(Now, source.Name, "Throughput", string.Create(CultureInfo.InvariantCulture, $"{megabytesPerSecond:0.##} MB/s")));
    }

    private void RequireExisting(string operation, AzureVm vm)
    {
        if (!vm.Exists)
        {
            throw Refuse(operation, vm, "the VM has been deleted.");
        }
    }
}
