using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Data.Sqlite;
using Simulator.Core.Journal;
using SQLitePCL;

namespace Simulator.Store.Recording;

/// <summary>A statement prepared once and run for many rows straight through SQLitePCLRaw, for the writes done millions of times.</summary>
/// <remarks>
/// Microsoft.Data.Sqlite's parameters cost more per value than SQLite's own insert on this path (measured: a
/// compact row binds and steps in about 1.2 µs raw). Values are still bound, never spliced into the SQL. It runs
/// on the connection's handle, so it joins whatever transaction the connection has open.
/// </remarks>
internal sealed class RawStatement : IDisposable
{
    /// <summary>The longest text whose UTF-8 a parameter keeps, and the room that takes (three bytes a char at most, and one spare).</summary>
    private const int CachedChars = 31;
    private const int CachedBytes = (CachedChars + 1) * 3;

    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;
    private readonly IntPtr _handle;

    // The UTF-8 of the text last bound to each parameter, and the string it came from. Rows repeat a vault, a status
    // or a tag as the very same string object, so a reference check finds most of them encoded already. The bytes
    // are pinned and bound in place (SQLITE_STATIC), which spares SQLite a copy (a malloc and a free) of each: a
    // parameter's slot changes only just before it is bound again.
    private readonly string?[] _lastText;
    private readonly int[] _lastLength;
    private readonly byte[] _lastBytes;

    /// <exception cref="SqliteException">The SQL does not prepare.</exception>
    public RawStatement(SqliteConnection connection, string sql)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("The connection must be open to prepare a statement.");
        Check(raw.sqlite3_prepare_v2(_db, sql, out _statement));
        _handle = _statement.DangerousGetHandle();
        var parameters = raw.sqlite3_bind_parameter_count(_statement);
        _lastText = new string?[parameters];
        _lastLength = new int[parameters];
        _lastBytes = GC.AllocateArray<byte>(parameters * CachedBytes, pinned: true);
    }

    public RawStatement Bind(int index, long value)
    {
        Check(NativeSqlite.sqlite3_bind_int64(_handle, index, value));
        return this;
    }

    public RawStatement Bind(int index, long? value) => value is { } v ? Bind(index, v) : Null(index);

    public RawStatement Bind(int index, double value)
    {
        Check(NativeSqlite.sqlite3_bind_double(_handle, index, value));
        return this;
    }

    public RawStatement Bind(int index, string? value)
    {
        if (value is null)
        {
            return Null(index);
        }

        // UTF-8 encoded here: SQLite's own conversion of UTF-16, with an allocation per value, was a tenth of the
        // writer's time on a big fleet. Short text is kept per parameter (_lastText); longer text (a job's GUID, a
        // whole scenario) is encoded each time, into the stack, and copied by SQLite (SQLITE_TRANSIENT).
        var slot = index - 1;
        if ((uint)slot < (uint)_lastText.Length && value.Length <= CachedChars)
        {
            var cached = _lastBytes.AsSpan(slot * CachedBytes, CachedBytes);
            if (!ReferenceEquals(_lastText[slot], value))
            {
                _lastLength[slot] = Encoding.UTF8.GetBytes(value, cached);
                _lastText[slot] = value;
            }

            return BindText(index, cached[.._lastLength[slot]], NativeSqlite.Static);
        }

        var size = Encoding.UTF8.GetMaxByteCount(value.Length);
        Span<byte> bytes = size <= 512 ? stackalloc byte[size] : new byte[size];
        return BindText(index, bytes[..Encoding.UTF8.GetBytes(value, bytes)], NativeSqlite.Transient);
    }

    /// <summary>Binds a job's name as the journal writes it, its GUID formatted straight into UTF-8.</summary>
    public RawStatement Bind(int index, JobKey job)
    {
        if (job.Text is { } text)
        {
            return Bind(index, text);
        }

        Span<byte> utf8 = stackalloc byte[36];
        job.Guid.TryFormat(utf8, out var written, "D");
        return BindText(index, utf8[..written], NativeSqlite.Transient);
    }

    public RawStatement Bind(int index, ReadOnlySpan<byte> value)
    {
        unsafe
        {
            fixed (byte* data = value)
            {
                Check(NativeSqlite.sqlite3_bind_blob(_handle, index, data, value.Length, NativeSqlite.Transient));
            }
        }

        return this;
    }

    /// <summary>Runs the statement with the values bound, and makes it ready for the next row.</summary>
    /// <exception cref="SqliteException">SQLite refused the row (a constraint, a full disk…).</exception>
    public void Run()
    {
        var result = NativeSqlite.sqlite3_step(_handle);
        NativeSqlite.sqlite3_reset(_handle);
        if (result != raw.SQLITE_DONE)
        {
            throw Error(result);
        }
    }

    public void Dispose() => _statement.Dispose();

    private RawStatement BindText(int index, ReadOnlySpan<byte> utf8, IntPtr destructor)
    {
        unsafe
        {
            // Pinned through its reference, which an empty slice of a buffer still has: pinning the span itself
            // would pass a null pointer for "", and SQLite would store NULL.
            fixed (byte* text = &MemoryMarshal.GetReference(utf8))
            {
                Check(NativeSqlite.sqlite3_bind_text(_handle, index, text, utf8.Length, destructor));
            }
        }

        return this;
    }

    private RawStatement Null(int index)
    {
        Check(NativeSqlite.sqlite3_bind_null(_handle, index));
        return this;
    }

    private void Check(int result)
    {
        if (result != raw.SQLITE_OK)
        {
            throw Error(result);
        }
    }

    private SqliteException Error(int result) => new(raw.sqlite3_errmsg(_db).utf8_to_string(), result, raw.sqlite3_extended_errcode(_db));
}
