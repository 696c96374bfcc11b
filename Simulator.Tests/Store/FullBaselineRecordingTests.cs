using Dapper;
using Microsoft.Data.Sqlite;
using Simulator.Tests.Support;

namespace Simulator.Tests.Store;

/// <summary>A recorded run keeps the point that took over an expired full copy as the full copy (domain.md §5.4).</summary>
public sealed class FullBaselineRecordingTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Should_RecordTheNewBaselineAsFullWithTheWholeSize_When_TheFullPointExpired()
    {
        // Given sixty days of DefaultPolicy on a 128 GB VM: its full copy expired after thirty, twice over
        var db = _folder.File("steady.db");
        var scenario = Path.Combine(RepositoryFiles.Scenarios, "default-policy-steady-state.yaml");

        // When
        CliRun.Of("run", scenario, "--db", db).ExitCode.ShouldBe(0);

        // Then the oldest point still in the vault is the full copy, as large as the VM's data
        using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        connection.Open();
        var alive = connection.Query<(long IsFull, double Size)>("SELECT is_full, vault_size_gb FROM recovery_points WHERE deleted_at IS NULL AND vaulted_at IS NOT NULL ORDER BY id").ToList();
        alive[0].ShouldBe((1L, 128.0));
        alive.Skip(1).ShouldAllBe(p => p.IsFull == 0);
    }
}
