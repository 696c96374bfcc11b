using Simulator.Tests.Support;

namespace Simulator.Tests.Store;

public sealed partial class BadFileTests
{
    /// <summary>What a job's or point's time must be in the store's test scenario (2026-02-02 for 4 days), as a refusal says it.</summary>
    private const string WithinTheRun = "expected a time within the run, from its start_at to its end_at: 17699904000000000 (2026-02-02T00:00:00Z) to 17703360000000000 (2026-02-06T00:00:00Z)";

    /// <summary>A job's, point's or purge's time edited past what the engine could reach: the command that meets it, the edit, and the cell the refusal names ({0}: web-01's first point).</summary>
    public static TheoryData<string, string, string> TimesOutsideTheRun => new()
    {
        // Where its duration was listed as 29 million days
        { "report FILE jobs", "UPDATE jobs SET end_at = 9223372036854775807 WHERE seq = 17", $"table 'jobs', column 'end_at', in the row with seq 17: found the whole number 9223372036854775807, beyond any time, {WithinTheRun}" },
        // Where diff summed it into the item's job time, '10654713 days, 1:16:07'
        { "diff FILE FILE", "UPDATE jobs SET end_at = 9223372036854775807 WHERE seq = 17", $"table 'jobs', column 'end_at', in the row with seq 17: found the whole number 9223372036854775807, beyond any time, {WithinTheRun}" },
        { "report FILE jobs -o json", "UPDATE jobs SET start_at = -9223372036854775807 WHERE seq = 17", $"table 'jobs', column 'start_at', in the row with seq 17: found the whole number -9223372036854775807, beyond any time, {WithinTheRun}" },
        { "report FILE jobs", "UPDATE jobs SET end_at = 17703360010000000 WHERE seq = 17", $"table 'jobs', column 'end_at', in the row with seq 17: found the whole number 17703360010000000 (2026-02-06T00:00:01Z), {WithinTheRun}" },
        // Where its time was listed as "never"
        { "report FILE points --item web-01", "UPDATE recovery_points SET time = 9223372036854775807 WHERE id = {0}", $"table 'recovery_points', column 'time', in the row with id {{0}}: found the whole number 9223372036854775807, beyond any time, {WithinTheRun}" },
        // Where a purge was listed at a time the run never reached, or as "never"
        { "report FILE items", "INSERT OR REPLACE INTO purges VALUES (5, 9223372036854775807)", $"table 'purges', column 'at', in the row with item_id 5: found the whole number 9223372036854775807, beyond any time, {WithinTheRun}" },
        { "report FILE points --item web-01", "INSERT OR REPLACE INTO purges VALUES (5, 17699903990000000)", $"table 'purges', column 'at', in the row with item_id 5: found the whole number 17699903990000000 (2026-02-01T23:59:59Z), {WithinTheRun}" },
        { "diff FILE FILE", "UPDATE recovery_points SET time = 17699903990000000 WHERE id = {0}", $"table 'recovery_points', column 'time', in the row with id {{0}}: found the whole number 17699903990000000 (2026-02-01T23:59:59Z), {WithinTheRun}" },
    };

    [Theory]
    [MemberData(nameof(TimesOutsideTheRun))]
    public void Should_NameTheCell_When_AJobsPointsOrPurgesTimeIsOutsideTheRun(string command, string edit, string problem) =>
        ShouldRefuseTheEdit(command, edit, problem);

    /// <summary>What a point's expiry must be, for a point taken at 2026-02-03T00:00:00Z, as a refusal says it.</summary>
    private const string WithinTheLongestRetention = "expected a time from its point's time to 99 years after it, the longest retention vaultsim keeps: 17700768000000000 (2026-02-03T00:00:00Z) to 48942144000000000 (2125-02-03T00:00:00Z)";

    /// <summary>A point taken at 2026-02-03 ({0}: web-01's first point), its expiry edited to before it or past any retention: the command that meets it, the edit, and the cell the refusal names.</summary>
    public static TheoryData<string, string, string> ExpiriesOutsideAnyRetention => new()
    {
        // Where its vault copy was listed as expired before it was taken
        { "report FILE points --item web-01", "UPDATE recovery_points SET time = 17700768000000000, vault_expiry = 17700767990000000 WHERE id = {0}", $"table 'recovery_points', column 'vault_expiry', in the row with id {{0}}: found the whole number 17700767990000000 (2026-02-02T23:59:59Z), {WithinTheLongestRetention}" },
        { "report FILE points --item web-01", "UPDATE recovery_points SET time = 17700768000000000, vault_expiry = 48942144010000000 WHERE id = {0}", $"table 'recovery_points', column 'vault_expiry', in the row with id {{0}}: found the whole number 48942144010000000 (2125-02-03T00:00:01Z), {WithinTheLongestRetention}" },
        { "diff FILE FILE", "UPDATE recovery_points SET time = 17700768000000000, snapshot_expiry = 0 WHERE id = {0}", $"table 'recovery_points', column 'snapshot_expiry', in the row with id {{0}}: found the whole number 0 (1970-01-01T00:00:00Z), {WithinTheLongestRetention}" },
        { "report FILE points --item web-01", "UPDATE recovery_points SET time = 17700768000000000, snapshot_expiry = 9223372036854775807 WHERE id = {0}", $"table 'recovery_points', column 'snapshot_expiry', in the row with id {{0}}: found the whole number 9223372036854775807, beyond any time, {WithinTheLongestRetention}" },
    };

    [Theory]
    [MemberData(nameof(ExpiriesOutsideAnyRetention))]
    public void Should_NameTheCell_When_APointsExpiryIsBeforeItOrPastTheLongestRetention(string command, string edit, string problem) =>
        ShouldRefuseTheEdit(command, edit, problem);

    [Fact]
    public void Should_ListThePoint_When_ItsExpiryIsTheLongestRetentionAfterIt()
    {
        // Given a point kept for 99 years, the most a yearly rule or a retain-until keeps, long after the run's end
        var path = RecordedRun();
        SqliteFiles.Execute(path, "UPDATE recovery_points SET time = 17700768000000000, vault_expiry = 48942144000000000 WHERE id = (SELECT min(id) FROM recovery_points WHERE item_id = 5)");

        // When
        var outcome = CliRun.Of("report", path, "points", "--item", "web-01", "-o", "csv");

        // Then
        outcome.ExitCode.ShouldBe(0, outcome.Error);
        outcome.Out.ShouldContain("2125-02-03T00:00:00Z");
    }

    [Fact]
    public void Should_ReadAJobEndingAtTheRunsEnd_When_TheRunWasRecordedOnlyUpToItsStart()
    {
        // Given a file as a killed recording leaves it: its rows ahead of where the run says it reached
        var path = RecordedRun();
        SqliteFiles.Execute(path, "UPDATE runs SET reached = start_at; UPDATE jobs SET end_at = 17703360000000000 WHERE seq = 17");

        // When
        var outcome = CliRun.Of("report", path, "jobs", "-o", "csv");

        // Then
        outcome.ExitCode.ShouldBe(0, outcome.Error);
        outcome.Error.ShouldNotContain("table 'jobs'");
    }
}
