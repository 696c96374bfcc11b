namespace Simulator.Tests.Store;

public sealed partial class BadFileTests
{
    private const string AnItem = "expected the number of an item in table 'item_keys'";

    /// <summary>A row whose item number was edited to name no item: the command that meets it, the edit, and the cell the refusal names ({0}: web-01's first point).</summary>
    /// <remarks>In the recorded fleet, item 5 is web-01, and its job configuring backup is job 5.</remarks>
    public static TheoryData<string, string, string> OrphanedRows => new()
    {
        { "report FILE jobs", "UPDATE jobs SET item_id = 99999 WHERE seq = 5", $"table 'jobs', column 'item_id', in the row with seq 5: found 99999, {AnItem}" },
        { "report FILE jobs --item web-01", "UPDATE jobs SET item_id = 99999 WHERE seq = 5", $"table 'jobs', column 'item_id', in the row with seq 5: found 99999, {AnItem}" },
        { "diff FILE FILE", "UPDATE jobs SET item_id = 99999 WHERE seq = 23", $"table 'jobs', column 'item_id', in the row with seq 23: found 99999, {AnItem}" },
        { "report FILE jobs", "DELETE FROM item_keys WHERE id = 5", $"table 'jobs', column 'item_id', in the row with seq 5: found 5, {AnItem}" },
        { "report FILE points --item web-01", "UPDATE recovery_points SET item_id = 99999 WHERE id = {0}", $"table 'recovery_points', column 'item_id', in the row with id {{0}}: found 99999, {AnItem}" },
        { "report FILE points --item web-02", "UPDATE recovery_points SET item_id = 0 WHERE id = {0}", $"table 'recovery_points', column 'item_id', in the row with id {{0}}: found 0, {AnItem}" },
        { "report FILE points --item web-01", "UPDATE recovery_points SET item_id = 5.5 WHERE id = {0}", $"table 'recovery_points', column 'item_id', in the row with id {{0}}: found the real number 5.5, {AnItem}" },
        { "report FILE points --item web-02", "UPDATE recovery_points SET item_id = 1.5 WHERE id = {0}", $"table 'recovery_points', column 'item_id', in the row with id {{0}}: found the real number 1.5, {AnItem}" },
        { "diff FILE FILE", "UPDATE recovery_points SET item_id = 1.5 WHERE id = {0}", $"table 'recovery_points', column 'item_id', in the row with id {{0}}: found the real number 1.5, {AnItem}" },
        { "diff FILE FILE", "UPDATE recovery_points SET item_id = 99999 WHERE id = {0}", $"table 'recovery_points', column 'item_id', in the row with id {{0}}: found 99999, {AnItem}" },
        { "report FILE items", "INSERT INTO purges VALUES (99999, 17724096000000000)", $"table 'purges', column 'item_id', in the row with item_id 99999: found 99999, {AnItem}" },
        { "report FILE points --item web-01", "INSERT INTO purges VALUES (99999, 17724096000000000)", $"table 'purges', column 'item_id', in the row with item_id 99999: found 99999, {AnItem}" },
    };

    /// <summary>An item's key edited to another kind of value: every list that names items meets it.</summary>
    public static TheoryData<string, string, string> ItemKeysOfAnotherKind => new()
    {
        { "report FILE jobs", "UPDATE item_keys SET item = x'00' WHERE id = 5", "table 'item_keys', column 'item', in the row with id 5: found a BLOB of 1 byte, expected text" },
        { "report FILE points --item web-01", "UPDATE item_keys SET item = x'00' WHERE id = 5", "table 'item_keys', column 'item', in the row with id 5: found a BLOB of 1 byte, expected text" },
        { "diff FILE FILE", "UPDATE item_keys SET vault = x'0102' WHERE id = 5", "table 'item_keys', column 'vault', in the row with id 5: found a BLOB of 2 bytes, expected text" },
    };

    [Fact]
    public void Should_NameTheItemKeysRow_When_AKeyOfAnUnfinishedRunHoldsAnotherKindOfValue() =>
        // Its open rows are rebuilt from its events as it is opened, numbering their items among the keys
        ShouldRefuseTheEdit("report FILE items", "UPDATE runs SET status = 'incomplete'; UPDATE item_keys SET item = x'00' WHERE id = 5",
            "table 'item_keys', column 'item', in the row with id 5: found a BLOB of 1 byte, expected text");

    [Theory]
    [MemberData(nameof(ItemKeysOfAnotherKind))]
    public void Should_NameTheItemKeysRow_When_AKeyHoldsAnotherKindOfValue(string command, string edit, string problem) =>
        ShouldRefuseTheEdit(command, edit, problem);

    [Theory]
    [InlineData("report FILE items")]
    [InlineData("report FILE points --item web-02")]
    [InlineData("diff FILE FILE")]
    public void Should_NameTheItem_When_ItsDataSourceWasDeleted(string command) =>
        // Where the list showed web-01 without its resource group ("VM;iaasvmcontainerv2;;web-01"), and as a VM whatever it was
        ShouldRefuseTheEdit(command, "PRAGMA foreign_keys = OFF; DELETE FROM data_sources WHERE name = 'web-01'",
            "table 'items', column 'name', in the row with vault 'vault-store' and name 'web-01': found 'web-01', expected the name of a data source in table 'data_sources'");

    [Theory]
    [MemberData(nameof(OrphanedRows))]
    public void Should_NameTheRowAndItsItemNumber_When_ItNamesNoItem(string command, string edit, string problem) =>
        ShouldRefuseTheEdit(command, edit, problem);
}
