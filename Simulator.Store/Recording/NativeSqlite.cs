using System.Runtime.InteropServices;

namespace Simulator.Store.Recording;

/// <summary>The few SQLite calls a <see cref="RawStatement"/> makes per row, taken straight from the e_sqlite3 library SQLitePCLRaw ships.</summary>
/// <remarks>
/// SQLitePCLRaw passes its handles as SafeHandles, and marshalling one costs an interlocked add and release per call:
/// with twenty calls a row and millions of rows, that was an eighth of the writer's time. The statement is still
/// prepared and finalized through SQLitePCLRaw, which keeps it alive; these calls only use its pointer meanwhile.
/// <para>
/// The binds skip the runtime's GC transition: each only copies a value into the statement, never blocks and never
/// calls back, and a job's row makes seventeen of them. Stepping writes to the file, so it keeps its transition and
/// the collector can run meanwhile.
/// </para>
/// </remarks>
internal static unsafe partial class NativeSqlite
{
    private const string Library = "e_sqlite3";

    /// <summary>SQLITE_TRANSIENT: SQLite copies the value before the call returns, so the managed memory need not stay pinned.</summary>
    public static readonly IntPtr Transient = new(-1);

    /// <summary>SQLITE_STATIC: SQLite reads the value where it is, until it is bound again; only for memory that never moves.</summary>
    public static readonly IntPtr Static = IntPtr.Zero;

    [LibraryImport(Library)]
    [SuppressGCTransition]
    public static partial int sqlite3_bind_int64(IntPtr statement, int index, long value);

    [LibraryImport(Library)]
    [SuppressGCTransition]
    public static partial int sqlite3_bind_double(IntPtr statement, int index, double value);

    [LibraryImport(Library)]
    [SuppressGCTransition]
    public static partial int sqlite3_bind_null(IntPtr statement, int index);

    [LibraryImport(Library)]
    [SuppressGCTransition]
    public static partial int sqlite3_bind_text(IntPtr statement, int index, byte* text, int bytes, IntPtr destructor);

    [LibraryImport(Library)]
    [SuppressGCTransition]
    public static partial int sqlite3_bind_blob(IntPtr statement, int index, byte* data, int bytes, IntPtr destructor);

    [LibraryImport(Library)]
    public static partial int sqlite3_step(IntPtr statement);

    [LibraryImport(Library)]
    public static partial int sqlite3_reset(IntPtr statement);
}
