namespace Simulator.Core.Policies;

/// <summary>The family a policy belongs to; it decides which schedules and limits apply.</summary>
public enum PolicyKind
{
    /// <summary>Azure VM Standard policy (<c>policyType: V1</c>): daily or weekly, one run a day.</summary>
    Standard,

    /// <summary>Azure VM Enhanced policy (<c>policyType: V2</c>): hourly, daily or weekly.</summary>
    Enhanced,

    /// <summary>MARS agent files-and-folders policy: daily or weekly, up to three runs a day, no snapshot tier.</summary>
    Mars,
}
