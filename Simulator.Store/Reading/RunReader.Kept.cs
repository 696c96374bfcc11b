using Simulator.Core.Protection;
using Simulator.Core.RecoveryPoints;

namespace Simulator.Store.Reading;

public sealed partial class RunReader
{
    /// <summary>The points, in their order, each with why its tier is kept past its date at the run's end, by the dashboard's rule.</summary>
    /// <remarks>
    /// D3 protects the newest point an item kept, or its newest vault copy while the newest point is snapshot-only, as
    /// <see cref="ProtectedItem.IsKeptAsNewest"/> asks of a live item, here of rows: retention never removes the newest, so the
    /// newest left is the newest taken. A run that did not complete is read in the states its journal gives where it
    /// stopped, as a kill leaves the items' rows as the start wrote them. An item the stored items don't name (a damaged
    /// file, or states an older vaultsim spelled otherwise) is read as protected, so only a date already past is kept.
    /// </remarks>
    private List<PointRecord> WithKeptReasons(List<PointRecord> points)
    {
        var states = QueryItems().ToDictionary(i => (i.Vault, i.Name), i => i);
        var newest = points.GroupBy(p => (p.Vault, p.Item)).ToDictionary(
            g => g.Key,
            g => (Latest: g.MaxBy(p => (p.Time, p.Id))!, Vault: g.Where(p => p.InVault).MaxBy(p => (p.Time, p.Id))));
        var reached = Summary.Reached;
        return points.Select(p =>
        {
            var (latest, vault) = newest[(p.Vault, p.Item)];
            var isKeptAsNewest = p == latest || (p.InVault && p == vault && !latest.InVault);
            var recorded = states.TryGetValue((p.Vault, p.Item), out var item)
                && Enum.TryParse<ProtectionState>(item.ProtectionState, out var s) && Enum.TryParse<DeleteState>(item.DeleteState, out var d)
                ? (s, d)
                : (ProtectionState.Protected, DeleteState.NotDeleted);
            var (state, deleteState) = _statesWhereStopped?.Of(p.Vault, p.Item, recorded) ?? recorded;
            return p.Expiry is { } expiry ? p with { KeptBy = KeptPastExpiry.Of(state, deleteState, expiry, reached, isKeptAsNewest, p.InVault) } : p;
        }).ToList();
    }
}
