using System.Collections.Concurrent;
using NodaTime;
using Simulator.Core.Journal;
using Simulator.Store.Folding;

namespace Simulator.Store.Recording;

/// <summary>Folds the journal as it is published, on the engine's thread, into batches the writer encodes and writes.</summary>
/// <remarks>
/// <para>
/// The work is split where the two threads come out even: a year of a 10,000-VM fleet is 36 million events; the
/// engine's thread publishes and folds them, the writer encodes them and writes the rows. A writer that did it all
/// took twice as long as the engine, and an engine's thread that also encoded took a fifth longer than the writer.
/// </para>
/// <para>
/// A reopened lab replays from the start: the first <paramref name="recordedEvents"/> events are in the file
/// already, so they are folded, to know the jobs and points they began, but not encoded again.
/// </para>
/// </remarks>
internal sealed class BatchBuilder(long recordedEvents)
{
    /// <summary>Events a batch holds at most.</summary>
    public const int MaxEvents = 16_384;

    /// <summary>The most virtual time a batch spans before it is handed over, full or not.</summary>
    /// <remarks>
    /// A small lab publishes a few events an hour, and a batch waiting for thousands of them would keep days of its
    /// journal out of the file. Virtual time, so the recording stays deterministic and never reads the machine's clock.
    /// </remarks>
    public static readonly Duration LongestSpan = Duration.FromHours(1);

    private readonly RunFold _fold = new();
    private readonly ConcurrentQueue<EventBatch> _pool = new();
    private EventBatch? _batch;
    private long _folded;
    private long _nextEvent = recordedEvents + 1;

    /// <summary>Folds the event and, unless the file holds it already, adds it to the batch being built.</summary>
    /// <returns>True when the batch is full or spans <see cref="LongestSpan"/>, and should be taken.</returns>
    public bool Add(in JournalEntry e)
    {
        var outcome = _fold.Apply(in e, out var finished, out var deleted);
        if (++_folded <= recordedEvents)
        {
            return false;
        }

        var batch = _batch ??= NewBatch(e.At);
        batch.Add(in e);
        batch.LastAt = e.At;
        switch (outcome)
        {
            case FoldOutcome.JobFinished:
                batch.Finished.Add(finished);
                break;
            case FoldOutcome.PointDeleted:
                batch.Deleted.Add(deleted);
                break;
        }

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

    /// <summary>The jobs not finished and the points not deleted, as rows for a recording that closes now.</summary>
    public OpenHistories Unfinished() => new([.. _fold.JobsInFlight], [.. _fold.PointsAlive]);

    private EventBatch NewBatch(Instant at)
    {
        var batch = _pool.TryDequeue(out var spare) ? spare : new EventBatch(_pool);
        batch.FirstEvent = _nextEvent;
        batch.FirstAt = at;
        return batch;
    }
}
