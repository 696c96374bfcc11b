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
            (PolicyKind.Standard, ScheduleFrequency.Weekly) => (5, 5, "exactly 5 days for a Standard weekly schedule"),
            (PolicyKind.Standard, _) => (PolicyLimits.StandardMinSnapshotDays, PolicyLimits.StandardMaxSnapshotDays, "1 to 5 days for a Standard policy"),
            (PolicyKind.Enhanced, ScheduleFrequency.Weekly) => (PolicyLimits.EnhancedWeeklyMinSnapshotDays, PolicyLimits.EnhancedMaxSnapshotDays, "5 to 30 days for an Enhanced weekly schedule"),
            (PolicyKind.Enhanced, ScheduleFrequency.Hourly) when policy.Schedule?.Hourly is { } window =>
                HourlyRange(PolicyLimits.EnhancedHourlySnapshotCeiling(window), window),
            _ => (PolicyLimits.EnhancedMinSnapshotDays, PolicyLimits.EnhancedMaxSnapshotDays, "1 to 30 days for an Enhanced policy"),
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

    private static (int Min, int Max, string Allowed) HourlyRange(int max, HourlyWindow window) =>
        (1, max, $"1 to {max} days for an Enhanced policy taking {CountText.Of(window.RunsPerWindow, "snapshot")} a day (every {CountText.Of(window.IntervalHours, "hour")} for {CountText.Of(window.WindowDurationHours, "hour")})");
}
