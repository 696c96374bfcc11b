using NodaTime;

namespace Simulator.Core.Journal;

/// <summary>The item's soft-delete state changed: soft-deleted (with its purge time), undeleted, or purged.</summary>
public sealed record ItemDeleteStateChanged(Instant At, string VaultName, string ItemName, string Change, Instant? PurgeAt) : DomainEvent(At)
{
    /// <summary>The change of an item whose backup data was deleted for good, which a run file records on its own.</summary>
    public const string Purged = "Purged";

    public override string? Vault => VaultName;

    public override string? Item => ItemName;

    public override string What => "Delete state";

    public override string State => StateWith(purge => $"{purge}");

    public override string StateWith(Func<Instant, string> time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return PurgeAt is { } purge ? $"{Change} until {time(purge)}" : Change;
    }
}
