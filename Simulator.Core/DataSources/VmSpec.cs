namespace Simulator.Core.DataSources;

/// <summary>What a scenario or a test says about a VM when it adds one to the world.</summary>
public sealed record VmSpec(string Name, string Region)
{
    public string ResourceGroup { get; init; } = "rg-workloads";

    public OsType Os { get; init; } = OsType.Windows;

    public PowerState PowerState { get; init; } = PowerState.Running;

    public VmAgentStatus AgentStatus { get; init; } = VmAgentStatus.Healthy;

    public double UsedSizeGb { get; init; } = 128;

    public double DailyChurnGb { get; init; } = 4;

    public double ThroughputMBps { get; init; } = 50;
}
