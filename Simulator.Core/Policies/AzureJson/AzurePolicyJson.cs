using System.Text.RegularExpressions;

namespace Simulator.Core.Policies.AzureJson;

/// <summary>Imports and exports backup policies as Azure policy JSON.</summary>
/// <remarks>
/// Import accepts what <c>az backup policy show</c> prints and what the REST API returns: both key spellings,
/// null members, <c>Z</c> and <c>+00:00</c> date-times, V1 (<c>SimpleSchedulePolicy</c>) and V2
/// (<c>SimpleSchedulePolicyV2</c>) schedules, a missing <c>policyType</c> read as V1, Windows or IANA zone ids. Azure
/// has no JSON for MARS policies; vaultsim reads and writes them in the same shape with
/// <c>backupManagementType: "MAB"</c>. Export writes the CLI shape.
/// </remarks>
public static partial class AzurePolicyJson
{
    /// <summary>Reads the one policy of <paramref name="json"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="sourceName">The file name or label used in error messages.</param>
    /// <exception cref="AzurePolicyJsonException">The text is not JSON, not a policy, or holds several policies.</exception>
    public static BackupPolicy Import(string json, string sourceName)
    {
        var policies = ImportAll(json, sourceName);
        return policies.Count == 1
            ? policies[0]
            : throw new AzurePolicyJsonException(sourceName, string.Empty, $"holds {policies.Count} policies; expected exactly one");
    }

    /// <summary>Reads a policy object, an array of them (as <c>az backup policy list</c> prints), or a REST list (<c>value</c>).</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="sourceName">The file name or label used in error messages.</param>
    /// <param name="unstatedDstMode">The mode of a policy whose file states none, as Azure's exports never do: Azure's own
    /// behaviour by default, a scenario's default mode where one imports the file.</param>
    /// <exception cref="AzurePolicyJsonException">The text is not JSON or a value has the wrong shape.</exception>
    public static IReadOnlyList<BackupPolicy> ImportAll(string json, string sourceName, DstMode unstatedDstMode = DstMode.Fixed)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(sourceName);
        return AzurePolicyReader.ReadAll(json, sourceName, unstatedDstMode);
    }

    /// <summary>Why <see cref="ImportAll"/> passed over the policy named <paramref name="name"/> in a list, as a policy of
    /// a workload vaultsim does not simulate (<c>an AzureWorkload policy (SQL Server ...)</c>); null if it did not.</summary>
    /// <param name="json">The text <see cref="ImportAll"/> read.</param>
    /// <param name="name">The name asked for, matched ignoring case.</param>
    public static (string Name, string Reason)? PassedOver(string json, string name)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(name);
        return AzurePolicyReader.PassedOver(json, name) is { } passed
            ? (passed.Name, $"{("AEIOU".Contains(char.ToUpperInvariant(passed.Type[0]), StringComparison.Ordinal) ? "an" : "a")} {passed.Type} policy ({AzureNames.UnsimulatedManagementTypes[passed.Type]}), which vaultsim does not simulate")
            : null;
    }

    /// <summary>Writes the policy as <c>az backup policy show</c> prints it.</summary>
    public static string Export(BackupPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return AzurePolicyWriter.Write(policy);
    }

    /// <summary>Where a field of the <paramref name="policyIndex"/>th policy that <see cref="ImportAll"/> read from
    /// <paramref name="json"/> is written, as <c>source:line:position</c>; the bare <paramref name="sourceName"/> when
    /// the text has nothing of it.</summary>
    /// <remarks>A validation problem of an imported policy is placed as a mistake in its text is: a missing member at
    /// the object that lacks it.</remarks>
    /// <param name="jsonPath">The field's path within its policy (<see cref="PathOf"/>).</param>
    public static string Place(string json, string sourceName, int policyIndex, string jsonPath)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(sourceName);
        ArgumentNullException.ThrowIfNull(jsonPath);
        var root = AzurePolicyReader.PolicyPath(json, policyIndex);
        var path = root.Length == 0 ? jsonPath : $"{root}.{jsonPath}";
        return JsonSyntax.Locate(json, path) is { } at ? FormattableString.Invariant($"{sourceName}:{at.Line}:{at.Position}") : sourceName;
    }

    /// <summary>A validation problem of an imported policy as every reader tells it: where, at which JSON path, and why
    /// (<c>pol.json:17:18: properties.retentionPolicy.dailySchedule.retentionDuration.count: 3 is out of range; …</c>).</summary>
    public static string Told(string json, string sourceName, int policyIndex, BackupPolicy policy, PolicyProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var at = PathOf(problem.Field, policy);
        return $"{Place(json, sourceName, policyIndex, at)}: {at}: {problem.Reason}";
    }

    /// <summary>The JSON path where a validation field (<see cref="PolicyProblem.Field"/>) is written for this policy.</summary>
    public static string PathOf(string field, BackupPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(policy);
        var schedule = policy.Kind != PolicyKind.Enhanced
            ? "properties.schedulePolicy"
            : policy.Schedule?.Frequency == ScheduleFrequency.Weekly ? "properties.schedulePolicy.weeklySchedule" : "properties.schedulePolicy.dailySchedule";
        const string hourly = "properties.schedulePolicy.hourlySchedule";
        const string retention = "properties.retentionPolicy";
        if (TimeIndex().Match(field) is { Success: true } indexed)
        {
            return $"{schedule}.scheduleRunTimes[{indexed.Groups[1].Value}]";
        }

        return field switch
        {
            "name" => "name",
            "kind" => policy.Kind == PolicyKind.Mars ? "properties.backupManagementType" : "properties.policyType",
            "timeZone" => "properties.timeZone",
            "dstMode" => "properties.dstMode",
            "instantRestoreDays" => "properties.instantRpRetentionRangeInDays",
            "schedule.frequency" => "properties.schedulePolicy.scheduleRunFrequency",
            "schedule.times" => $"{schedule}.scheduleRunTimes",
            "schedule.days" => $"{schedule}.scheduleRunDays",
            "schedule.interval" => $"{hourly}.interval",
            "schedule.windowStart" => $"{hourly}.scheduleWindowStartTime",
            "schedule.windowHours" => $"{hourly}.scheduleWindowDuration",
            "retention" => retention,
            "retention.daily" => $"{retention}.dailySchedule",
            "retention.daily.days" => $"{retention}.dailySchedule.retentionDuration.count",
            "retention.weekly.weeks" => $"{retention}.weeklySchedule.retentionDuration.count",
            "retention.weekly.days" => $"{retention}.weeklySchedule.daysOfTheWeek",
            "retention.yearly.months" => $"{retention}.yearlySchedule.monthsOfYear",
            _ when field.StartsWith("retention.monthly.", StringComparison.Ordinal) => SelectorPath($"{retention}.monthlySchedule", field["retention.monthly.".Length..]),
            _ when field.StartsWith("retention.yearly.", StringComparison.Ordinal) => SelectorPath($"{retention}.yearlySchedule", field["retention.yearly.".Length..]),
            _ => "properties",
        };
    }

    private static string SelectorPath(string rule, string part) => part switch
    {
        "months" or "years" => $"{rule}.retentionDuration.count",
        "days" => $"{rule}.retentionScheduleDaily.daysOfTheMonth",
        "weeks" => $"{rule}.retentionScheduleWeekly.weeksOfTheMonth",
        "weekdays" => $"{rule}.retentionScheduleWeekly.daysOfTheWeek",
        _ => rule,
    };

    [GeneratedRegex(@"^schedule\.times\[(\d+)\]$")]
    private static partial Regex TimeIndex();
}
