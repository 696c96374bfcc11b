using NodaTime;
using Simulator.Core.Policies;

namespace Simulator.Core.Service;

/// <summary>What the simulation remembers about a MARS item between jobs.</summary>
internal sealed class MarsItemState
{
    /// <summary>True once the seeding disks of an offline-seeded item are in the vault.</summary>
    public bool SeedImported { get; set; }

    /// <summary>The time the seeded copy reflects: the base of the next increment until a point reaches the vault.</summary>
    public Instant? SeedBaseline { get; set; }

    /// <summary>Data a failed or cancelled transfer already sent; MARS jobs checkpoint, so the next job does not resend it.</summary>
    public double KeptGb { get; set; }

    /// <summary>The long-term role (weekly, monthly, yearly) of a failed scheduled backup, owed to the next successful one.</summary>
    public RetentionTag? OwedTag { get; set; }
}
