namespace Simulator.Scenarios.Model;

/// <summary>What an expectation looks at.</summary>
public enum ExpectationKind
{
    /// <summary>One job of an item: status, phases, error code, pre-check.</summary>
    Job,

    /// <summary>An item's protection state, delete state, last backup status.</summary>
    Item,

    /// <summary>How many recovery points an item has, by tier and tag.</summary>
    Points,

    /// <summary>One recovery point of an item: its expiry, tier, tag.</summary>
    Point,

    /// <summary>No backup job failed (of one item, or of all).</summary>
    NoFailedJobs,

    /// <summary>How many transfers were skipped because an earlier one was still running.</summary>
    SkippedTransfers,

    /// <summary>The age of the newest point stays under a bound.</summary>
    Rpo,

    /// <summary>How many jobs match a filter.</summary>
    Jobs,
}
