namespace Simulator.Tests.Store;

public sealed partial class BadFileTests
{
    /// <summary>A cell of a job or point edited to another kind of value than vaultsim writes there: the command that meets it, the edit, and the cell the refusal names ({0}: web-01's first point).</summary>
    public static TheoryData<string, string, string> JobAndPointCellsOfAnotherKind => new()
    {
        { "report FILE jobs", "UPDATE jobs SET transfer_gb = 'abc' WHERE seq = 17", "table 'jobs', column 'transfer_gb', in the row with seq 17: found 'abc', expected a number of GB, 0 or more" },
        { "report FILE jobs", "UPDATE jobs SET error_code = x'00' WHERE seq = 23", "table 'jobs', column 'error_code', in the row with seq 23: found a BLOB of 1 byte, expected text, or nothing (NULL)" },
        { "diff FILE FILE", "UPDATE jobs SET error_code = x'00' WHERE seq = 23", "table 'jobs', column 'error_code', in the row with seq 23: found a BLOB of 1 byte, expected text, or nothing (NULL)" },
        { "diff FILE FILE", "UPDATE jobs SET start_at = 'abc' WHERE seq = 17", "table 'jobs', column 'start_at', in the row with seq 17: found 'abc', expected a whole number of 100-ns ticks since 1970-01-01T00:00:00Z, such as 17724096000000000 for 2026-03-02T00:00:00Z" },
        { "report FILE jobs --item web-01", "UPDATE jobs SET id = x'00ff' WHERE seq = 5", "table 'jobs', column 'id', in the row with seq 5: found a BLOB of 2 bytes, expected text" },
        { "diff FILE FILE", "UPDATE jobs SET transfer_gb = 'abc' WHERE seq = 17", "table 'jobs', column 'transfer_gb', in the row with seq 17: found 'abc', expected a number of GB, 0 or more" },
        { "diff FILE FILE", "UPDATE jobs SET id = x'00ff' WHERE seq = 5", "table 'jobs', column 'id', in the row with seq 5: found a BLOB of 2 bytes, expected text" },
        { "diff FILE FILE", "UPDATE jobs SET status = x'00' WHERE seq = 5", "table 'jobs', column 'status', in the row with seq 5: found a BLOB of 1 byte, expected one of 'InProgress', 'Completed', 'CompletedWithWarnings', 'Failed', 'Cancelled'" },
        { "report FILE points --item web-01", "UPDATE recovery_points SET is_full = 'yes' WHERE id = {0}", "table 'recovery_points', column 'is_full', in the row with id {0}: found 'yes', expected 1 (the item's full copy) or 0" },
        { "diff FILE FILE", "UPDATE recovery_points SET vault_size_gb = 'big' WHERE id = {0}", "table 'recovery_points', column 'vault_size_gb', in the row with id {0}: found 'big', expected a number of GB, 0 or more" },
    };

    /// <summary>A size edited to what no vaultsim writes (a number beyond a double's range reads as infinite): the command that meets it, the edit, and the cell the refusal names.</summary>
    public static TheoryData<string, string, string> SizesNoVaultsimWrites => new()
    {
        { "report FILE jobs -o json", "UPDATE jobs SET transfer_gb = 1e400 WHERE seq = 17", "table 'jobs', column 'transfer_gb', in the row with seq 17: found the real number Infinity, expected a number of GB, 0 or more" },
        { "report FILE points --item web-01 -o json", "UPDATE recovery_points SET vault_size_gb = -1e400 WHERE id = {0}", "table 'recovery_points', column 'vault_size_gb', in the row with id {0}: found the real number -Infinity, expected a number of GB, 0 or more" },
        { "diff FILE FILE", "UPDATE recovery_points SET vault_size_gb = -5 WHERE id = {0}", "table 'recovery_points', column 'vault_size_gb', in the row with id {0}: found the real number -5, expected a number of GB, 0 or more" },
        { "diff FILE FILE", "UPDATE jobs SET transfer_gb = -5 WHERE seq = 17", "table 'jobs', column 'transfer_gb', in the row with seq 17: found the real number -5, expected a number of GB, 0 or more" },
        { "diff FILE FILE", "UPDATE jobs SET transfer_gb = 1e400 WHERE seq = 17", "table 'jobs', column 'transfer_gb', in the row with seq 17: found the real number Infinity, expected a number of GB, 0 or more" },
    };

    [Theory]
    [MemberData(nameof(SizesNoVaultsimWrites))]
    public void Should_NameTheCell_When_ASizeIsInfiniteOrNegative(string command, string edit, string problem) =>
        ShouldRefuseTheEdit(command, edit, problem);

    [Theory]
    [InlineData("report FILE points --item web-01", "2")]
    [InlineData("diff FILE FILE", "-1")]
    public void Should_NameTheCell_When_IsFullIsAWholeNumberOtherThanOneOrZero(string command, string edited) =>
        // Where it was listed as a Full copy, as any number but 0 was read
        ShouldRefuseTheEdit(command, $"UPDATE recovery_points SET is_full = {edited} WHERE id = {{0}}",
            $"table 'recovery_points', column 'is_full', in the row with id {{0}}: found the whole number {edited}, expected 1 (the item's full copy) or 0");

    [Theory]
    [InlineData("report FILE jobs")]
    [InlineData("report FILE jobs -o json")]
    [InlineData("diff FILE FILE")]
    public void Should_NameTheEnd_When_AJobWasEditedToEndBeforeItStarted(string command) =>
        // Where the table said its duration was "0:00:-01"
        ShouldRefuseTheEdit(command, "UPDATE jobs SET start_at = 17724096000000000, end_at = 17724095990000000 WHERE seq = 17",
            "table 'jobs', column 'end_at', in the row with seq 17: found the whole number 17724095990000000 (2026-03-01T23:59:59Z), expected a time no earlier than its start_at, 17724096000000000 (2026-03-02T00:00:00Z)");

    [Theory]
    [InlineData("report FILE points --item web-01")]
    [InlineData("diff FILE FILE")]
    public void Should_NameTheSnapshotExpiry_When_ItWasEmptiedOnAPointThatKeepsItsSnapshot(string command) =>
        // Where its Expiry was left blank, as if the snapshot never went
        ShouldRefuseTheEdit(command, "UPDATE recovery_points SET tier = 'Snapshot', snapshot_expiry = NULL WHERE id = {0}",
            "table 'recovery_points', column 'snapshot_expiry', in the row with id {0}: found nothing (NULL), expected the time its snapshot expires, which its tier 'Snapshot' keeps");

    [Theory]
    [MemberData(nameof(JobAndPointCellsOfAnotherKind))]
    public void Should_NameTheTableRowAndColumn_When_AJobsOrPointsCellHoldsAnotherKindOfValue(string command, string edit, string problem) =>
        ShouldRefuseTheEdit(command, edit, problem);
}
