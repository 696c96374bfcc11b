namespace Simulator.Core.DataSources;

/// <summary>The state of the Azure VM agent that the backup extension runs in.</summary>
public enum VmAgentStatus
{
    Healthy,
    Unhealthy,
    Missing,
}
