using SQLitePCL;

namespace Simulator.Store;

/// <summary>How SQLite is set up for a whole process: once, at its start, before any run file is opened.</summary>
/// <remarks>
/// By default SQLite guards every call with a connection mutex and counts every allocation under a global one. A
/// recording makes some twenty calls per row on millions of rows, and the locking was a seventh of the writer's
/// time. The store never shares a connection between threads at once (the writer's is used by the writer only,
/// readers open their own), which is what SQLite's multi-thread mode asks, and it reads no memory statistics.
/// </remarks>
public static class SqliteProcess
{
    private const int ConfigMultiThread = 2;
    private const int ConfigMemStatus = 9;
    private const int Ok = 0;

    /// <summary>Switches SQLite to multi-thread mode without memory statistics.</summary>
    /// <remarks>Call it before any connection exists: SQLite can only be reconfigured while shut down. If that fails, the defaults stay, which are only slower.</remarks>
    public static void UseMultiThreadMode()
    {
        Batteries_V2.Init();
        if (raw.sqlite3_shutdown() != Ok)
        {
            return;
        }

        raw.sqlite3_config(ConfigMultiThread);
        raw.sqlite3_config(ConfigMemStatus, 0);
        raw.sqlite3_initialize();
    }
}
