using System.Globalization;
using Microsoft.Data.Sqlite;
using Simulator.Scenarios.Files;

namespace Simulator.Store.Schema;

/// <summary>What a SQLite error on a run file means, in a person's words: the one place the store reads SQLite's result codes.</summary>
/// <remarks>
/// SQLite says "database disk image is malformed" or "disk I/O error", which names neither the file nor what happened
/// to it. Where the code and the file tell more (a file cut short, a full disk), the message says that and what to do;
/// a table or column missing is named as what an edit took out; any other error keeps SQLite's words.
/// </remarks>
internal static class SqliteFailure
{
    // SQLite's primary result codes (https://sqlite.org/rescode.html); an extended code keeps its primary in the low byte.
    private const int Error = 1;
    private const int Busy = 5;
    private const int Locked = 6;
    private const int ReadOnly = 8;
    private const int IoError = 10;
    private const int Corrupt = 11;
    private const int Full = 13;
    private const int CantOpen = 14;
    private const int NotADatabase = 26;

    // An extended code: a hot journal (a change a killed program left unfinished) that a read-only connection can't roll back.
    private const int ReadOnlyRollback = ReadOnly | (3 << 8);

    private const string CopyAgain = "Copy the whole file again, or record the run again.";

    /// <summary>The way out of a file that was damaged or edited, whose run this vaultsim can't rebuild from it.</summary>
    public const string RestoreOrRecordAgain = "Restore it from a copy, or record the run again.";

    private static readonly (string, string) Malformed = ("the file is damaged: SQLite finds its pages malformed", RestoreOrRecordAgain);

    /// <summary>The refusal of a file SQLite failed on while it was only read, which leaves it as it was.</summary>
    /// <param name="path">The file, as the user named it.</param>
    /// <param name="e">What SQLite threw.</param>
    public static RunStoreException Reading(string path, SqliteException e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return Explain(path, e) is (string problem, string wayOut)
            ? new RunStoreException(path, $"{problem}; it was left untouched. {wayOut}", e)
            : new RunStoreException(path, $"the file can't be read: {e.Message}", e);
    }

    /// <summary>The refusal of a file SQLite failed on while a recording was being started or continued in it.</summary>
    /// <inheritdoc cref="Reading" path="/param"/>
    public static RunStoreException Recording(string path, SqliteException e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return Explain(path, e) is (string problem, string wayOut)
            ? new RunStoreException(path, $"can't record into the file: {problem}. {wayOut}", e)
            : new RunStoreException(path, $"can't record into the file: {e.Message}", e);
    }

    private static (string Problem, string WayOut)? Explain(string path, SqliteException e)
    {
        var start = Start(path);
        return (e.SqliteErrorCode & 0xFF) switch
        {
            // A table or column every run file of its schema holds is missing: the file was edited, not damaged.
            Error when Missing(e.Message) is { } missing =>
                ($"it has no {missing}, which every vaultsim run file holds (was it edited?)", RestoreOrRecordAgain),
            Corrupt or NotADatabase when start is not null && !DatabaseHeader.IsDatabase(start.Value.Header) =>
                ("this is not a vaultsim run file: it is not a SQLite database", "Name a file recorded with --db."),
            Corrupt or NotADatabase => CutShort(start) ?? Malformed,

            // A page past the end of a file cut short is a short read, which SQLite counts as an I/O error.
            IoError => CutShort(start) ?? ("SQLite could not read or write it (a disk I/O error), as happens with a device, a pipe, or a disk that failed or was removed", "Name a regular file on a working disk (for example run.db)."),
            Full => ("the disk is full", "Free some space, or use a file on another disk."),
            Busy or Locked => ("another program has the file locked", "Try again once it has let go of the file."),

            // Every store connection that only reads is read-only, so SQLite can't undo the change: the file and its
            // folder may well be writable, and saying they are not sent people looking at permissions.
            ReadOnly when e.SqliteExtendedErrorCode == ReadOnlyRollback =>
                ($"a program was stopped while it changed the file, and its journal {path}-journal holds what must be undone before the file can be read",
                    "Open it once with a program that may write it, such as the sqlite3 shell, which undoes the change; or restore it from a copy."),
            ReadOnly when WriteProbe.IsOnReadOnlyFileSystem(path) => ("the file system it is on is mounted read-only", "Copy it to a disk that may be written, or use another file."),
            ReadOnly => ("the file or its folder may not be written", "Make them writable, or use another file."),
            // SQLite builds a file's full path in 512 bytes on Unix and can't open one longer, whatever its permissions.
            CantOpen when TooLong(path) is { } length =>
                ($"SQLite can't open it: its full path is {length:N0} bytes long, and SQLite opens paths of at most {LongestPath} bytes", "Name the file by a shorter path, or from a folder nearer the root."),
            CantOpen when LogWithoutIndex(path) is { } log =>
                ($"its log '{log}-wal' is beside it, but SQLite reads a log only through a '{log}-shm' beside them, which it could not make in the file's folder (no file may be made there)",
                    "Copy the file and its -wal into a folder that may be written, or copy its -shm beside them too."),
            CantOpen => ("SQLite can't open it", "Check that the file may be read (and written, to record into it), or name another file."),
            _ => null,
        };
    }

