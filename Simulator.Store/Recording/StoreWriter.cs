using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Simulator.Store.Schema;

namespace Simulator.Store.Recording;

/// <summary>One background thread that drains a bounded queue into the file, a batch per transaction.</summary>
/// <remarks>
/// The engine only enqueues, mostly batches of events (<see cref="EventBatch"/>), which the writer folds and writes.
/// When the queue is full the engine waits (back-pressure keeps memory bounded on a huge fleet); when the writer
/// fails it closes the queue, so the engine's next enqueue fails instead of waiting forever.
/// </remarks>
internal sealed class StoreWriter
{
    /// <summary>Pieces of work queued at most: a few batches of events wait for the writer before the engine does.</summary>
    public const int Capacity = 8;

    /// <summary>Queued pieces of work at which the writer counts as behind, and the engine encodes batches itself.</summary>
    public const int Behind = 2;

    /// <summary>Events the writer takes in before it commits, while more work is queued: it commits less often when it has fallen behind.</summary>
    /// <remarks>
    /// Each commit writes the last, part-filled page of every table it grew into the log again: at a batch a commit,
    /// a year of a 10,000-VM fleet wrote 5.4 GB for a file of 1.95 GB; at four, 4.3 GB.
    /// </remarks>
    public const int MinBatch = 4 * BatchBuilder.MaxEvents;

    private readonly BlockingCollection<object> _queue = new(new ConcurrentQueue<object>(), Capacity);
    private readonly SqliteConnection _connection;
    private readonly BatchWriter _batches;
    private readonly WrittenPages _pages;
    private readonly Thread _thread;
    private readonly string _path;
    private Exception? _failure;

    public StoreWriter(string path, SqliteConnection connection, BatchWriter batches)
    {
        _path = path;
        _connection = connection;
        _batches = batches;
        _pages = WrittenPages.Of(connection.DataSource);
        _thread = new Thread(Drain) { IsBackground = true, Name = "vaultsim run store writer" };
        _thread.Start();
    }

    /// <summary>True when the writer has fallen behind: <see cref="Behind"/> pieces of work wait for it.</summary>
    public bool IsBehind => _queue.Count >= Behind;

    /// <exception cref="RunStoreException">The writer failed; the message says why.</exception>
    public void Enqueue(object work)
    {
        try
        {
            _queue.Add(work);
        }
        catch (InvalidOperationException)
        {
            throw Failure() ?? new RunStoreException(_path, "the recording is already closed.");
        }
    }

    /// <summary>Writes what is queued, stops the thread and closes the file.</summary>
    /// <remarks>The connection is closed whatever fails, so a failed close never keeps the file open.</remarks>
    /// <exception cref="RunStoreException">A batch could not be written, or the file could not leave WAL.</exception>
    public void Close()
    {
        _queue.CompleteAdding();
        _thread.Join();
        try
        {
            _batches.Dispose();
            if (_failure is null)
            {
                LeaveWal();
            }
        }
        finally
        {
            _connection.Dispose();
            _pages.Dispose();
        }

        // The queue is left undisposed on purpose: an event published after the close then fails with "already
        // closed" (an InvalidOperationException turned into RunStoreException), not with ObjectDisposedException.
        if (Failure() is { } failure)
        {
            throw failure;
        }
    }

    /// <exception cref="RunStoreException">SQLite failed for another reason than the file being in use.</exception>
    private void LeaveWal()
    {
        try
        {
            // Reports and the dashboard read a run file read-only, which leaves files beside one in WAL. A report
            // that is finishing gets a second to let go of the file.
            _ = RollbackJournal.Leave(_connection, attempts: 10);
        }
        catch (SqliteException e)
        {
            // Every batch was committed: the run is in the file's log, which the next read that finds it alone puts back.
            throw new RunStoreException(_path, $"every batch was committed, but the file could not leave WAL: {e.Message}", e);
        }
    }

    /// <remarks>
    /// SQLite's failure is told in the words a failed start gets (a full disk: "the disk is full"), with what the file
    /// still holds: each batch is committed on its own, and the run stays marked incomplete until its end is written.
    /// </remarks>
    private RunStoreException? Failure() => _failure switch
    {
        null => null,
        RunStoreException e => e,
        SqliteException e => new RunStoreException(_path, $"recording stopped, {SqliteFailure.Recording(_path, e).Problem} {WhatTheFileHolds()}", e),
        var e => new RunStoreException(_path, $"recording stopped: {e.Message}", e),
    };

    private string WhatTheFileHolds() => _batches.Commits > 0
        ? $"The batches committed before it stay in the file, its run marked incomplete: 'vaultsim report {_path} jobs' reads them."
        : "No batch had been committed, so the file holds the run's start alone, marked incomplete.";

    private void Drain()
    {
        try
        {
            while (_queue.TryTake(out var first, Timeout.Infinite))
            {
                _batches.Add(first);
                while (_batches.Pending < MinBatch && _queue.TryTake(out var next))
                {
                    _batches.Add(next);
                }

                _batches.Commit();
                _pages.Release();
            }
        }
        catch (Exception e)
        {
            // A thread boundary: whatever went wrong is handed to the engine's thread, which reports it with the file's name.
            _failure = e;
            _queue.CompleteAdding();
        }
    }
}
