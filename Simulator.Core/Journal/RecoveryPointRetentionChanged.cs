using NodaTime;

namespace Simulator.Core.Journal;

/// <summary>A policy change moved the vault expiry of a point (longer or shorter retention, domain.md §2.7).</summary>
public sealed record RecoveryPointRetentionChanged(Instant At, string VaultName, string ItemName, long PointId, Instant VaultExpiry) : DomainEvent(At)
{
    public override string? Vault => VaultName;

    public override string? Item => ItemName;

    public override string What => $"Point {PointId}";

    public override string State => StateWith(JournalFormatter.FormatTime);

    public override string StateWith(Func<Instant, string> time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return VaultExpiry == Instant.MaxValue ? "Kept forever" : $"Expires {time(VaultExpiry)}";
    }
}
