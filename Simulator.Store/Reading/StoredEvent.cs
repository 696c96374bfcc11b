using NodaTime;
using Simulator.Core.Journal;

namespace Simulator.Store.Reading;

/// <summary>A journal event read back from a file: the columns every event has, which is all the journal's text needs.</summary>
internal sealed record StoredEvent(Instant At, string? StoredVault, string? StoredItem, string? StoredJobId, string StoredWhat, string StoredState) : DomainEvent(At)
{
    public override string? Vault => StoredVault;

    public override string? Item => StoredItem;

    public override string? JobId => StoredJobId;

    public override string What => StoredWhat;

    public override string State => StoredState;
}
