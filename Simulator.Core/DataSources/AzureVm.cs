namespace Simulator.Core.DataSources;

/// <summary>An Azure virtual machine as Azure Backup sees it.</summary>
public sealed class AzureVm : DataSource
{
    internal AzureVm(VmSpec spec)
        : base(spec.Name, spec.Region, spec.UsedSizeGb, spec.DailyChurnGb, spec.ThroughputMBps)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(spec.ResourceGroup);
        ResourceGroup = spec.ResourceGroup;
        Os = spec.Os;
        PowerState = spec.PowerState;
        AgentStatus = spec.AgentStatus;
    }

    public override DataSourceType Type => DataSourceType.AzureVm;

    public string ResourceGroup { get; }

    public OsType Os { get; }

    public PowerState PowerState { get; private set; }

    public VmAgentStatus AgentStatus { get; private set; }

    /// <summary>False once the VM has been deleted (without stopping its protection, typically).</summary>
    public bool Exists { get; private set; } = true;

    internal void SetPowerState(PowerState state) => PowerState = state;

    internal void SetAgentStatus(VmAgentStatus status) => AgentStatus = status;

    internal void MarkDeleted() => Exists = false;

    /// <summary>The VM exists again, built anew: running, with the backup extension's agent installed and healthy.</summary>
    internal void MarkRecreated()
    {
        Exists = true;
        PowerState = PowerState.Running;
        AgentStatus = VmAgentStatus.Healthy;
    }
}