    /// <summary>The file's name when a log with something in it lies beside it without the <c>-shm</c> SQLite reads a log through; otherwise null.</summary>
    /// <remarks>A killed recording's file and log copied into a read-only folder: SQLite makes the <c>-shm</c> when it may, and can't open the file when it may not.</remarks>
    private static string? LogWithoutIndex(string path)
    {
        var log = new FileInfo(path + "-wal");
        return log.Exists && log.Length > 0 && !File.Exists(path + "-shm") ? Path.GetFileName(path) : null;
    }

    /// <summary>The longest full path SQLite's Unix file system layer opens (its <c>MAX_PATHNAME</c> is 512, the ending zero among them).</summary>
    private const int LongestPath = 511;

    /// <summary>The length in bytes of the file's full path when it is longer than SQLite opens; null otherwise.</summary>
    private static int? TooLong(string path) =>
        OperatingSystem.IsWindows() ? null : System.Text.Encoding.UTF8.GetByteCount(Path.GetFullPath(path)) is var length and > LongestPath ? length : null;

    /// <summary>What SQLite found missing ("table 'jobs'", "column 'item_key'"), from its message; null for any other error.</summary>
    /// <remarks>
    /// SQLite names it as the query did ("main.item_keys", a column by its table's alias "i.name"); the file has no such
    /// name. A column missing where a row is written is told of the table written, which for an unfinished run's rows
    /// rebuilt from its events is a temporary copy of the file's ("table temp.open_jobs has no column named status").
    /// </remarks>
    private static string? Missing(string message) =>
        System.Text.RegularExpressions.Regex.Match(message, @"no such (table|column): (?:\w+\.)?(\w+)") is { Success: true } match
            ? $"{match.Groups[1].Value} '{match.Groups[2].Value}'"
            : System.Text.RegularExpressions.Regex.Match(message, @"has no column named (\w+)") is { Success: true } written
            ? $"column '{written.Groups[1].Value}'"
            : null;

    /// <summary>The file's length and header, read again to tell what SQLite met; null when it can't be read.</summary>
    private static (long Length, byte[] Header)? Start(string path)
    {
        try
        {
            return (new FileInfo(path).Length, DatabaseHeader.ReadStart(path, DatabaseHeader.HeaderLength));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>How a database's file was cut short: within its header, or before the length its header gives; null when it was not, or can't be told.</summary>
    private static (string, string)? CutShort((long Length, byte[] Header)? start)
    {
        if (start is not (var length, var header) || !DatabaseHeader.IsDatabase(header))
        {
            return null;
        }

        if (header.Length < DatabaseHeader.HeaderLength)
        {
            return (string.Create(CultureInfo.InvariantCulture, $"the file is damaged: it was cut short, and ends after {length:N0} bytes, within the {DatabaseHeader.HeaderLength} of its header"), CopyAgain);
        }

        return DatabaseHeader.DeclaredLength(header) is { } declared && length < declared
            ? (string.Create(CultureInfo.InvariantCulture, $"the file is damaged: it was cut short, and holds {length:N0} of the {declared:N0} bytes its header gives"), CopyAgain)
            : null;
    }
}
