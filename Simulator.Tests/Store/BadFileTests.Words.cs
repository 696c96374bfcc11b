using System.Globalization;
using Simulator.Tests.Support;

namespace Simulator.Tests.Store;

public sealed partial class BadFileTests
{
    private const string JobStatuses = "one of 'InProgress', 'Completed', 'CompletedWithWarnings', 'Failed', 'Cancelled'";

    private const string PhaseStatuses = "one of 'NotStarted', 'InProgress', 'Completed', 'Failed', 'Skipped', 'Cancelled', or nothing (NULL)";

    /// <summary>A word of a closed set edited by hand: the command that meets it, the edit, and the cell the refusal names ({0}: web-01's first point).</summary>
    /// <remarks>In the recorded fleet, jobs 1 to 16 configure backup (no trigger, no phases), 17 to 20 are scheduled backups that completed, and 23 one that failed.</remarks>
    public static TheoryData<string, string, string> EditedWords => new()
    {
        { "report FILE jobs", "UPDATE jobs SET status = 'Bogus' WHERE seq = 5", $"table 'jobs', column 'status', in the row with seq 5: found 'Bogus', expected {JobStatuses}" },
        { "report FILE jobs --status Failed", "UPDATE jobs SET status = 'Bogus' WHERE seq = 17", $"table 'jobs', column 'status', in the row with seq 17: found 'Bogus', expected {JobStatuses}" },
        { "diff FILE FILE", "UPDATE jobs SET status = 'failed' WHERE seq = 23", $"table 'jobs', column 'status', in the row with seq 23: found 'failed', expected {JobStatuses}" },
        { "report FILE jobs -o csv", "UPDATE jobs SET status = 'Bogus' WHERE seq = 23", $"table 'jobs', column 'status', in the row with seq 23: found 'Bogus', expected {JobStatuses}" },
        { "report FILE jobs -o json", "UPDATE jobs SET status = 'Bogus' WHERE seq = 23", $"table 'jobs', column 'status', in the row with seq 23: found 'Bogus', expected {JobStatuses}" },
        { "report FILE jobs", "UPDATE jobs SET operation = 'Restore' WHERE seq = 3", "table 'jobs', column 'operation', in the row with seq 3: found 'Restore', expected one of 'ConfigureBackup', 'Backup', 'DisableBackup', 'DeleteBackupData', 'Undelete'" },
        { "report FILE jobs --operation Backup", "UPDATE jobs SET operation = 'Backupp' WHERE seq = 18", "table 'jobs', column 'operation', in the row with seq 18: found 'Backupp', expected one of 'ConfigureBackup', 'Backup', 'DisableBackup', 'DeleteBackupData', 'Undelete'" },
        { "report FILE jobs", "UPDATE jobs SET trigger = 'Weekly' WHERE seq = 17", "table 'jobs', column 'trigger', in the row with seq 17: found 'Weekly', expected one of 'Scheduled', 'OnDemand', or nothing (NULL)" },
        { "diff FILE FILE", "UPDATE jobs SET operation = 'Restore' WHERE seq = 18", "table 'jobs', column 'operation', in the row with seq 18: found 'Restore', expected one of 'ConfigureBackup', 'Backup', 'DisableBackup', 'DeleteBackupData', 'Undelete'" },
        { "diff FILE FILE", "UPDATE jobs SET trigger = 'Weekly' WHERE seq = 17", "table 'jobs', column 'trigger', in the row with seq 17: found 'Weekly', expected one of 'Scheduled', 'OnDemand', or nothing (NULL)" },
        { "report FILE jobs", "UPDATE jobs SET snapshot_status = 'Done' WHERE seq = 18", $"table 'jobs', column 'snapshot_status', in the row with seq 18: found 'Done', expected {PhaseStatuses}" },
        { "report FILE jobs", "UPDATE jobs SET transfer_status = '' WHERE seq = 19", $"table 'jobs', column 'transfer_status', in the row with seq 19: found '', expected {PhaseStatuses}" },
        { "diff FILE FILE", "UPDATE jobs SET snapshot_status = 'Nope' WHERE seq = 18", $"table 'jobs', column 'snapshot_status', in the row with seq 18: found 'Nope', expected {PhaseStatuses}" },
        { "diff FILE FILE", "UPDATE jobs SET transfer_status = x'00' WHERE seq = 19", $"table 'jobs', column 'transfer_status', in the row with seq 19: found a BLOB of 1 byte, expected {PhaseStatuses}" },
        { "report FILE points --item web-01", "UPDATE recovery_points SET tag = 'Hourly' WHERE item_id = 5", "table 'recovery_points', column 'tag', in the row with id {0}: found 'Hourly', expected one of 'None', 'Daily', 'Weekly', 'Monthly', 'Yearly', 'OnDemand'" },
        { "diff FILE FILE", "UPDATE recovery_points SET consistency = 'Consistent' WHERE item_id = 5", "table 'recovery_points', column 'consistency', in the row with id {0}: found 'Consistent', expected one of 'AppConsistent', 'FileSystemConsistent', 'CrashConsistent'" },
        { "report FILE points --item web-01", "UPDATE recovery_points SET tier = 'Archive' WHERE item_id = 5", "table 'recovery_points', column 'tier', in the row with id {0}: found 'Archive', expected one of 'Snapshot', 'SnapshotAndVaultStandard', 'VaultStandard'" },
        { "report FILE points --item web-01", "UPDATE recovery_points SET delete_reason = 'gone' WHERE item_id = 5", "table 'recovery_points', column 'delete_reason', in the row with id {0}: found 'gone', expected one of 'expired', 'backup data deleted', or nothing (NULL)" },
        { "report FILE items", "UPDATE items SET protection_state = 'Bogus' WHERE name = 'web-01'", "table 'items', column 'protection_state', in the row with vault 'vault-store' and name 'web-01': found 'Bogus', expected one of 'IRPending', 'Protected', 'ProtectionError', 'ProtectionStopped', 'BackupsSuspended'" },
        { "report FILE items", "UPDATE items SET delete_state = 'Deleted' WHERE name = 'web-01'", "table 'items', column 'delete_state', in the row with vault 'vault-store' and name 'web-01': found 'Deleted', expected one of 'NotDeleted', 'ToBeDeleted'" },
        { "report FILE items", "UPDATE items SET last_backup_status = 'Passed' WHERE name = 'web-01'", "table 'items', column 'last_backup_status', in the row with vault 'vault-store' and name 'web-01': found 'Passed', expected one of 'IRPending', 'Healthy', 'Unhealthy'" },
        { "diff FILE FILE", "UPDATE items SET health = 'ActionRequired' WHERE name = 'web-01'", "table 'items', column 'health', in the row with vault 'vault-store' and name 'web-01': found 'ActionRequired', expected one of 'IRPending', 'Healthy', 'Unhealthy', 'NotReachable'" },
        { "report FILE items", "UPDATE data_sources SET type = 'Mars' WHERE name = 'web-01'", "table 'data_sources', column 'type', in the row with name 'web-01': found 'Mars', expected one of 'AzureVm', 'MarsFilesFolders'" },
        { "report FILE jobs", "UPDATE jobs SET trigger = x'00' WHERE seq = 17", "table 'jobs', column 'trigger', in the row with seq 17: found a BLOB of 1 byte, expected one of 'Scheduled', 'OnDemand', or nothing (NULL)" },
        { "diff FILE FILE", "UPDATE recovery_points SET tag = x'0102' WHERE item_id = 5", "table 'recovery_points', column 'tag', in the row with id {0}: found a BLOB of 2 bytes, expected one of 'None', 'Daily', 'Weekly', 'Monthly', 'Yearly', 'OnDemand'" },
        { "report FILE jobs", "PRAGMA ignore_check_constraints = ON; UPDATE runs SET mode = 'batch'", "table 'runs', column 'mode', in the row with id 1: found 'batch', expected one of 'headless', 'interactive'" },
        { "report FILE jobs", "PRAGMA ignore_check_constraints = ON; UPDATE runs SET status = 'done'", "table 'runs', column 'status', in the row with id 1: found 'done', expected one of 'incomplete', 'complete'" },
    };

