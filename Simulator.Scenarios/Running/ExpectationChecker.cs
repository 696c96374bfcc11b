using System.Globalization;
using NodaTime;
using Simulator.Core;
using Simulator.Core.Jobs;
using Simulator.Core.Journal;
using Simulator.Core.Protection;
using Simulator.Core.RecoveryPoints;
using Simulator.Scenarios.Model;
using Simulator.Scenarios.Yaml;

namespace Simulator.Scenarios.Running;

/// <summary>Checks expectations against the world; each field of an expectation gives one outcome.</summary>
/// <remarks>
/// A check's name comes from the file alone (<see cref="Stated"/>), so a check a run stopped before (<c>--until</c>)
/// is named as it would have been had it been made: the helpers that name them serve both.
/// </remarks>
internal static class ExpectationChecker
{
    /// <summary>The checks an expectation makes, as the file states them, in the order they are made: each one's
    /// name and what it expects.</summary>
    public static IEnumerable<(string Name, string Expected)> Stated(ExpectationDefinition e) => e.Kind switch
    {
        ExpectationKind.Job => JobAssertions(e).Select(a => ($"{JobName(e)} {a.Field}", a.Expected)),
        ExpectationKind.Item => ItemAssertions(e).Select(a => ($"item {e.Item} {a.Field}", a.Expected)),
        ExpectationKind.Points => [($"{PointsName(e)} count", CountRule(e).Expected)],
        ExpectationKind.Point => PointAssertions(e).Select(a => ($"{PointName(e)} {a.Field}", a.Expected)),
        ExpectationKind.NoFailedJobs => [(FailedJobsName(e), "none")],
        ExpectationKind.SkippedTransfers => [($"{SkippedTransfersName(e)} count", CountRule(e).Expected)],
        ExpectationKind.Rpo => [(RpoName(e), RpoExpected(e))],
        ExpectationKind.Jobs => [($"{JobsName(e)} count", CountRule(e).Expected)],
        _ => throw new ArgumentOutOfRangeException(nameof(e), e.Kind, "An expectation of this kind has no checks."),
    };

