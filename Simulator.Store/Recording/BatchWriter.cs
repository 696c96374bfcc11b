using Dapper;
using Microsoft.Data.Sqlite;
using Simulator.Store.Folding;
using Simulator.Store.Rows;
using Simulator.Store.Schema;

namespace Simulator.Store.Recording;

/// <summary>Writes queued work in transactions: each batch of events as one block with the jobs and points it ended and the items it purged, and the rest.</summary>
/// <remarks>
/// The events come folded (<see cref="BatchBuilder"/>) and are encoded here: a job's row is written when it finishes, a
/// point's when it is deleted, and the open ones when the recording closes. Several batches queued together are
/// committed together, one block and one <c>batches</c> row each, so a writer that has fallen behind commits less often.
/// A transaction without events (the world, actions, a go-to, the final rows) adds no <c>batches</c> row: whether the
/// final rows come alone or with the last events depends on the writer's pace, and a row of its own for them made two
/// recordings of one scenario differ.
/// </remarks>
internal sealed class BatchWriter(SqliteConnection connection, long recordedEvents, RunFold? fold = null) : IDisposable
{
    private readonly RunFold _fold = fold ?? new RunFold();

    // A file that held no job or point row at the start gets each once; one being continued gets again those its
    // suspended lab wrote while they were open.
    private readonly HistoryRows _rows = new(connection, new ItemKeys(connection), replace: HoldsRows(connection));
    private readonly RawStatement _insertPurge = new(connection, "INSERT INTO purges (item_id, at) VALUES (?1, ?2)");
    private readonly RawStatement _insertBlock = new(connection, "INSERT INTO event_blocks (batch, first_seq, last_seq, data) VALUES (?1, ?2, ?3, ?4)");
    private readonly RawStatement _insertBatch = new(connection, "INSERT INTO batches (id, first_event, last_event, reached) VALUES (?1, ?2, ?3, ?4)");
    private readonly List<EventBatch> _events = [];
    private readonly List<ActionRow> _actions = [];
    private WorldRows? _world;
    private FinalRows? _final;
    private string? _wentTo;
    private bool _indexesSet;

    /// <summary>The events the file holds.</summary>
    public long LastEvent { get; private set; } = recordedEvents;

    public long LastBatch { get; set; }

    public long LastAction { get; set; }

    /// <summary>How many transactions this writer has committed to the file.</summary>
    public int Commits { get; private set; }

    /// <summary>New events taken in since the last commit.</summary>
    public int Pending { get; private set; }

    /// <summary>Takes in one piece of work, to be written at the next commit.</summary>
    public void Add(object work)
    {
        switch (work)
        {
            case EventBatch events:
                events.Fold(_fold);
                _events.Add(events);
                Pending += events.Count;
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
            case ReachedTime r:
                _wentTo = Later(_wentTo, r.At);
                break;
            default:
                throw new InvalidOperationException($"The store can't write a {work.GetType().Name}.");
        }
    }

    /// <summary>Writes what was taken in since the last commit in one transaction, if anything is new.</summary>
    public void Commit()
    {
        if (_events.Count > 0 || _actions.Count > 0 || _world is not null || _final is not null || _wentTo is not null)
        {
            Write();
        }

        foreach (var events in _events)
        {
            events.Release();
        }

        _events.Clear();
        _actions.Clear();
        Pending = 0;
        _world = null;
        _final = null;
        _wentTo = null;
    }

    private void Write()
    {
        using var tx = connection.BeginTransaction();
        if (!_indexesSet)
        {
            // At the first write, not on opening: a lab whose reopening is refused before then is left as it was.
            // Replacing rows with an index costs a statement journal per row (ItemIndexes).
            connection.Execute(_rows.Replaces ? ItemIndexes.Drop : ItemIndexes.KeepWhileInserting, transaction: tx);
            _indexesSet = true;
        }

        if (_world is not null)
        {
            WorldWriter.Write(connection, _world, tx);
        }

        var lastBatch = LastBatch;
        var lastEvent = LastEvent;
        foreach (var events in _events)
        {
            if (events.FirstEvent != lastEvent + 1)
            {
                throw new InvalidOperationException($"Events {events.FirstEvent} and on came after event {lastEvent}; the journal must reach the file without gaps.");
            }

            lastBatch++;
            lastEvent = events.LastEvent;
            _insertBatch.Bind(1, lastBatch).Bind(2, events.FirstEvent).Bind(3, events.LastEvent).Bind(4, InstantHandler.Format(events.LastAt)).Run();
            _insertBlock.Bind(1, lastBatch).Bind(2, events.FirstEvent).Bind(3, events.LastEvent).Bind(4, events.Block.Data).Run();
            foreach (var job in events.Finished)
            {
                _rows.Write(job);
            }

            foreach (var point in events.Deleted)
            {
                _rows.Write(point);
            }

            foreach (var purge in events.Purged)
            {
                _insertPurge.Bind(1, _rows.ItemId(purge.VaultName, purge.ItemName)).Bind(2, TimeColumn.ToTicks(purge.At)).Run();
            }
        }

        // A person's action or go-to is as far as the lab got too: a lab killed after one reopens at its time, not at the last event's.
        var lastEventAt = _events.Count > 0 ? InstantHandler.Format(_events[^1].LastAt) : null;
        var reached = _final?.Reached ?? Later(Later(lastEventAt, _actions.Count > 0 ? _actions[^1].At : null), _wentTo);
        connection.Execute("INSERT INTO actions (seq, at, verb, json, events_before) VALUES (@Seq, @At, @Verb, @Json, @EventsBefore)", _actions, tx);
        connection.Execute("UPDATE runs SET events = @lastEvent, reached = max(reached, coalesce(@reached, reached)) WHERE id = 1", new { lastEvent, reached }, tx);
        if (_final is not null)
        {
            WriteOpen(tx);
            WorldWriter.WriteFinal(connection, _final, tx);
        }

        tx.Commit();
        Commits++;
        LastBatch = lastBatch;
        LastEvent = lastEvent;
    }

    /// <summary>The later of two stored times, either of which may be missing (their text sorts as time does).</summary>
    private static string? Later(string? a, string? b) => a is null ? b : b is null || string.CompareOrdinal(a, b) >= 0 ? a : b;

    /// <summary>Writes the jobs in flight and the points alive, and builds the index of points alive if the writer dropped it.</summary>
    private void WriteOpen(SqliteTransaction tx)
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

    private static bool HoldsRows(SqliteConnection connection) =>
        connection.ExecuteScalar<long>("SELECT EXISTS (SELECT 1 FROM jobs) OR EXISTS (SELECT 1 FROM recovery_points)") == 1;

    public void Dispose()
    {
        _rows.Dispose();
        _insertPurge.Dispose();
        _insertBlock.Dispose();
        _insertBatch.Dispose();
    }
}
