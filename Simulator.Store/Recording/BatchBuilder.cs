using System.Collections.Concurrent;
using NodaTime;
using Simulator.Core.Journal;
using Simulator.Store.Folding;

namespace Simulator.Store.Recording;

/// <summary>Gathers the journal as it is published, on the engine's thread, into batches the writer folds, encodes and writes.</summary>
/// <remarks>
/// <para>
/// The engine's thread only copies each event into its batch: a year of a 10,000-VM fleet is 39 million events, and
/// the engine's own work is most of that thread's. The writer folds them (<see cref="RunFold"/>) and writes the rows;
/// either thread encodes a batch, the engine's only while the writer is behind (<see cref="RunRecorder"/>).
/// </para>
/// <para>
/// A reopened lab replays from the start: the first <paramref name="recordedEvents"/> events are in the file
/// already, so they are folded here, to know the jobs and points they began, but not batched again. The fold is the
/// writer's from the first new event on: the queue between the threads hands it over with that event's batch.
/// </para>
/// </remarks>
internal sealed class BatchBuilder(long recordedEvents, RunFold fold)
{
    /// <summary>Events a batch holds at most.</summary>
    public const int MaxEvents = 16_384;

    /// <summary>The most virtual time a batch spans before it is handed over, full or not.</summary>
    /// <remarks>
    /// A small lab publishes a few events an hour, and a batch waiting for thousands of them would keep days of its
    /// journal out of the file. Virtual time, so the recording stays deterministic and never reads the machine's clock.
    /// </remarks>
    public static readonly Duration LongestSpan = Duration.FromHours(1);

    private readonly ConcurrentQueue<EventBatch> _pool = new();
    private EventBatch? _batch;
    private long _seen;
    private long _nextEvent = recordedEvents + 1;

    /// <summary>Adds the event to the batch being built, or folds it when the file holds it already.</summary>
    /// <returns>True when the batch is full or spans <see cref="LongestSpan"/>, and should be taken.</returns>
    public bool Add(in JournalEntry e)
    {
        if (++_seen <= recordedEvents)
        {
            _ = fold.Apply(in e, out _, out _);
            return false;
        }

        var batch = _batch ??= NewBatch(e.At);
        batch.Add(in e);
        batch.LastAt = e.At;
        if (e.Other is ItemDeleteStateChanged { Change: ItemDeleteStateChanged.Purged } purged)
        {
            batch.Purged.Add(purged);
        }

        return batch.Count >= MaxEvents || e.At - batch.FirstAt >= LongestSpan;
    }

    /// <summary>The batch built so far, or null when no event came since the last one was taken.</summary>
    public EventBatch? Take()
    {
        var batch = _batch;
        _batch = null;
        if (batch is not null)
        {
            _nextEvent = batch.LastEvent + 1;
        }

        return batch;
    }

    private EventBatch NewBatch(Instant at)
    {
        var batch = _pool.TryDequeue(out var spare) ? spare : new EventBatch(_pool);
        batch.FirstEvent = _nextEvent;
        batch.FirstAt = at;
        return batch;
    }
}