    public static IEnumerable<ExpectationOutcome> Check(Simulation sim, ExpectationDefinition e)
    {
        var now = sim.Now;
        ExpectationOutcome Outcome(string subject, object? expected, object? actual) =>
            new(e.Location, subject, Text(expected), Text(actual), now, Equals(Text(expected), Text(actual)));

        switch (e.Kind)
        {
            case ExpectationKind.Job:
                var candidates = JobsPicked(sim, e);
                var job = Pick(candidates, e.Nth);
                var name = JobName(e);
                if (job is null)
                {
                    // Each assertion is a check that fails, so a run counts as many checks as validate does. How many
                    // jobs there were to pick from tells a position past them from a filter that matched none.
                    foreach (var (field, expected) in JobAssertions(e))
                    {
                        yield return new ExpectationOutcome(e.Location, $"{name} {field}", expected, $"no such job ({CountText.Of(candidates.Count, "job")})", now, false)
                            { ExpectedTime = StatedTime(e, field) };
                    }

                    yield break;
                }

                if (e.Status is { } status)
                {
                    yield return Outcome($"{name} status", status, job.Status);
                }

                if (e.Snapshot is { } snapshot)
                {
                    yield return Outcome($"{name} snapshot", snapshot, job.Snapshot?.Status.ToString() ?? "none");
                }

                if (e.Transfer is { } transfer)
                {
                    yield return Outcome($"{name} transfer", transfer, job.Transfer?.Status.ToString() ?? "none");
                }

                if (e.ErrorCode is { } code)
                {
                    yield return Outcome($"{name} errorCode", code, job.ErrorCode ?? "none");
                }

                if (e.PreCheck is { } preCheck)
                {
                    yield return Outcome($"{name} preCheck", preCheck, job.PreCheck);
                }

                if (e.ScheduledFor is { } scheduled)
                {
                    yield return Outcome($"{name} scheduledFor", Time(scheduled), job.ScheduledFor is { } s ? Time(s) : "on demand")
                        with { ExpectedTime = scheduled, ActualTime = job.ScheduledFor };
                }

                break;

            case ExpectationKind.Item:
                var item = sim.FindItem(e.Item!);
                if (e.ProtectionState is { } state)
                {
                    yield return Outcome($"item {e.Item} protectionState", state, item?.State.ToString() ?? "not protected");
                }

                if (e.DeleteState is { } deleteState)
                {
                    yield return Outcome($"item {e.Item} deleteState", deleteState, item?.DeleteState.ToString() ?? "purged");
                }

                if (e.LastBackupStatus is { } last)
                {
                    yield return Outcome($"item {e.Item} lastBackupStatus", last, item?.LastBackupStatus.ToString() ?? "not protected");
                }

                if (e.Health is { } health)
                {
                    yield return Outcome($"item {e.Item} health", health, item?.Health.ToString() ?? "not protected");
                }

                if (e.Purged is { } purged)
                {
                    yield return Outcome($"item {e.Item} purged", Purge(purged), Purge(item is null));
                }

                break;

            case ExpectationKind.Points:
                var count = Points(sim, e).Count();
                yield return Count(e, PointsName(e), count, now);
                break;

            case ExpectationKind.Point:
                var points = Points(sim, e with { Tag = null, Tier = null }).ToList();
                var point = e.PointTime is { } time ? points.FirstOrDefault(p => p.Time == time) : Pick(points, e.Nth);
                var pointName = PointName(e);

                // The subject names the point by its time, which a person reads in the file's zone, as the file wrote it.
                var taken = e.PointTime ?? point?.Time;
                if (point is null)
                {
                    // A point named by a time a little off (an hour of daylight saving, a start delay) is told the nearest.
                    var nearest = e.PointTime is { } wanted && points.Count > 0 ? points.MinBy(p => Math.Abs((p.Time - wanted).TotalTicks)) : null;
                    var missing = nearest is null
                        ? $"no such point ({CountText.Of(points.Count, "point")})"
                        : $"no such point ({CountText.Of(points.Count, "point")}; the nearest taken {Time(nearest.Time)})";
                    foreach (var (field, expected) in PointAssertions(e))
                    {
                        yield return new ExpectationOutcome(e.Location, $"{pointName} {field}", expected, missing, now, false)
                            { ExpectedTime = StatedTime(e, field), SubjectTime = taken, ActualTime = nearest?.Time };
                    }

                    yield break;
                }

                // A position says nothing of which point it found, so its time is told; a point picked by its time has told it already.
                var takenName = e.PointTime is null ? $"{pointName} ({Time(point.Time)})" : pointName;
                if (e.Expiry is { } expiry)
                {
                    yield return Outcome($"{takenName} expiry", Time(expiry), point.InVault ? Time(point.PlannedVaultExpiry) : "not in vault")
                        with { Name = $"{pointName} expiry", SubjectTime = taken, ExpectedTime = Told(expiry), ActualTime = point.InVault ? Told(point.PlannedVaultExpiry) : null };
                }

                if (e.SnapshotExpiry is { } snapshotExpiry)
                {
                    yield return Outcome($"{takenName} snapshotExpiry", Time(snapshotExpiry), point.SnapshotExpiry is { } s ? Time(s) : "no snapshot")
                        with { Name = $"{pointName} snapshotExpiry", SubjectTime = taken, ExpectedTime = Told(snapshotExpiry), ActualTime = point.SnapshotExpiry is { } t ? Told(t) : null };
                }

                if (e.Tier is { } tier)
                {
                    yield return Outcome($"{pointName} tier", tier, MatchesTier(point, tier) ? tier : point.Tier.ToString()) with { SubjectTime = taken };
                }

                if (e.Tag is { } tag)
                {
                    yield return Outcome($"{pointName} tag", tag, point.Tag) with { SubjectTime = taken };
                }

                if (e.Consistency is { } consistency)
                {
                    yield return Outcome($"{pointName} consistency", consistency, point.Consistency) with { SubjectTime = taken };
                }

                if (e.Full is { } full)
                {
                    yield return Outcome($"{takenName} full", Copy(full), Copy(point.IsFull)) with { Name = $"{pointName} full", SubjectTime = taken };
                }

                break;

            case ExpectationKind.NoFailedJobs:
                var failed = sim.Jobs.Where(j => j.Status == JobStatus.Failed && (e.Item is null || Names(e.Item, j))).ToList();
                var first = failed.FirstOrDefault();
                yield return new ExpectationOutcome(e.Location, FailedJobsName(e), "none",
                    first is null ? "none" : $"{failed.Count}, first {first.Item.Name} at {Time(first.Start)} {first.ErrorCode}", now, failed.Count == 0)
                    { ActualTime = first?.Start };
                break;

            case ExpectationKind.SkippedTransfers:
                var skipped = sim.Jobs.Count(j => j.Transfer?.Status == PhaseStatus.Skipped && (e.Item is null || Names(e.Item, j)));
                yield return Count(e, SkippedTransfersName(e), skipped, now);
                break;

            case ExpectationKind.Rpo:
                var newest = sim.FindItem(e.Item!)?.LatestRecoveryPoint;
                var age = newest is null ? (Duration?)null : now - newest.Time;
                yield return new ExpectationOutcome(e.Location, RpoName(e), RpoExpected(e),
                    age is { } a ? ScenarioTime.Format(a) : "no point", now, age is { } ok && ok <= e.MaxAge!.Value);
                break;

            case ExpectationKind.Jobs:
                var jobs = sim.Jobs.Count(j => (e.Item is null || Names(e.Item, j)) && (e.Operation is null || j.Operation == e.Operation)
                    && (e.Trigger is null || j.Trigger == e.Trigger) && (e.Status is null || j.Status == e.Status));
                yield return Count(e, JobsName(e), jobs, now);
                break;
        }
    }

