namespace Simulator.Core.DataSources;

public enum OsType
{
    Windows,
    Linux,
}

public enum PowerState
{
    Running,
    Deallocated,
}

/// <summary>The state of the Azure VM agent that the backup extension runs in.</summary>
public enum VmAgentStatus
{
    Healthy,
    Unhealthy,
    Missing,
}
