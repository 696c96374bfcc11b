using NodaTime;
using Simulator.Core;
using Simulator.Core.Journal;
using Simulator.Scenarios.Running;
using Simulator.Store.Rows;
using Simulator.Store.Schema;

namespace Simulator.Store.Recording;

/// <summary>Records a run into a SQLite file: its header, its world, every journal event, people's actions, its final state.</summary>
/// <remarks>
/// Subscribe <see cref="Record(in JournalEntry)"/> to the journal (pass it to <see cref="ScenarioSession"/> so it sees the world being
/// built). The engine's thread only enqueues; one background thread writes batches in transactions, so a run killed
/// at any moment leaves a file holding every batch committed before, marked <see cref="RunStatus.Incomplete"/>.
/// </remarks>
public sealed partial class RunRecorder : IDisposable
{
    private readonly StoreWriter _writer;
    private readonly BatchBuilder _batches;
    private readonly string _path;
    private readonly bool _createdFile;
    private long _actionsToSkip;
    private bool _worldRecorded;
    private bool _closed;

    private RunRecorder(string path, StoreWriter writer, BatchBuilder batches, bool createdFile, long actionsToSkip, bool worldRecorded)
    {
        _path = path;
        _writer = writer;
        _batches = batches;
        _createdFile = createdFile;
        _actionsToSkip = actionsToSkip;
        _worldRecorded = worldRecorded;
    }

    /// <summary>Adds a journal event to the batch being built, handing the batch to the writer when it is full or spans an hour of virtual time.</summary>
    /// <remarks>
    /// Subscribe it as a reader of values (<see cref="EventJournal.Subscribe(JournalEntryHandler)"/>): an object per
    /// event would triple what a big fleet's recording allocates. A reopened lab replays from the start, and the
    /// events it republishes are folded too, to know the jobs and points they began, without being written again.
    /// </remarks>
    /// <exception cref="RunStoreException">The writer failed earlier (disk full, file removed…), or the recording is closed.</exception>
    public void Record(in JournalEntry entry)
    {
        if (_closed)
        {
            throw new RunStoreException(_path, "the recording is already closed.");
        }

        if (_batches.Add(in entry))
        {
            Flush();
        }
    }

    /// <summary>Records a journal event given as an object (see <see cref="Record(in JournalEntry)"/>).</summary>
    /// <exception cref="RunStoreException">The writer failed earlier, or the recording is closed.</exception>
    public void Record(DomainEvent domainEvent) => Record(JournalEntry.Of(domainEvent));

    /// <summary>Records the vaults, policies, data sources and items as they are now (call it once the world is built).</summary>
    public void RecordWorld(Simulation simulation)
    {
        ArgumentNullException.ThrowIfNull(simulation);
        if (!_worldRecorded)
        {
            _worldRecorded = true;
            Enqueue(WorldSnapshot.Take(simulation));
        }
    }

    /// <summary>Records an action a person took; subscribe it to <see cref="ScenarioSession.ActionPerformed"/>.</summary>
    /// <exception cref="ArgumentException">The action carries a whole new policy, which only scenario steps set.</exception>
    public void RecordAction(PerformedAction performed)
    {
        ArgumentNullException.ThrowIfNull(performed);
        var json = ActionJson.Write(performed.Action);
        if (_actionsToSkip > 0)
        {
            _actionsToSkip--;
            return;
        }

        Enqueue(new ActionRow(0, InstantHandler.Format(performed.At), performed.Action.Verb.ToString(), json, performed.EventsBefore));
    }

    /// <summary>Records the time a person left the lab's clock at; subscribe it to <see cref="ScenarioSession.ClockLeft"/>.</summary>
    /// <remarks>
    /// Events reach the file as their batch fills or spans an hour, and a go-to may cross none; without this, a lab
    /// killed after a go-to, a step or a pause would reopen at its last written event. The events before it are
    /// handed over first.
    /// </remarks>
    /// <exception cref="RunStoreException">The writer failed earlier, or the recording is closed.</exception>
    public void RecordReached(Instant at) => Enqueue(new ReachedTime(InstantHandler.Format(at)));

    /// <summary>Records the playback speed a person chose in the lab's dashboard, which reopening it brings back.</summary>
    /// <remarks>The dashboard's, not the simulation's: it is never replayed (see <see cref="SpeedJson"/>).</remarks>
    /// <param name="at">The lab's virtual time when it was chosen.</param>
    /// <param name="secondsPerSecond">Virtual seconds per wall-clock second.</param>
    /// <exception cref="RunStoreException">The writer failed earlier, or the recording is closed.</exception>
    public void RecordSpeed(Instant at, double secondsPerSecond)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(secondsPerSecond);
        Enqueue(new ActionRow(0, InstantHandler.Format(at), SpeedJson.Verb, SpeedJson.Write(secondsPerSecond), null));
    }

    /// <summary>Writes the final state (items, outcomes, time reached), marks the run complete and closes the file.</summary>
    /// <exception cref="RunStoreException">A batch could not be written.</exception>
    public void Complete(ScenarioSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        Complete(session.Simulation, session.Outcomes);
    }

    /// <summary>Writes the final state of a run that has no scenario session (a benchmark estate), and marks it complete.</summary>
    /// <exception cref="RunStoreException">A batch could not be written.</exception>
    public void Complete(Simulation simulation, IReadOnlyList<ExpectationOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(simulation);
        ArgumentNullException.ThrowIfNull(outcomes);
        Close(new FinalRows(WorldSnapshot.Items(simulation), WorldSnapshot.Outcomes(outcomes), InstantHandler.Format(simulation.Now), Complete: true));
    }

    /// <summary>Writes the items and the time reached, and closes the file with the run still open, to be continued later.</summary>
    /// <exception cref="RunStoreException">A batch could not be written.</exception>
    public void Suspend(Simulation simulation)
    {
        ArgumentNullException.ThrowIfNull(simulation);
        Close(new FinalRows(WorldSnapshot.Items(simulation), null, InstantHandler.Format(simulation.Now), Complete: false));
    }

    /// <summary>Writes what is queued and closes the file; the run stays incomplete unless it was completed.</summary>
    public void Dispose()
    {
        if (!_closed)
        {
            try
            {
                Flush();
            }
            finally
            {
                _closed = true;
                _writer.Close();
            }
        }
    }

    /// <summary>Stops recording a run that never started (its scenario failed to load), removing the file this recorder created.</summary>
    public void Discard()
    {
        _closed = true;
        try
        {
            _writer.Close();
        }
        finally
        {
            if (_createdFile)
            {
                File.Delete(_path);
                File.Delete(_path + "-wal");
                File.Delete(_path + "-shm");
            }
        }
    }

    private void Close(FinalRows final)
    {
        if (_closed)
        {
            throw new InvalidOperationException($"The recording of {_path} is already closed.");
        }

        Enqueue(final);
        Dispose();
    }

    /// <summary>Queues other work behind the events buffered so far, so the file keeps the order things happened in.</summary>
    private void Enqueue(object work)
    {
        Flush();
        _writer.Enqueue(work);
    }

    private void Flush()
    {
        if (_batches.Take() is { } batch)
        {
            // The engine would soon wait for a writer that has fallen behind, so it takes the encoding on itself;
            // the block is the same whichever thread encodes it.
            if (_writer.IsBehind)
            {
                batch.Encode();
            }

            _writer.Enqueue(batch);
        }
    }
}
