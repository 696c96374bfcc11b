using NodaTime;
using Simulator.Core.DataSources;
using Simulator.Core.Protection;
using Simulator.Store.Reading;

namespace Simulator.Tui.Cli.Reports;

/// <summary>Lays out recorded jobs, items and points with the columns of <c>az backup job|item|recoverypoint list</c>.</summary>
internal static class ReportTables
{
    private static readonly ReportColumn[] JobColumns =
    [
        new("Name", "name"), new("Operation", "operation"), new("Status", "status"), new("Item Name", "itemName"),
        new("Start Time UTC", "startTimeUtc"), new("Duration", "duration"),
        new("Vault", "vault", InTable: false, InTableWhenVaried: true), new("Trigger", "trigger", InTable: false), new("End Time UTC", "endTimeUtc", InTable: false),
        new("Error Code", "errorCode", InTable: false), new("Transfer GB", "transferGb", InTable: false),
    ];

    private static readonly ReportColumn[] ItemColumns =
    [
        new("Name", "name"), new("Friendly Name", "friendlyName"), new("Container name", "containerName"), new("Resource Group", "resourceGroup"),
        new("Type", "type"), new("Last Backup Status", "lastBackupStatus"), new("Last Recovery Point", "lastRecoveryPoint"),
        new("Protection Status", "protectionStatus"), new("Health Status", "healthStatus"),
        new("Vault", "vault", InTable: false, InTableWhenVaried: true), new("Protection State", "protectionState", InTable: false),
        new("Policy", "policy", InTable: false), new("Delete State", "deleteState", InTable: false),
    ];

    private static readonly ReportColumn[] PointColumns =
    [
        new("Name", "name"), new("Time", "time"), new("Consistency", "consistency"), new("Tier", "tier"), new("Copy", "copy"), new("Expiry", "expiry"),
        new("Item Name", "itemName", InTable: false), new("Vault", "vault", InTable: false, InTableWhenVaried: true), new("Tag", "tag", InTable: false), new("Snapshot Expiry", "snapshotExpiry", InTable: false),
        new("Vault Expiry", "vaultExpiry", InTable: false), new("Vault Size GB", "vaultSizeGb", InTable: false), new("Kept By", "keptBy", InTable: false),
    ];

    /// <param name="jobs">Read as the table is written, each time it is enumerated (<see cref="RunReader.EachJob"/>).</param>
    /// <param name="reached">When the run stopped: the duration of a job still running counts up to it.</param>
    /// <remarks>
    /// A job still running has no transfer size, as it has no end: the file keeps what a job sent when it ends, and a
    /// 0 read as a day-long transfer having sent nothing.
    /// </remarks>
    public static ReportTable Jobs(IEnumerable<JobRecord> jobs, Instant reached) => new(JobColumns, jobs.Select(j => (IReadOnlyList<object?>)
    [
        j.Id, j.Operation, j.Status, j.Item, ReportValues.Time(j.Start), ReportValues.Duration(j.Duration(reached)),
        j.Vault, j.Trigger, ReportValues.Time(j.End), j.ErrorCode, j.End is null ? null : j.TransferGb,
    ]));

    /// <remarks>
    /// As <c>az backup item list</c> fills them: Protection Status is the item's <c>protectionStatus</c> (Healthy,
    /// Unhealthy, NotReachable, IRPending), Health Status its <c>healthStatus</c> (Passed or ActionRequired,
    /// <see cref="HealthStatuses"/>); the protection state, which the table showed there, is a field of its own.
    /// </remarks>
    public static ReportTable Items(IEnumerable<ItemRecord> items) => new(ItemColumns, items.Select(i => (IReadOnlyList<object?>)
    [
        .. Identity(i), i.LastBackupStatus, ReportValues.Time(i.LastRecoveryPoint), i.Health,
        HealthStatuses.Of(Enum.Parse<ProtectedItemHealth>(i.Health)).ToString(),
        i.Vault, i.ProtectionState, AttachedPolicy(i), i.DeleteState,
    ]).ToList());

    /// <summary>The item's policy as the dashboard and Azure show it: none once protection is stopped with the data retained (domain.md §5.2).</summary>
    /// <remarks>The run file keeps the policy last attached (the core's <c>PolicyName</c>); the list shows what is attached now, by the core's rule.</remarks>
    private static string? AttachedPolicy(ItemRecord i) =>
        ProtectedItem.AttachedPolicyNameIn(Enum.Parse<ProtectionState>(i.ProtectionState), i.Policy);

    /// <summary>The item's name, friendly name, container, resource group and type, as <c>az backup item list</c> gives them.</summary>
    private static object?[] Identity(ItemRecord i) => i.SourceType == nameof(DataSourceType.MarsFilesFolders)
        // A MARS agent's files and folders: workload type FileFolder, in the container of its server, with no
        // resource group. The sources give no form of Azure's own item name, so the server's name stands for it.
        ? [AzureName(i), i.Name, i.Name, null, "FileFolder"]
        // Azure names an IaaS VM item "VM;iaasvmcontainerv2;<resource group>;<vm>" inside container "iaasvmcontainerv2;<resource group>;<vm>".
        : [AzureName(i), i.Name, $"{VmContainer};{i.ResourceGroup};{i.Name}", i.ResourceGroup, "VM"];

    private const string VmContainer = "iaasvmcontainerv2";

    /// <summary>The item's Name as <c>az backup item list</c> gives it, which <c>--item</c> takes as well as the friendly name, as <c>az backup</c>'s <c>--item-name</c> does.</summary>
    public static string AzureName(ItemRecord i)
    {
        ArgumentNullException.ThrowIfNull(i);
        return i.SourceType == nameof(DataSourceType.MarsFilesFolders) ? i.Name : $"VM;{VmContainer};{i.ResourceGroup};{i.Name}";
    }

    /// <summary>The VM a VM item's <see cref="AzureName"/> names, its last part; null for any other text.</summary>
    public static string? VmOfAzureName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Split(';') is [var type, var container, _, var vm]
            && string.Equals(type, "VM", StringComparison.OrdinalIgnoreCase) && string.Equals(container, VmContainer, StringComparison.OrdinalIgnoreCase)
            ? vm
            : null;
    }

    public static ReportTable Points(IEnumerable<PointRecord> points) => new(PointColumns, points.Select(p => (IReadOnlyList<object?>)
    [
        ReportValues.Text(p.Id), ReportValues.Time(p.Time), p.Consistency, p.Tier, Copy(p), Expiry(p),
        p.Item, p.Vault, p.Tag, p.HasSnapshot ? ReportValues.Time(p.SnapshotExpiry) : null, p.InVault ? ReportValues.Time(p.VaultExpiry) : null, p.VaultSizeGb, p.KeptBy?.ToString(),
    ]).ToList());

    // A kept point's date is only the policy's (snapshotExpiry and vaultExpiry still give it): the table says it is kept,
    // and JSON and CSV give no expiry, with keptBy saying why, as no program should take the date for a deadline.
    private static object? Expiry(PointRecord p) => p.KeptBy is null ? ReportValues.Time(p.Expiry) : new TableOnly(ReportValues.Expiry(p.Expiry, p.KeptBy)!);

    // Not a column of the Azure CLI, whose points don't say; a word, not a flag, so the table, CSV and JSON read alike.
    private static string Copy(PointRecord p) => p.IsFull ? "Full" : "Incremental";
}
