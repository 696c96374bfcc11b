namespace Simulator.Core.RecoveryPoints;

/// <summary>How consistent a point is (the API's <c>recoveryPointType</c>), decided by decision D8.</summary>
public enum Consistency : byte
{
    AppConsistent,
    FileSystemConsistent,
    CrashConsistent,
}
