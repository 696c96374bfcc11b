using NodaTime;

namespace Simulator.Core.Journal;

/// <summary>A recovery point left its item's list: it expired, or went with its item's backup data when that was deleted for good.</summary>
public sealed record RecoveryPointDeleted(Instant At, string VaultName, string ItemName, long PointId, string Reason) : DomainEvent(At)
{
    /// <summary>The reason of a point that went with its item's backup data, deleted for good (purged).</summary>
    /// <remarks>Run files keep it as written, so a reader finds such points by it.</remarks>
    public const string DataDeleted = "backup data deleted";

    /// <summary>The reason of a point whose retention ran out.</summary>
    public const string Expired = "expired";

    public override string? Vault => VaultName;

    public override string? Item => ItemName;

    public override string What => $"Point {PointId}";

    public override string State => $"Deleted ({Reason})";
}
