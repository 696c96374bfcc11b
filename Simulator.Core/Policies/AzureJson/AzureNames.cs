using System.Text.RegularExpressions;
using NodaTime;

namespace Simulator.Core.Policies.AzureJson;

/// <summary>The enum spellings of the Azure policy JSON, both ways.</summary>
internal static partial class AzureNames
{
    public const string VmManagementType = "AzureIaasVM";

    /// <summary>The backup management type of MARS items; vaultsim uses it for its own MARS policy shape.</summary>
    public const string MarsManagementType = "MAB";

    /// <summary>The other management types a vault's policies have (<c>BackupManagementType</c>), with what they back up:
    /// vaultsim reads them to say so, or to pass over them in a vault's list.</summary>
    public static readonly IReadOnlyDictionary<string, string> UnsimulatedManagementTypes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["AzureWorkload"] = "SQL Server and SAP HANA databases in Azure VMs",
        ["AzureStorage"] = "Azure Files shares",
        ["AzureSql"] = "Azure SQL databases",
        ["DPM"] = "System Center Data Protection Manager",
        ["AzureBackupServer"] = "Azure Backup Server",
        ["DefaultBackup"] = "the default backup of other workloads",
    };

    /// <summary>Every member name of Azure's policy JSON (and its lists and ARM resources), those vaultsim reads and
    /// those it passes over, so that a name close to one it reads is told as a slip only when Azure has no such member.</summary>
    public static readonly IReadOnlySet<string> Members = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "id", "name", "type", "eTag", "location", "tags", "properties", "value", "nextLink", "apiVersion", "dependsOn",
        "resources", "$schema", "contentVersion", "parameters", "variables", "outputs", "scope", "condition", "comments",
        "systemData", "identity", "sku", "kind", "zones", "metadata", "copy", "vaultRetentionPolicy",
        "backupManagementType", "workLoadType", "policyType", "protectedItemsCount", "resourceGuardOperationRequests",
        "instantRpRetentionRangeInDays", "instantRpDetails", "azureBackupRGNamePrefix", "azureBackupRGNameSuffix",
        "timeZone", "tieringPolicy", "snapshotConsistencyType", "settings", "subProtectionPolicy", "dstMode",
        "schedulePolicy", "schedulePolicyType", "scheduleRunFrequency", "scheduleRunDays", "scheduleRunTimes",
        "scheduleWeeklyFrequency", "hourlySchedule", "dailySchedule", "weeklySchedule", "interval",
        "scheduleWindowStartTime", "scheduleWindowDuration", "retentionPolicy", "retentionPolicyType", "monthlySchedule",
        "yearlySchedule", "retentionTimes", "retentionDuration", "count", "durationType", "daysOfTheWeek",
        "retentionScheduleFormatType", "retentionScheduleDaily", "retentionScheduleWeekly", "daysOfTheMonth", "date",
        "isLast", "weeksOfTheMonth", "monthsOfYear",
    };

    public const string SimpleV1 = "SimpleSchedulePolicy";
    public const string SimpleV2 = "SimpleSchedulePolicyV2";
    public const string LongTerm = "LongTermRetentionPolicy";
    public const string PolicyType = "Microsoft.RecoveryServices/vaults/backupPolicies";

    /// <summary>The policy's own name in an ARM resource's name, which is its vault's and its own (<c>vault1/Daily</c>),
    /// or an expression that writes them (<c>[concat(parameters('vaultName'), '/Daily')]</c>); the name as given when it
    /// has no such part (a name taken from a parameter).</summary>
    public static string PolicyOfResourceName(string resourceName)
    {
        var written = resourceName;
        if (resourceName.StartsWith('[') && resourceName.EndsWith(']'))
        {
            // The expression's last text literal that is not the name of a parameter or a variable.
            written = ExpressionLiteral().Matches(resourceName).LastOrDefault(m => !m.Groups[1].Success)?.Groups[2].Value ?? string.Empty;
        }

        var own = written[(written.LastIndexOf('/') + 1)..];
        return own.Length > 0 ? own : resourceName;
    }

    [GeneratedRegex(@"((?:parameters|variables)\(\s*)?'([^']*)'")]
    private static partial Regex ExpressionLiteral();

    public static readonly IReadOnlyDictionary<string, IsoDayOfWeek> Days = new Dictionary<string, IsoDayOfWeek>
    {
        ["Sunday"] = IsoDayOfWeek.Sunday,
        ["Monday"] = IsoDayOfWeek.Monday,
        ["Tuesday"] = IsoDayOfWeek.Tuesday,
        ["Wednesday"] = IsoDayOfWeek.Wednesday,
        ["Thursday"] = IsoDayOfWeek.Thursday,
        ["Friday"] = IsoDayOfWeek.Friday,
        ["Saturday"] = IsoDayOfWeek.Saturday,
    };

    public static readonly IReadOnlyDictionary<string, int> Months = new Dictionary<string, int>
    {
        ["January"] = 1,
        ["February"] = 2,
        ["March"] = 3,
        ["April"] = 4,
        ["May"] = 5,
        ["June"] = 6,
        ["July"] = 7,
        ["August"] = 8,
        ["September"] = 9,
        ["October"] = 10,
        ["November"] = 11,
        ["December"] = 12,
    };

    public static readonly IReadOnlyDictionary<string, WeekOfMonth> Weeks = new Dictionary<string, WeekOfMonth>
    {
        ["First"] = WeekOfMonth.First,
        ["Second"] = WeekOfMonth.Second,
        ["Third"] = WeekOfMonth.Third,
        ["Fourth"] = WeekOfMonth.Fourth,
        ["Last"] = WeekOfMonth.Last,
    };

    public static readonly IReadOnlyDictionary<string, ScheduleFrequency> Frequencies = new Dictionary<string, ScheduleFrequency>
    {
        ["Daily"] = ScheduleFrequency.Daily,
        ["Weekly"] = ScheduleFrequency.Weekly,
        ["Hourly"] = ScheduleFrequency.Hourly,
    };

    public static readonly IReadOnlyDictionary<string, DstMode> DstModes = new Dictionary<string, DstMode>
    {
        ["Fixed"] = DstMode.Fixed,
        ["FollowWallClock"] = DstMode.FollowWallClock,
    };

    public static string Of(IsoDayOfWeek day) => day.ToString();

    public static string OfMonth(int month) => Months.First(m => m.Value == month).Key;
}
