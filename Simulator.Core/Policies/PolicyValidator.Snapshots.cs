namespace Simulator.Core.Policies;

public static partial class PolicyValidator
{
    private static void CheckSnapshots(BackupPolicy policy, List<PolicyProblem> problems)
    {
        const string field = "instantRestoreDays";
        var days = policy.InstantRestoreDays;
        var frequency = policy.Schedule?.Frequency ?? ScheduleFrequency.Daily;
        var (min, max, allowed) = (policy.Kind, frequency) switch
        {
            (PolicyKind.Mars, _) => (0, 0, "0 (a MARS policy has no snapshot tier)"),
            (PolicyKind.Standard, ScheduleFrequency.Weekly) => Range(PolicyLimits.StandardWeeklySnapshotDays, PolicyLimits.StandardWeeklySnapshotDays, "for a Standard weekly schedule"),
            (PolicyKind.Standard, _) => Range(PolicyLimits.StandardMinSnapshotDays, PolicyLimits.StandardMaxSnapshotDays, "for a Standard policy"),
            (PolicyKind.Enhanced, ScheduleFrequency.Weekly) => Range(PolicyLimits.EnhancedWeeklyMinSnapshotDays, PolicyLimits.EnhancedMaxSnapshotDays, "for an Enhanced weekly schedule"),
            (PolicyKind.Enhanced, ScheduleFrequency.Hourly) when policy.Schedule?.Hourly is { } window =>
                Range(PolicyLimits.EnhancedMinSnapshotDays, PolicyLimits.EnhancedHourlySnapshotCeiling(window), $"for an Enhanced policy taking {CountText.Of(window.RunsPerWindow, "snapshot")} a day (every {CountText.Of(window.IntervalHours, "hour")} for {CountText.Of(window.WindowDurationHours, "hour")})"),
            _ => Range(PolicyLimits.EnhancedMinSnapshotDays, PolicyLimits.EnhancedMaxSnapshotDays, "for an Enhanced policy"),
        };
        if (days < min || days > max)
        {
            problems.Add(PolicyProblem.OutOfRange(field, CountText.Of(days, "day"), allowed));
            return;
        }

        // Azure: snapshot retention can't exceed the vault retention of the points it belongs to.
        var vaultDays = frequency == ScheduleFrequency.Weekly ? policy.Retention?.Weekly?.Weeks * 7 : policy.Retention?.Daily?.Days;
        if (vaultDays is { } keep && keep > 0 && days > keep)
        {
            problems.Add(PolicyProblem.Invalid(field, CountText.Of(days, "day"), $"at most the vault retention of {CountText.Of(keep, "day")}", "is longer than the vault retention"));
        }
    }

    /// <summary>The snapshot days allowed, with the words that tell them: "exactly 5 days" where there is one, else "1 to 5 days".</summary>
    private static (int Min, int Max, string Allowed) Range(int min, int max, string whose) =>
        (min, max, min == max ? $"exactly {CountText.Of(min, "day")} {whose}" : $"{min} to {max} days {whose}");
}
