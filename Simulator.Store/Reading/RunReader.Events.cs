using System.Globalization;
using Dapper;
using Simulator.Core;
using Simulator.Core.Journal;

namespace Simulator.Store.Reading;

public sealed partial class RunReader
{
    /// <summary>The journal in order: a version 1 file's event rows first (their seqs come first), then the blocks.</summary>
    /// <exception cref="UnreadableCellException">A block does not hold the events its row says it does, or does not follow the one before it.</exception>
    internal IEnumerable<DomainEvent> Events()
    {
        var next = 1L;
        foreach (var e in _connection.Query<(long Seq, string At, string? Vault, string? Item, string? JobId, string What, string State)>("SELECT seq, at, vault, item, job_id, what, state FROM events ORDER BY seq"))
        {
            yield return new StoredEvent(StoredCells.Iso(e.At, "events", StoredCells.Row("seq", e.Seq), "at"), e.Vault, e.Item, e.JobId, e.What, e.State);
            next = e.Seq + 1;
        }

        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT batch, first_seq, last_seq, data FROM event_blocks ORDER BY batch";
        using var blocks = command.ExecuteReader();
        while (blocks.Read())
        {
            var (batch, first, last) = (blocks.GetInt64(0), blocks.GetInt64(1), blocks.GetInt64(2));
            // The journal counts its events without gaps: a block deleted by hand would otherwise fold the rest as if it never happened.
            if (first != next)
            {
                throw new UnreadableCellException("event_blocks", StoredCells.Row("batch", batch), "first_seq", first.ToString(CultureInfo.InvariantCulture),
                    string.Create(CultureInfo.InvariantCulture, $"{next}, the event after those of the blocks before it"));
            }

            foreach (var e in Block(batch, first, last, blocks.GetFieldValue<byte[]>(3)))
            {
                yield return e;
            }

            next = last + 1;
        }
    }

    /// <summary>The events of the block of <paramref name="batch"/>, which its row says are <paramref name="first"/> to <paramref name="last"/>.</summary>
    /// <exception cref="UnreadableCellException">The block can't be decoded, or holds another number of events.</exception>
    private static List<DomainEvent> Block(long batch, long first, long last, byte[] data)
    {
        UnreadableCellException Refused(string found, Exception? inner = null) => new("event_blocks", StoredCells.Row("batch", batch), "data", found,
            string.Create(CultureInfo.InvariantCulture, $"the events {first} to {last}, as vaultsim writes them"), inner);

        List<DomainEvent> events;
        try
        {
            events = EventBlockDecoder.Decode(data);
        }
        // Bytes edited within a block can make a string's number or a time fall outside what any block holds.
        catch (Exception e) when (e is InvalidDataException or ArgumentException or OverflowException or IndexOutOfRangeException)
        {
            throw Refused(e is InvalidDataException ? e.Message : "a BLOB whose events can't be read", e);
        }

        return events.Count == last - first + 1 ? events : throw Refused(CountText.Of(events.Count, "event"));
    }
}