    [Theory]
    [MemberData(nameof(EditedWords))]
    public void Should_NameTheTableRowAndColumnWithWhatWasFoundAndExpected_When_AWordWasEditedByHand(string command, string edit, string problem) =>
        ShouldRefuseTheEdit(command, edit, problem);

    /// <summary>Records the fleet, edits it by <paramref name="edit"/> and runs <paramref name="command"/>, which must refuse the file for <paramref name="problem"/> ({0}: web-01's first point), leaving it as it was.</summary>
    private void ShouldRefuseTheEdit(string command, string edit, string problem)
    {
        // Given
        var path = RecordedRun();
        var firstPoint = SqliteFiles.Scalar(path, "SELECT min(id) FROM recovery_points WHERE item_id = 5");
        SqliteFiles.Execute(path, string.Format(CultureInfo.InvariantCulture, edit, firstPoint));
        var before = FileSnapshot.Of(path);

        // When
        var outcome = CliRun.Of([.. command.Split(' ').Select(word => word == "FILE" ? path : word)]);

        // Then
        outcome.ExitCode.ShouldBe(2);
        outcome.Error.ShouldBe($"vaultsim: {path}: {string.Format(CultureInfo.InvariantCulture, problem, firstPoint)}{EditedTime}\n");
        outcome.Out.ShouldBeEmpty();
        FileSnapshot.Of(path).ShouldBe(before);
    }

    [Fact]
    public void Should_NameThePoint_When_TheReasonAPointWentWithAPurgeWasEditedByHand()
    {
        // Given a run where vm-test-01's backup data was purged with its 7 points, one of whose reasons was edited
        var path = _folder.File("purged.db");
        CliRun.Of("run", Path.Combine(RepositoryFiles.Scenarios, "vault-settings-soft-delete-crr.yaml"), "--db", path).ExitCode.ShouldBe(0);
        var point = SqliteFiles.Scalar(path, "SELECT min(id) FROM recovery_points WHERE delete_reason = 'backup data deleted' AND item_id = 1");
        SqliteFiles.Execute(path, $"UPDATE recovery_points SET delete_reason = 'Bogus' WHERE id = {point}");
        var before = FileSnapshot.Of(path);

        // When
        var outcome = CliRun.Of("report", path, "points", "--item", "vm-test-01");

        // Then refused, where the purge's note counted 6 points
        outcome.ExitCode.ShouldBe(2);
        outcome.Error.ShouldBe(string.Create(CultureInfo.InvariantCulture,
            $"vaultsim: {path}: table 'recovery_points', column 'delete_reason', in the row with id {point}: found 'Bogus', expected one of 'expired', 'backup data deleted', or nothing (NULL){EditedTime}\n"));
        outcome.Out.ShouldBeEmpty();
        FileSnapshot.Of(path).ShouldBe(before);
    }
}
