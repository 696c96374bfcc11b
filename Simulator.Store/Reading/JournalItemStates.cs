using Simulator.Core.Journal;
using Simulator.Core.Protection;

namespace Simulator.Store.Reading;

/// <summary>Each item's protection and delete state as the journal last changed them: where a killed run stopped, which its items' rows, written at its start, do not say.</summary>
internal sealed class JournalItemStates
{
    private static readonly string ProtectionWhat = new ProtectionStateChanged(default, "", "", "", "").What;
    private static readonly string DeleteWhat = new ItemDeleteStateChanged(default, "", "", "", null).What;

    private readonly Dictionary<(string Vault, string Item), ProtectionState> _protection = [];
    private readonly Dictionary<(string Vault, string Item), DeleteState> _delete = [];

    public void Apply(DomainEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);

        // Nearly every event is a job's or a point's, whose words some kinds make anew each time they are asked: a year
        // of a big fleet's incomplete run read a tenth slower. A version 1 file's events are rows of text (StoredEvent).
        if (e is not (ProtectionStateChanged or ItemDeleteStateChanged or StoredEvent) || e.Vault is not { } vault || e.Item is not { } item)
        {
            return;
        }

        if (e.What == ProtectionWhat && Enum.TryParse<ProtectionState>(e.State, out var state))
        {
            _protection[(vault, item)] = state;
        }
        else if (e.What == DeleteWhat)
        {
            // Soft delete is told "Soft-deleted until TIME"; an undelete or a purge leaves the item not deleted.
            _delete[(vault, item)] = e.State.StartsWith("Soft-deleted", StringComparison.Ordinal) ? DeleteState.ToBeDeleted : DeleteState.NotDeleted;
        }
    }

    /// <summary>The states the journal gives the item, each where it changed one, else the one given.</summary>
    public (ProtectionState State, DeleteState DeleteState) Of(string vault, string item, (ProtectionState State, DeleteState DeleteState) recorded) =>
        (_protection.GetValueOrDefault((vault, item), recorded.State), _delete.GetValueOrDefault((vault, item), recorded.DeleteState));
}
