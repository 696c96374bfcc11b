using NodaTime;

namespace Simulator.Core.DataSources;

/// <summary>What a scenario or a test says about a Windows server running the MARS agent.</summary>
public sealed record MarsServerSpec(string Name)
{
    /// <summary>Where the server is; MARS protects on-premises machines as well as Azure VMs, so this is a label.</summary>
    public string Location { get; init; } = "on-premises";

    /// <summary>The files and folders selected for backup.</summary>
    public double UsedSizeGb { get; init; } = 500;

    public double DailyChurnGb { get; init; } = 5;

    /// <summary>The server's upload speed to Azure.</summary>
    public double ThroughputMBps { get; init; } = 20;

    public InitialBackupMode InitialBackup { get; init; } = InitialBackupMode.OverNetwork;

    /// <summary>How long shipping and importing the seeding disks takes (offline seeding only).</summary>
    public Duration DiskImportDuration { get; init; } = Duration.FromDays(7);
}