    /// <summary>A job expectation's assertions and their expected values, in the order they are checked.</summary>
    private static IEnumerable<(string Field, string Expected)> JobAssertions(ExpectationDefinition e)
    {
        (string, object?)[] all = [("status", e.Status), ("snapshot", e.Snapshot), ("transfer", e.Transfer), ("errorCode", e.ErrorCode), ("preCheck", e.PreCheck),
            ("scheduledFor", e.ScheduledFor is { } s ? Time(s) : null)];
        return all.Where(a => a.Item2 is not null).Select(a => (a.Item1, Text(a.Item2)));
    }

    /// <summary>An item expectation's assertions and their expected values, in the order they are checked.</summary>
    private static IEnumerable<(string Field, string Expected)> ItemAssertions(ExpectationDefinition e)
    {
        (string, object?)[] all = [("protectionState", e.ProtectionState), ("deleteState", e.DeleteState), ("lastBackupStatus", e.LastBackupStatus),
            ("health", e.Health), ("purged", e.Purged is { } p ? Purge(p) : null)];
        return all.Where(a => a.Item2 is not null).Select(a => (a.Item1, Text(a.Item2)));
    }

    /// <summary>A point expectation's assertions and their expected values, in the order they are checked.</summary>
    private static IEnumerable<(string Field, string Expected)> PointAssertions(ExpectationDefinition e)
    {
        (string, object?)[] all = [("expiry", e.Expiry is { } x ? Time(x) : null), ("snapshotExpiry", e.SnapshotExpiry is { } s ? Time(s) : null), ("tier", e.Tier), ("tag", e.Tag),
            ("consistency", e.Consistency), ("full", e.Full is { } f ? Copy(f) : null)];
        return all.Where(a => a.Item2 is not null).Select(a => (a.Item1, Text(a.Item2)));
    }

    private static string Purge(bool purged) => purged ? "purged" : "kept";

    private static string JobName(ExpectationDefinition e) => $"job {e.Item} {e.Operation}{(e.Trigger is { } t ? $" {t}" : string.Empty)} {Position(e.Nth)}";

    private static string PointName(ExpectationDefinition e) => e.PointTime is { } taken ? $"point of {e.Item} taken {Time(taken)}" : $"point {Position(e.Nth)} of {e.Item}";

    private static string PointsName(ExpectationDefinition e) => $"points of {e.Item}{Filter(e)}";

    private static string FailedJobsName(ExpectationDefinition e) => $"failed jobs{OfItem(e)}";

    private static string SkippedTransfersName(ExpectationDefinition e) => $"skipped transfers{OfItem(e)}";

