using NodaTime;
using Simulator.Core.Vaults;

namespace Simulator.Core.DataSources;

/// <summary>A Windows server whose MARS agent is registered to a vault and backs up files and folders.</summary>
public sealed class MarsServer : DataSource
{
    internal MarsServer(MarsServerSpec spec, Vault vault)
        : base(spec.Name, spec.Location, spec.UsedSizeGb, spec.DailyChurnGb, spec.ThroughputMBps)
    {
        if (spec.DiskImportDuration < Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(spec), spec.DiskImportDuration, "The disk import duration can't be negative.");
        }

        RegisteredVault = vault;
        InitialBackup = spec.InitialBackup;
        DiskImportDuration = spec.DiskImportDuration;
    }

    public override DataSourceType Type => DataSourceType.MarsFilesFolders;

    /// <summary>The vault the agent is registered to; only that vault can protect the server.</summary>
    public Vault RegisteredVault { get; }

    public InitialBackupMode InitialBackup { get; }

    public Duration DiskImportDuration { get; }
}
