using System.Globalization;
using Simulator.Tests.Support;

namespace Simulator.Tests.Store;

public sealed partial class BadFileTests
{
    /// <summary>A text cell of an item or its data source replaced by a BLOB: the command that meets it, the edit, and the cell the refusal names.</summary>
    public static TheoryData<string, string, string> ItemCellsOfAnotherKind => new()
    {
        { "report FILE items", "UPDATE items SET policy = x'00ff' WHERE name = 'web-01'", "table 'items', column 'policy', in the row with vault 'vault-store' and name 'web-01': found a BLOB of 2 bytes, expected text" },
        { "diff FILE FILE", "UPDATE items SET health = x'00' WHERE name = 'web-01'", "table 'items', column 'health', in the row with vault 'vault-store' and name 'web-01': found a BLOB of 1 byte, expected one of 'IRPending', 'Healthy', 'Unhealthy', 'NotReachable'" },
        { "report FILE points --item web-01", "UPDATE items SET delete_state = x'00ff' WHERE name = 'web-01'", "table 'items', column 'delete_state', in the row with vault 'vault-store' and name 'web-01': found a BLOB of 2 bytes, expected one of 'NotDeleted', 'ToBeDeleted'" },
        { "report FILE items", "UPDATE items SET last_backup_time = x'00ff' WHERE name = 'web-01'", $"table 'items', column 'last_backup_time', in the row with vault 'vault-store' and name 'web-01': found a BLOB of 2 bytes, expected {IsoTime}, or nothing (NULL)" },
        { "report FILE items", "UPDATE data_sources SET type = x'00' WHERE name = 'web-01'", "table 'data_sources', column 'type', in the row with name 'web-01': found a BLOB of 1 byte, expected one of 'AzureVm', 'MarsFilesFolders'" },
    };

    [Theory]
    [MemberData(nameof(ItemCellsOfAnotherKind))]
    public void Should_NameTheItemsRowAndColumn_When_ATextCellWasReplacedByABlob(string command, string edit, string problem) =>
        ShouldRefuseTheEdit(command, edit, problem);

    [Theory]
    [InlineData("report FILE items")]
    [InlineData("report FILE points --item web-02")]
    public void Should_NameTheMissingItem_When_ItsRowWasDeleted(string command)
    {
        // Given
        var path = RecordedRun();
        var key = SqliteFiles.Scalar(path, "SELECT id FROM item_keys WHERE item = 'web-01'");
        SqliteFiles.Execute(path, "DELETE FROM items WHERE name = 'web-01'");
        var before = FileSnapshot.Of(path);

        // When
        var outcome = CliRun.Of([.. command.Split(' ').Select(word => word == "FILE" ? path : word)]);

        // Then, where the list left the item out without a word
        outcome.ExitCode.ShouldBe(2);
        outcome.Error.ShouldBe(string.Create(CultureInfo.InvariantCulture,
            $"vaultsim: {path}: table 'items' has no row with vault 'vault-store' and name 'web-01', the item that table 'item_keys' names in its row with id {key}: it had jobs or points, and table 'purges' holds no purge of it{EditedTime}\n"));
        outcome.Out.ShouldBeEmpty();
        FileSnapshot.Of(path).ShouldBe(before);
    }

    [Fact]
    public void Should_ListTheItems_When_AnItemWithoutARowWasPurged()
    {
        // Given an item whose backup data was deleted for good, which takes its row away
        var path = RecordedRun();
        var key = SqliteFiles.Scalar(path, "SELECT id FROM item_keys WHERE item = 'web-01'");
        SqliteFiles.Execute(path, $"DELETE FROM items WHERE name = 'web-01'; INSERT INTO purges (item_id, at) VALUES ({key}, 17703000000000000)");

        // When
        var outcome = CliRun.Of("report", path, "items", "-o", "csv");

        // Then
        outcome.ExitCode.ShouldBe(0, outcome.Error);
        outcome.Out.ShouldNotContain("web-01,");
    }

    [Fact]
    public void Should_NameTheItemsRowByItsRowid_When_ItsNameWasReplacedByABlob()
    {
        // Given
        var path = RecordedRun();
        var rowid = SqliteFiles.Scalar(path, "SELECT rowid FROM items WHERE name = 'web-01'");
        // The sqlite3 shell leaves foreign keys off, as a person editing the file would have them.
        SqliteFiles.Execute(path, "PRAGMA foreign_keys = OFF; UPDATE items SET name = x'00ff' WHERE name = 'web-01'");

        var before = FileSnapshot.Of(path);

        // When
        var outcome = CliRun.Of("report", path, "items");

        // Then a name that is no text can't name its row, so its rowid does (SELECT * FROM items WHERE rowid = ...)
        outcome.ExitCode.ShouldBe(2);
        outcome.Error.ShouldBe(string.Create(CultureInfo.InvariantCulture,
            $"vaultsim: {path}: table 'items', column 'name', in the row with rowid {rowid}: found a BLOB of 2 bytes, expected text{EditedTime}\n"));
        outcome.Out.ShouldBeEmpty();
        FileSnapshot.Of(path).ShouldBe(before);
    }
}
