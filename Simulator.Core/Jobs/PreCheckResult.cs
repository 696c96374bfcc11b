namespace Simulator.Core.Jobs;

/// <summary>The backup pre-check result shown for a job.</summary>
public enum PreCheckResult
{
    Passed,
    Critical,
}
