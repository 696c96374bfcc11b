namespace Simulator.Core.Policies;

/// <summary>How a policy's run time behaves across daylight-saving changes (decision D1).</summary>
public enum DstMode
{
    /// <summary>The run time is pinned to a UTC time of day when the policy is saved, as Azure documents.</summary>
    Fixed,

    /// <summary>Runs follow the local wall-clock time every day.</summary>
    FollowWallClock,
}
