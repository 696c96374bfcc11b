using Dapper;
using Microsoft.Data.Sqlite;
using NodaTime;
using Simulator.Store.Folding;
using Simulator.Store.Rows;
using Simulator.Store.Schema;

namespace Simulator.Store.Recording;

/// <summary>Writes queued work a batch per transaction: the events as one block, the jobs and points they ended, and the rest.</summary>
/// <remarks>
/// Every event goes through the fold, which keeps the jobs in flight and the points alive; a job's row is written
/// when it finishes, a point's when it is deleted, and the rest when the recording closes. A reopened lab replays
/// its run from the start: the events the file holds already (<paramref name="recordedEvents"/>) are folded, so the
/// jobs they started are known when they finish, but not written again.
/// </remarks>
internal sealed class BatchWriter(SqliteConnection connection, long recordedEvents) : IDisposable
{
    private readonly RunFold _fold = new();
    private readonly EventBlockEncoder _block = NewEncoder();
    private readonly HistoryRows _rows = new(connection);
    private readonly RawStatement _insertBlock = new(connection, "INSERT INTO event_blocks (batch, first_seq, last_seq, data) VALUES (?1, ?2, ?3, ?4)");
    private readonly List<JobHistory> _finished = [];
    private readonly List<PointHistory> _deleted = [];
    private readonly List<ActionRow> _actions = [];
    private long _folded;
    private Instant? _lastAt;
    private WorldRows? _world;
    private FinalRows? _final;

    /// <summary>The events the file holds.</summary>
    public long LastEvent { get; private set; } = recordedEvents;

    public long LastBatch { get; set; }

    public long LastAction { get; set; }

    /// <summary>New events taken in since the last commit.</summary>
    public int Pending => _block.Count;

    /// <summary>Takes in one piece of work: events are folded and encoded at once, so the buffer that held them can go.</summary>
    public void Add(object work)
    {
        switch (work)
        {
            case EventBuffer events:
                Fold(events);
                break;
            case ActionRow action:
                _actions.Add(action with { Seq = ++LastAction });
                break;
            case WorldRows w:
                _world = w;
                break;
            case FinalRows f:
                _final = f;
                break;
            default:
                throw new InvalidOperationException($"The store can't write a {work.GetType().Name}.");
        }
    }

    /// <summary>Writes what was taken in since the last commit in one transaction, if anything is new.</summary>
    public void Commit()
    {
        if (_block.Count > 0 || _actions.Count > 0 || _world is not null || _final is not null)
        {
            Write(_world, _final);
        }

        _block.Reset();
        _finished.Clear();
        _deleted.Clear();
        _actions.Clear();
        _lastAt = null;
        _world = null;
        _final = null;
    }

    private void Fold(EventBuffer events)
    {
        for (var i = 0; i < events.Count; i++)
        {
            var e = events.Events[i];
            var outcome = _fold.Apply(e, out var finished, out var deleted);
            if (++_folded <= LastEvent)
            {
                continue;
            }

            _block.Add(e);
            _lastAt = e.At;
            switch (outcome)
            {
                case FoldOutcome.JobFinished:
                    _finished.Add(finished);
                    break;
                case FoldOutcome.PointDeleted:
                    _deleted.Add(deleted);
                    break;
            }
        }
    }

    private void Write(WorldRows? world, FinalRows? final)
    {
        var batchId = LastBatch + 1;
        var firstEvent = LastEvent + 1;
        var lastEvent = LastEvent + _block.Count;
        var reached = final?.Reached ?? InstantHandler.Format(_lastAt);
        using var tx = connection.BeginTransaction();
        if (world is not null)
        {
            WorldWriter.Write(connection, world, tx);
        }

        connection.Execute("INSERT INTO batches (id, first_event, last_event, reached) VALUES (@batchId, @first, @last, coalesce(@reached, (SELECT reached FROM runs)))",
            new { batchId, first = _block.Count > 0 ? firstEvent : (long?)null, last = _block.Count > 0 ? lastEvent : (long?)null, reached }, tx);
        if (_block.Count > 0)
        {
            _insertBlock.Bind(1, batchId).Bind(2, firstEvent).Bind(3, lastEvent).Bind(4, _block.Data).Run();
        }

        foreach (var job in _finished)
        {
            _rows.Write(job);
        }

        foreach (var point in _deleted)
        {
            _rows.Write(point);
        }
        connection.Execute("INSERT INTO actions (seq, at, verb, json) VALUES (@Seq, @At, @Verb, @Json)", _actions, tx);
        connection.Execute("UPDATE runs SET events = @events, reached = max(reached, coalesce(@reached, reached)) WHERE id = 1", new { events = lastEvent, reached }, tx);
        if (final is not null)
        {
            WriteOpenHistories(tx);
            WorldWriter.WriteFinal(connection, final, tx);
        }

        tx.Commit();
        LastBatch = batchId;
        LastEvent = lastEvent;
    }

    /// <summary>Writes the jobs in flight and the points alive, and builds the item indexes the writer kept off while it wrote.</summary>
    private void WriteOpenHistories(SqliteTransaction tx)
    {
        foreach (var job in _fold.JobsInFlight)
        {
            _rows.Write(job);
        }

        foreach (var point in _fold.PointsAlive)
        {
            _rows.Write(point);
        }

        connection.Execute(ItemIndexes.Create, transaction: tx);
    }

    private static EventBlockEncoder NewEncoder()
    {
        var encoder = new EventBlockEncoder();
        encoder.Reset();
        return encoder;
    }

    public void Dispose()
    {
        _rows.Dispose();
        _insertBlock.Dispose();
    }
}
