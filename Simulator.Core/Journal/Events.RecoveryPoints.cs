using NodaTime;

namespace Simulator.Core.Journal;

/// <summary>A point was taken; the expiries are those planned for its tiers (the vault one applies once the copy arrives).</summary>
public sealed record RecoveryPointCreated(Instant At, string VaultName, string ItemName, long PointId, string Tag, string Consistency, bool IsFull, Instant? SnapshotExpiry, Instant VaultExpiry) : DomainEvent(At)
{
    public override string? Vault => VaultName;

    public override string? Item => ItemName;

    /// <summary>The point's own time (its job's start, when the snapshot was taken), which is earlier than <see cref="DomainEvent.At"/>.</summary>
    /// <remarks>An init property rather than a positional one, so publishers written before it still compile; null when one does not say.</remarks>
    public Instant? Time { get; init; }

    public override string What => $"Point {PointId}";

    public override string State => $"Snapshot {Tag} {Consistency}{(IsFull ? " full" : string.Empty)}";
}

/// <summary>A point's tier changed: its vault copy arrived, or its snapshot expired.</summary>
public sealed record RecoveryPointTierChanged(Instant At, string VaultName, string ItemName, long PointId, string Tier, string Reason, double VaultSizeGb) : DomainEvent(At)
{
    public override string? Vault => VaultName;

    public override string? Item => ItemName;

    public override string What => $"Point {PointId}";

    public override string State => $"{Tier} ({Reason})";
}

public sealed record RecoveryPointDeleted(Instant At, string VaultName, string ItemName, long PointId, string Reason) : DomainEvent(At)
{
    public override string? Vault => VaultName;

    public override string? Item => ItemName;

    public override string What => $"Point {PointId}";

    public override string State => $"Deleted ({Reason})";
}

/// <summary>A policy change moved the vault expiry of a point (longer or shorter retention, domain.md §2.7).</summary>
public sealed record RecoveryPointRetentionChanged(Instant At, string VaultName, string ItemName, long PointId, Instant VaultExpiry) : DomainEvent(At)
{
    public override string? Vault => VaultName;

    public override string? Item => ItemName;

    public override string What => $"Point {PointId}";

    public override string State => VaultExpiry == Instant.MaxValue ? "Kept forever" : $"Expires {JournalFormatter.FormatTime(VaultExpiry)}";
}
