using Simulator.Core.Vaults;

namespace Simulator.Core.DataSources;

/// <summary>Something that can be protected by a vault: an Azure VM, or a server running the MARS agent.</summary>
public abstract class DataSource
{
    private protected DataSource(string name, string region, double usedSizeGb, double dailyChurnGb, double throughputMBps)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(region);
        ArgumentOutOfRangeException.ThrowIfNegative(usedSizeGb);
        ArgumentOutOfRangeException.ThrowIfNegative(dailyChurnGb);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(throughputMBps);
        Name = name;
        Region = AzureRegion.Name(region);
        UsedSizeGb = usedSizeGb;
        DailyChurnGb = dailyChurnGb;
        ThroughputMBps = throughputMBps;
    }

    public string Name { get; }

    public string Region { get; }

    public abstract DataSourceType Type { get; }

    /// <summary>Used data, which the first (full) backup transfers.</summary>
    public double UsedSizeGb { get; }

    /// <summary>Data changed per day, which incremental backups transfer.</summary>
    public double DailyChurnGb { get; }

    /// <summary>How fast this source's data reaches the vault.</summary>
    public double ThroughputMBps { get; private set; }

    /// <summary>Transfers that will fail, from the next one on (a scripted fault).</summary>
    public int PendingTransferFailures { get; private set; }

    internal void SetThroughput(double megabytesPerSecond)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(megabytesPerSecond);
        ThroughputMBps = megabytesPerSecond;
    }

    internal void FailNextTransfers(int count) => PendingTransferFailures += count;

    internal bool TakeTransferFailure()
    {
        if (PendingTransferFailures == 0)
        {
            return false;
        }

        PendingTransferFailures--;
        return true;
    }

    public override string ToString() => Name;
}
