namespace Simulator.Scenarios.Fleets;

/// <summary>The policy every VM of a benchmark estate is protected with.</summary>
public enum EstatePolicy
{
    /// <summary>The vault's DefaultPolicy: daily at 02:00 UTC, kept 30 days, snapshots 2 days.</summary>
    Default,

    /// <summary>A Standard daily policy with grandfather-father-son retention: 30 days, 12 weeks, 60 months, 10 years.</summary>
    Gfs,

    /// <summary>An Enhanced policy backing up every 4 hours, around the clock.</summary>
    Enhanced,
}
