namespace Simulator.Core.Jobs;

/// <summary>Why a backup job ran.</summary>
public enum BackupTrigger
{
    Scheduled,
    OnDemand,
}
