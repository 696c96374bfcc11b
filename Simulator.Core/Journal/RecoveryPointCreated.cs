using NodaTime;

namespace Simulator.Core.Journal;

/// <summary>A point was taken at <paramref name="Time"/> (its job's start; the event comes when the snapshot, or a MARS transfer, completes); the expiries are those planned for its tiers.</summary>
/// <param name="IsFull">
/// Whether the point is full as it is created. A point is created before its vault copy, and full is said of a vault
/// copy (<see cref="RecoveryPoints.RecoveryPoint.IsFull"/>), so this build's points never are: their full copy is told
/// when it arrives (<see cref="RecoveryPointTierChanged.FullCopyTransferredToVault"/>). Runs recorded by older builds
/// (store schema 4 and before) set it on the snapshot of every backup taken while the full copy was owed, and a
/// reader of their events keeps what they say.
/// </param>
public sealed record RecoveryPointCreated(Instant At, string VaultName, string ItemName, long PointId, Instant Time, string Tag, string Consistency, bool IsFull, Instant? SnapshotExpiry, Instant VaultExpiry) : DomainEvent(At)
{
    public override string? Vault => VaultName;

    public override string? Item => ItemName;

    public override string What => $"Point {PointId}";

    /// <remarks>The tier it is created in: a snapshot, or nothing yet for a MARS point (D11), whose vault copy the same transfer makes.</remarks>
    public override string State => $"{(SnapshotExpiry is null ? "Created" : "Snapshot")} {Tag} {Consistency}{(IsFull ? " full" : string.Empty)}";
}
