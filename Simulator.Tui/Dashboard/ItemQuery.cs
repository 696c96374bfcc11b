using Simulator.Core.Protection;
using Simulator.Core.Vaults;
using Simulator.Tui.Dashboard.Views;

namespace Simulator.Tui.Dashboard;

/// <summary>Which vault and items the screen lists, in which order, and which one the cursor is on.</summary>
internal static class ItemQuery
{
    public static Vault? SelectedVault(DashboardState state)
    {
        var vaults = state.World.Simulation.Vaults;
        return vaults.Count == 0 ? null : vaults[Math.Clamp(state.VaultCursor, 0, vaults.Count - 1)];
    }

    /// <summary>The vault the screen is on: in an item's detail, that item's (whose title names it), else the selected one.</summary>
    /// <remarks>The open item is held as <c>vault/name</c>, so its vault is known even once its data is purged.</remarks>
    public static Vault? VaultInView(DashboardState state) =>
        state.OpenItem is { } open && ItemReference.Parse(open).Vault is { } name && state.World.Simulation.FindVault(name) is { } vault
            ? vault
            : SelectedVault(state);

    /// <summary>The items of the selected vault that match the filter, sorted as chosen.</summary>
    /// <remarks>
    /// Sorting ten thousand items costs a few milliseconds of a 16 ms frame, so the sorted list is kept until what it
    /// depends on changes: names never change, so the name order only when items join or leave; the other orders
    /// follow item values, so whenever the journal recorded anything.
    /// </remarks>
    public static IReadOnlyList<ProtectedItem> Items(DashboardState state)
    {
        if (SelectedVault(state) is not { } vault)
        {
            return [];
        }

        var world = state.World;
        var key = new ListKey(vault, state.Sort, state.Filter, state.Sort == ItemSort.Name ? world.MembershipVersion : world.Log.Total);
        if (world.ItemListCache is (ListKey cachedKey, IReadOnlyList<ProtectedItem> cached) && cachedKey == key)
        {
            return cached;
        }

        var sorted = Sort(vault, state);
        world.ItemListCache = (key, sorted);
        return sorted;
    }

    private static IReadOnlyList<ProtectedItem> Sort(Vault vault, DashboardState state)
    {
        var items = new List<ProtectedItem>(vault.Items.Count);
        foreach (var item in vault.Items)
        {
            if (Matches(state, item.Name))
            {
                items.Add(item);
            }
        }

        items.Sort(Comparer(state.Sort));
        return items;
    }

    /// <summary>The item the detail shows, or the item under the cursor of the item list.</summary>
    public static ProtectedItem? Selected(DashboardState state)
    {
        if (state.OpenItem is { } open)
        {
            return state.World.Simulation.FindItem(open);
        }

        var items = Items(state);
        return items.Count == 0 ? null : items[Math.Clamp(state.ItemCursor, 0, items.Count - 1)];
    }

    /// <summary>The item Enter opens: the one under the cursor of the item list, or the item of the timeline row or job under it where it has the focus.</summary>
    /// <remarks>
    /// A timeline row or a job is one of an item's jobs: a person looking at it opens the item to see its points and
    /// next runs. A job outlives its item: once the item's data is purged there is none to open (null), even when the
    /// VM has been protected again since, as a new item of the same name whose detail would not show this job.
    /// </remarks>
    public static ProtectedItem? ToOpen(DashboardState state) => state switch
    {
        { OpenItem: null, Focus: Pane.Jobs, ShowTimeline: true } => TimelineRows.ItemAt(state),
        { OpenItem: null, Focus: Pane.Jobs } => JobQuery.Selected(state) is { } job && state.World.Simulation.FindItem(job.Item.ToString()) == job.Item ? job.Item : null,
        _ => Selected(state),
    };

    public static bool Matches(DashboardState state, string itemName) =>
        state.Filter.Length == 0 || itemName.Contains(state.Filter, StringComparison.OrdinalIgnoreCase);

    private readonly record struct ListKey(Vault Vault, ItemSort Sort, string Filter, long Version);

    // The state and last backup orders follow what their columns read, so rows that read the same stay together: a
    // soft-deleted item reads "Soft-deleted" whatever its state, and a stopped one "Warning (Backup disabled)"
    // whatever its API status (Healthy, Unhealthy or IRPending). Both put problems first: the states in the vaults
    // pane's order (by the core's declaration order, an item in error sat below every protected one), the last
    // backups failed, then warnings, then healthy (alphabetically, Unhealthy sat between Healthy and Warning).
    private static Comparison<ProtectedItem> Comparer(ItemSort sort) => sort switch
    {
        ItemSort.ProtectionState => (a, b) => Then(StateCounts.Rank(a).CompareTo(StateCounts.Rank(b)), a, b),
        ItemSort.LastBackupStatus => (a, b) => Then(LastBackupRank(a).CompareTo(LastBackupRank(b)) is var rank and not 0 ? rank : string.CompareOrdinal(Labels.LastBackupOf(a), Labels.LastBackupOf(b)), a, b),
        ItemSort.LatestRestorePoint => (a, b) => Then(Nullable.Compare(b.LatestRecoveryPointTime, a.LatestRecoveryPointTime), a, b),
        _ => (a, b) => Then(0, a, b),
    };

    /// <summary>Where what the last backup column reads sorts: failed, then a warning, then healthy.</summary>
    private static int LastBackupRank(ProtectedItem item) => Labels.LastBackupOf(item) switch
    {
        "Unhealthy" => 0,
        "Healthy" => 2,
        _ => 1,
    };

    private static int Then(int order, ProtectedItem a, ProtectedItem b) =>
        order != 0 ? order : string.Compare(a.Name, b.Name, StringComparison.OrdinalIgnoreCase);
}
