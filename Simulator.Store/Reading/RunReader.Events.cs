using Dapper;
using Simulator.Core;
using Simulator.Core.Journal;

namespace Simulator.Store.Reading;

public sealed partial class RunReader
{
    /// <summary>The journal in order: a version 1 file's event rows first (their seqs come first), then the blocks.</summary>
    /// <exception cref="InvalidDataException">A block does not hold the events its row says it does.</exception>
    internal IEnumerable<DomainEvent> Events()
    {
        var rows = _connection.Query<(long Seq, string At, string? Vault, string? Item, string? JobId, string What, string State)>("SELECT seq, at, vault, item, job_id, what, state FROM events ORDER BY seq")
            .Select(e => new StoredEvent(StoredCells.Iso(e.At, "events", StoredCells.Row("seq", e.Seq), "at"), e.Vault, e.Item, e.JobId, e.What, e.State));
        foreach (var e in rows)
        {
            yield return e;
        }

        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT first_seq, last_seq, data FROM event_blocks ORDER BY batch";
        using var blocks = command.ExecuteReader();
        while (blocks.Read())
        {
            var (first, last) = (blocks.GetInt64(0), blocks.GetInt64(1));
            var events = EventBlockDecoder.Decode(blocks.GetFieldValue<byte[]>(2));
            if (events.Count != last - first + 1)
            {
                throw new InvalidDataException($"The event block of events {first} to {last} holds {CountText.Of(events.Count, "event")}.");
            }

            foreach (var e in events)
            {
                yield return e;
            }
        }
    }
}
