namespace Simulator.Store.Schema;

internal enum FileKind
{
    /// <summary>No file at the path.</summary>
    Absent,

    /// <summary>A file of zero bytes, or a SQLite database with no tables: free to record into.</summary>
    Empty,

    /// <summary>A vaultsim run file.</summary>
    Store,
}
