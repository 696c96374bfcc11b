using Dapper;
using Microsoft.Data.Sqlite;
using Simulator.Store.Recording;
using Simulator.Tests.Support;

namespace Simulator.Tests.Store;

/// <summary>The writer's raw statement stores text exactly as given, whether it encodes it or reuses the last row's.</summary>
public sealed class RawStatementTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Should_StoreEachRowsOwnText_When_RowsRepeatChangeOrEmptyTheirStrings()
    {
        // Given values that repeat as one object, change, are empty, are not ASCII, are equal but other objects,
        // and are too long to be kept
        var repeated = "Completed";
        string?[] values =
        [
            repeated, repeated, "Failed", string.Empty, repeated, "仮想マシン-01", new string('x', 3) + "yz", "xxxyz",
            new string('é', 40), null, repeated,
        ];
        using var connection = new SqliteConnection($"Data Source={_folder.File("raw.db")}");
        connection.Open();
        connection.Execute("CREATE TABLE t (n INTEGER PRIMARY KEY, value TEXT)");

        // When
        using (var insert = new RawStatement(connection, "INSERT INTO t (n, value) VALUES (?1, ?2)"))
        {
            for (var n = 0; n < values.Length; n++)
            {
                insert.Bind(1, (long)n).Bind(2, values[n]).Run();
            }
        }

        // Then
        connection.Query<string?>("SELECT value FROM t ORDER BY n").ShouldBe(values);
        connection.ExecuteScalar<long>("SELECT count(*) FROM t WHERE value IS NULL").ShouldBe(1, "only the null value is NULL; \"\" stays text");
    }
}
