namespace Simulator.Tui.Dashboard;

/// <summary>The job list's status filter, as the portal's job list offers it.</summary>
internal enum JobFilter
{
    All,
    InProgress,
    Failed,
}
