using NodaTime;
using Simulator.Core.Policies;

namespace Simulator.Core.Service;

/// <summary>What the simulation remembers about a MARS item between jobs.</summary>
internal sealed class MarsItemState
{
    /// <summary>True once the seeding disks of an offline-seeded item are in the vault.</summary>
    public bool SeedImported { get; set; }

    /// <summary>The disk import of a seeded item: its job's network top-up sends the churn up to then, so later increments start there.</summary>
    public Instant? SeedBaseline { get; set; }

    /// <summary>What a failed or cancelled transfer still had to send; MARS jobs checkpoint, so the rest is not resent.</summary>
    public double PendingGb { get; set; }

    /// <summary>The instant the interrupted job's data is as of (its start, or a seeded job's disk import); null when none is.</summary>
    public Instant? PendingSince { get; set; }

    /// <summary>The long-term role (weekly, monthly, yearly) of a failed scheduled backup, owed to the next successful one.</summary>
    public RetentionTag? OwedTag { get; set; }

    /// <summary>When the failed backup that owes <see cref="OwedTag"/> was due: only a backup taken since then is one after it.</summary>
    public Instant? OwedSince { get; set; }
}
