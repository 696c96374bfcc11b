namespace Simulator.Core.Policies;

/// <summary>Why a recovery point is kept: the retention rule that tagged it, or an on-demand request.</summary>
public enum RetentionTag : byte
{
    /// <summary>A scheduled point no rule keeps in the vault (an Enhanced policy's intermediate hourly snapshot).</summary>
    None,
    Daily,
    Weekly,
    Monthly,
    Yearly,
    OnDemand,
}
