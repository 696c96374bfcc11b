using Dapper;
using Simulator.Scenarios.Model;

namespace Simulator.Store.Reading;

public sealed partial class RunReader
{
    /// <summary>The first schema whose runs keep the policy files their scenario imports (<see cref="Schema.SchemaV7"/>).</summary>
    private const int FirstVersionKeepingPolicyFiles = 7;

    /// <summary>The policy files the run's scenario imported, as they were when it was recorded; null for a run begun before they were kept.</summary>
    /// <exception cref="UnreadableCellException">A row holds what vaultsim never writes there (a BLOB, a NULL).</exception>
    private List<PolicyFileText>? PolicyFiles(long? firstVersion) =>
        firstVersion >= FirstVersionKeepingPolicyFiles
            ? ReadingCells(e => StoredCells.FirstOfAnotherKind(_connection, "policy_files", ["file"], PolicyFileCells, e),
                () => _connection.Query<(string File, string Text)>("SELECT file, text FROM policy_files ORDER BY rowid").Select(p => new PolicyFileText(p.File, p.Text)).ToList())
            : null;

    /// <summary>The columns of a policy file's row, as vaultsim writes them.</summary>
    private static readonly StoredColumn[] PolicyFileCells = [StoredCells.Text("file", optional: false), StoredCells.Text("text", optional: false)];
}