    private static string JobsName(ExpectationDefinition e) =>
        $"jobs{OfItem(e)}{(e.Operation is null ? string.Empty : $" {e.Operation}")}{(e.Status is null ? string.Empty : $" {e.Status}")}";

    private static string RpoName(ExpectationDefinition e) => $"age of the newest point of {e.Item}";

    private static string RpoExpected(ExpectationDefinition e) => $"at most {ScenarioTime.Format(e.MaxAge!.Value)}";

    private static string OfItem(ExpectationDefinition e) => e.Item is null ? string.Empty : $" of {e.Item}";

    /// <summary>A point's copy as a check reports it: a failed <c>full: true</c> says "expected full, actual incremental".</summary>
    private static string Copy(bool full) => full ? "full" : "incremental";

    /// <summary>The jobs a job expectation picks its one from, by <c>nth</c>.</summary>
    private static List<BackupJob> JobsPicked(Simulation sim, ExpectationDefinition e) =>
        sim.Jobs.Where(j => Names(e.Item!, j) && j.Operation == e.Operation && (e.Trigger is null || j.Trigger == e.Trigger)).ToList();

    private static IEnumerable<RecoveryPoint> Points(Simulation sim, ExpectationDefinition e) =>
        (sim.FindItem(e.Item!)?.RecoveryPoints ?? []).Where(p => (e.Tag is null || p.Tag == e.Tag) && (e.Tier is null || MatchesTier(p, e.Tier)));

    private static bool MatchesTier(RecoveryPoint point, string tier) => tier switch
    {
        "InVault" => point.InVault,
        "WithSnapshot" => point.HasSnapshot,
        _ => string.Equals(point.Tier.ToString(), tier, StringComparison.OrdinalIgnoreCase),
    };

    private static T? Pick<T>(IReadOnlyList<T> list, int nth)
        where T : class
    {
        var index = nth > 0 ? nth - 1 : list.Count + nth;
        return index >= 0 && index < list.Count ? list[index] : null;
    }

    private static ExpectationOutcome Count(ExpectationDefinition e, string subject, int actual, Instant now)
    {
        var (expected, holds) = CountRule(e);
        return new ExpectationOutcome(e.Location, $"{subject} count", expected, actual.ToString(CultureInfo.InvariantCulture), now, holds(actual));
    }

    /// <summary>What a count expects, as its check says it, and the counts that hold it.</summary>
    private static (string Expected, Func<int, bool> Holds) CountRule(ExpectationDefinition e) => (e.Count, e.Min, e.Max) switch
    {
        ({ } exact, _, _) => (exact.ToString(CultureInfo.InvariantCulture), n => n == exact),
        (_, { } min, { } max) => ($"{min} to {max}", n => n >= min && n <= max),
        (_, { } min, null) => ($"at least {min}", n => n >= min),
        (_, null, { } max) => ($"at most {max}", n => n <= max),
        _ => ("a count", _ => true),
    };

    private static string Filter(ExpectationDefinition e) =>
        (e.Tier is null ? string.Empty : $" tier {e.Tier}") + (e.Tag is null ? string.Empty : $" tag {e.Tag}");

    private static string Position(int nth) => nth switch
    {
        -1 => "newest",
        < 0 => $"#{-nth} from newest",
        _ => $"#{nth}",
    };

    /// <summary>Whether the job is of the item named: a data source's name alone takes its items in every vault.</summary>
    private static bool Names(string reference, BackupJob job) => ItemReference.Parse(reference).Matches(job.Item);

    private static string Time(Instant instant) => instant == Instant.MaxValue ? "never" : JournalFormatter.FormatTime(instant);

    /// <summary>A time a check tells in the file's zone where a person reads it; none for "never", which has no zone.</summary>
    private static Instant? Told(Instant instant) => instant == Instant.MaxValue ? null : instant;

    /// <summary>The time an assertion states, for a check that found nothing to compare it with.</summary>
    private static Instant? StatedTime(ExpectationDefinition e, string field) => field switch
    {
        "scheduledFor" => e.ScheduledFor,
        "expiry" => e.Expiry is { } x ? Told(x) : null,
        "snapshotExpiry" => e.SnapshotExpiry is { } s ? Told(s) : null,
        _ => null,
    };

    private static string Text(object? value) => value switch
    {
        null => "none",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "none",
    };
}
