using System.Buffers.Binary;
using System.Text;
using NodaTime;
using Simulator.Core.Journal;
using Simulator.Store.Schema;

namespace Simulator.Store.Reading;

/// <summary>Decodes a block of events (see <see cref="EventBlock"/>) back into the journal's own event records.</summary>
/// <remarks>
/// The known kinds come back as the records the engine published, so their text (<see cref="DomainEvent.What"/>,
/// <see cref="DomainEvent.State"/>) has one source; other kinds come back as <see cref="StoredEvent"/>.
/// </remarks>
internal ref struct EventBlockDecoder
{
    private readonly ReadOnlySpan<byte> _data;
    private readonly List<string> _strings = [];
    private int _position;
    private long _lastTicks;
    private long _lastPoint;
    private bool _subTicks;

    private EventBlockDecoder(ReadOnlySpan<byte> data)
    {
        _data = data;
    }

    /// <summary>The events of one block, in journal order.</summary>
    /// <exception cref="InvalidDataException">The block is not in a format this vaultsim reads, or is cut short; the message says what was found, as a refusal of the cell tells it.</exception>
    public static List<DomainEvent> Decode(ReadOnlySpan<byte> data)
    {
        var decoder = new EventBlockDecoder(data);
        var format = decoder.Byte();
        if (format != EventBlock.Format)
        {
            throw new InvalidDataException($"an event block of format {format}");
        }

        var events = new List<DomainEvent>();
        while (decoder._position < data.Length)
        {
            events.Add(decoder.Next());
        }

        return events;
    }

    private DomainEvent Next()
    {
        var kind = Byte();
        _subTicks = (kind & EventBlock.SubTicks) != 0;
        _lastTicks += EventBlock.SpanTicks(Varint());
        var at = WithSubTicks(_lastTicks);
        switch (kind & EventBlock.KindMask)
        {
            case EventBlock.JobStarted:
                return new JobStarted(at, Text()!, Text()!, Text()!, Text()!, Text()!);
            case EventBlock.JobPhaseChanged:
                return new JobPhaseChanged(at, Text()!, Text()!, Text()!, Text()!, Text()!);
            case EventBlock.JobFinished:
                return new JobFinished(at, Text()!, Text()!, Text()!, Text()!, Text()!, Text(), Double());
            case EventBlock.PointCreated:
            {
                var (vault, item, id) = (Text()!, Text()!, PointId());
                var (time, tag, consistency, isFull) = (Time(at), Text()!, Text()!, Byte() == 1);
                Instant? snapshotExpiry = Byte() == 1 ? Time(at) : null;
                return new RecoveryPointCreated(at, vault, item, id, time, tag, consistency, isFull, snapshotExpiry, Time(at));
            }

            case EventBlock.PointTierChanged:
                return new RecoveryPointTierChanged(at, Text()!, Text()!, PointId(), Text()!, Text()!, Double());
            case EventBlock.PointRetentionChanged:
                return new RecoveryPointRetentionChanged(at, Text()!, Text()!, PointId(), Time(at));
            case EventBlock.PointDeleted:
                return new RecoveryPointDeleted(at, Text()!, Text()!, PointId(), Text()!);
            case EventBlock.Other:
                _ = Text();
                return new StoredEvent(at, Text(), Text(), Text(), Text()!, Text()!);
            default:
                throw new InvalidDataException($"an event of kind {kind & EventBlock.KindMask}, which this vaultsim does not know");
        }
    }

    private long PointId()
    {
        _lastPoint += EventBlock.UnZigZag(Varint());
        return _lastPoint;
    }

    private Instant Time(Instant at) => WithSubTicks(at.ToUnixTimeTicks() + EventBlock.SpanTicks(Varint()));

    private Instant WithSubTicks(long ticks)
    {
        // Exact, not TimeColumn's mapping: with its byte of nanoseconds, "kept forever" comes back as Instant.MaxValue itself.
        var time = Instant.FromUnixTimeTicks(ticks);
        return _subTicks ? time.PlusNanoseconds(Byte()) : time;
    }

    private string? Text()
    {
        var code = Varint();
        switch (code)
        {
            case EventBlock.Null:
                return null;
            case EventBlock.NewText:
            {
                var size = (int)Varint();
                var text = Encoding.UTF8.GetString(Take(size));
                _strings.Add(text);
                return text;
            }

            case EventBlock.NewGuid:
            {
                var text = new Guid(Take(16)).ToString("D");
                _strings.Add(text);
                return text;
            }

            default:
                return _strings[(int)(code - EventBlock.FirstReference)];
        }
    }

    private double Double()
    {
        var code = Varint();
        return code == EventBlock.FractionalNumber ? BinaryPrimitives.ReadDoubleLittleEndian(Take(8)) : EventBlock.UnZigZag(code >> 1);
    }

    private byte Byte() => Take(1)[0];

    private ulong Varint()
    {
        ulong value = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = Byte();
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }
    }

    private ReadOnlySpan<byte> Take(int size)
    {
        if (_position + size > _data.Length)
        {
            throw new InvalidDataException("an event block cut short");
        }

        var taken = _data.Slice(_position, size);
        _position += size;
        return taken;
    }
}
