using Dapper;
using Microsoft.Data.Sqlite;
using Simulator.Store.Folding;
using Simulator.Tests.Support;

namespace Simulator.Tests.Store;

/// <summary>Each vault and item gets one number, whether the names come as the same objects or as equal text.</summary>
public sealed class ItemKeysTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Should_GiveOneNumberPerVaultAndItem_When_TheSameNameObjectComesFromTwoVaultsOrEqualTextComesAgain()
    {
        // Given one item name object backed up in two vaults, and the same names again as other string objects
        var item = "vm-erp-01";
        var vaultA = "vault-a";
        var vaultB = "vault-b";
        using var connection = new SqliteConnection($"Data Source={_folder.File("keys.db")}");
        connection.Open();
        connection.Execute("CREATE TABLE item_keys (id INTEGER PRIMARY KEY, vault TEXT NOT NULL, item TEXT NOT NULL)");
        using var keys = new ItemKeys(connection);

        // When rows name them in turn
        long[] ids =
        [
            keys.Of(vaultA, item), keys.Of(vaultB, item), keys.Of(vaultA, item),
            keys.Of(new string(vaultB.AsSpan()), new string(item.AsSpan())), keys.Of(vaultA, new string(item.AsSpan())),
        ];

        // Then each vault's item has its own number, and a file read again knows both
        ids.ShouldBe([1L, 2L, 1L, 2L, 1L]);
        using var again = new ItemKeys(connection);
        again.Of(new string(vaultB.AsSpan()), item).ShouldBe(2L);
        again.Of(vaultA, item).ShouldBe(1L);
        connection.Query<(long, string, string)>("SELECT id, vault, item FROM item_keys ORDER BY id").ShouldBe([(1L, vaultA, item), (2L, vaultB, item)]);
    }

    [Fact]
    public void Should_FindEachItemsNumberByTheSimulationsNumberOfIt_When_TheNumbersComeWithTheNames()
    {
        // Given two items of one vault, numbered 1 and 2 by their simulation, and a third, numbered 3, that is the first again (its backup configured anew)
        using var connection = new SqliteConnection($"Data Source={_folder.File("keys.db")}");
        connection.Open();
        connection.Execute("CREATE TABLE item_keys (id INTEGER PRIMARY KEY, vault TEXT NOT NULL, item TEXT NOT NULL)");
        using var keys = new ItemKeys(connection);

        // When rows name them, by number and names, then by names alone (a row rebuilt from a file)
        long[] ids =
        [
            keys.Of("vault", "vm-b", number: 2), keys.Of("vault", "vm-a", number: 1), keys.Of("vault", "vm-b", number: 2),
            keys.Of("vault", "vm-a", number: 3), keys.Of("vault", "vm-a", number: 1), keys.Of("vault", new string("vm-b".AsSpan())),
        ];

        // Then each item keeps the number it was first given, however it is named after
        ids.ShouldBe([1L, 2L, 1L, 2L, 2L, 1L]);
    }
}
