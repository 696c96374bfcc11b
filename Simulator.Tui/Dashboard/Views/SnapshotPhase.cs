using Simulator.Core.DataSources;
using Simulator.Core.Protection;

namespace Simulator.Tui.Dashboard.Views;

/// <summary>Whether an item's backups take a snapshot: the one rule behind every snapshot column and mark on screen.</summary>
/// <remarks>
/// A MARS server's backup job has one phase, the transfer, and its points no snapshot tier (decision D11): a snapshot
/// column beside its jobs or points could only read "—", and a legend's snapshot mark would explain nothing drawn. The
/// rule goes by the item rather than by the jobs on screen, so a VM's list keeps its columns from the first frame, before
/// its first backup, instead of growing one as the first snapshot starts.
/// </remarks>
internal static class SnapshotPhase
{
    public static bool IsTakenFor(ProtectedItem item) => item.DataSource is not MarsServer;

    /// <summary>Whether a listed item takes snapshots, or, where a name filter hides every item, one of the list it filters.</summary>
    /// <remarks>A filter that hides every item keeps the columns and marks of the list it filters, rather than a MARS list's.</remarks>
    public static bool IsTakenForListed(DashboardState state)
    {
        var listed = ItemQuery.Items(state);
        return (listed.Count == 0 && state.Filter.Length > 0 ? ItemQuery.Items(state with { Filter = string.Empty }) : listed).Any(IsTakenFor);
    }
}
