using NodaTime;

namespace Simulator.Core.Policies;

/// <summary>A backup policy: when to back up, how long to keep what, in which time zone.</summary>
/// <remarks>
/// Immutable: editing a policy makes a new value, and the vault swaps it in. <see cref="SavedAt"/> is the moment it
/// was last saved, which pins the UTC run time in <see cref="DstMode.Fixed"/> mode (decision D1).
/// </remarks>
public sealed record BackupPolicy
{
    public const string DefaultPolicyName = "DefaultPolicy";

    /// <summary>How a vault tells its policies' names apart: ignoring case, as Azure does, so "Gold" and "gold" are one name.</summary>
    public static StringComparer NameComparer => StringComparer.OrdinalIgnoreCase;

    public required string Name { get; init; }

    public required PolicyKind Kind { get; init; }

    public required BackupSchedule Schedule { get; init; }

    public required RetentionPolicy Retention { get; init; }

    /// <summary>Days the instant-restore snapshot of each point is kept; 0 for MARS, which has no snapshot tier.</summary>
    public int InstantRestoreDays { get; init; }

    /// <summary>The zone id as given (a Windows id such as <c>W. Europe Standard Time</c>, or an IANA id).</summary>
    public string TimeZoneId { get; init; } = "UTC";

    public required DateTimeZone TimeZone { get; init; }

    public DstMode DstMode { get; init; } = DstMode.Fixed;

    public Instant SavedAt { get; init; }

    /// <summary>The vault's built-in policy: one backup a day, daily points kept 30 days, snapshots 2 days.</summary>
    public static BackupPolicy Default(Instant savedAt) => new()
    {
        Name = DefaultPolicyName,
        Kind = PolicyKind.Standard,
        Schedule = BackupSchedule.Daily(new LocalTime(2, 0)),
        Retention = new RetentionPolicy(new DailyRetention(30)),
        InstantRestoreDays = PolicyLimits.StandardDefaultSnapshotDays,
        TimeZoneId = "UTC",
        TimeZone = DateTimeZone.Utc,
        SavedAt = savedAt,
    };
}
