namespace Simulator.Store.Schema;

/// <summary>Version 7: the policy files a run's scenario imports are kept beside its text.</summary>
/// <remarks>
/// Until version 6 a run kept only the scenario's text, and reopening read the policy files it imports again from
/// beside the scenario: a file changed or gone since made the lab refuse to open, or replay another history. A run
/// begun at version 7 replays the policies it ran with, wherever the file is taken. An older file's runs keep reading
/// them from beside the scenario (<c>runs.first_version</c> tells them apart): what they were is not in the file.
/// </remarks>
internal static class SchemaV7
{
    public const string Sql = """
        CREATE TABLE policy_files (
            file TEXT PRIMARY KEY,
            text TEXT NOT NULL
        );
        """;
}
