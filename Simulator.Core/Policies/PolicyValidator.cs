using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Simulator.Core.Policies;

/// <summary>Checks a policy against every limit Azure Backup enforces, and lists each problem found.</summary>
/// <remarks>
/// Validation never stops at the first problem: a person fixing a policy file wants the whole list at once. Fields
/// are named in the policy path vocabulary (<c>retention.daily.days</c>, <c>schedule.times[0]</c>), which the
/// scenario loader and the Azure JSON importer map back to where the value was written.
/// </remarks>
public static partial class PolicyValidator
{
    private static readonly LocalTimePattern TimeText = LocalTimePattern.CreateWithInvariantCulture("HH:mm:ss.FFFFFFF");

    /// <summary>The problems of <paramref name="policy"/>; empty when it is valid.</summary>
    public static IReadOnlyList<PolicyProblem> Validate(BackupPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var problems = new List<PolicyProblem>();
        CheckIdentity(policy, problems);
        if (!Enum.IsDefined(policy.Kind))
        {
            // Every other rule depends on the kind, so there is nothing more to check.
            problems.Add(PolicyProblem.Invalid("kind", policy.Kind, "Standard, Enhanced or Mars", "is not a policy kind"));
            return problems;
        }

        var scheduleProblems = problems.Count;
        CheckSchedule(policy.Kind, policy.Schedule, problems);
        var scheduleValid = problems.Count == scheduleProblems;
        CheckSnapshots(policy, problems);
        CheckRetention(policy, problems, scheduleValid);
        return problems;
    }

    /// <summary>All problems as one text, one per line, for refusals and command output.</summary>
    public static string Describe(IEnumerable<PolicyProblem> problems) =>
        string.Join(Environment.NewLine, (problems ?? throw new ArgumentNullException(nameof(problems))).Select(p => p.Message));

    private static void CheckIdentity(BackupPolicy policy, List<PolicyProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(policy.Name))
        {
            problems.Add(PolicyProblem.Invalid("name", $"'{policy.Name}'", "a non-empty name", "is empty"));
        }

        if (!PolicyTimeZones.TryResolve(policy.TimeZoneId, out var zone))
        {
            // Told inside the sentence, so that every reader's ending (a period, "at" its JSON path) still fits.
            var meant = PolicyTimeZones.Meant(policy.TimeZoneId) is { } id ? $" (did you mean {id}?)" : string.Empty;
            problems.Add(PolicyProblem.Invalid("timeZone", $"'{policy.TimeZoneId}'", "a Windows zone id (W. Europe Standard Time) or an IANA id (Europe/Berlin)", "is not a known time zone" + meant));
        }
        else if (policy.TimeZone is null || zone.Id != policy.TimeZone.Id)
        {
            problems.Add(PolicyProblem.Invalid("timeZone", $"'{policy.TimeZoneId}'", $"the zone the id names ({zone.Id})", $"does not match the policy's zone {policy.TimeZone?.Id ?? "null"}"));
        }

        if (!Enum.IsDefined(policy.DstMode))
        {
            problems.Add(PolicyProblem.Invalid("dstMode", policy.DstMode, "Fixed or FollowWallClock", "is not a daylight-saving mode"));
        }
    }

    /// <summary>A clock time as refusals write it (04:30:00).</summary>
    internal static string Format(LocalTime time) => TimeText.Format(time);

    private static string Format<T>(IEnumerable<T> values) =>
        "[" + string.Join(", ", values.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture))) + "]";

    private static bool HasDuplicates<T>(IReadOnlyCollection<T> values) => values.Distinct().Count() != values.Count;
}
