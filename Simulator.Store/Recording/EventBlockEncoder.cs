using System.Buffers.Binary;
using System.Text;
using NodaTime;
using Simulator.Core.Journal;
using Simulator.Store.Schema;

namespace Simulator.Store.Recording;

/// <summary>Encodes one batch's events into a block (see <see cref="EventBlock"/> for the format).</summary>
/// <remarks>
/// This runs for every event of a run, tens of millions on a big fleet, so it avoids allocating: one growing buffer,
/// and strings numbered by reference. The engine hands the same string object for a vault, an item, a job or a
/// status again and again, so a reference lookup finds nearly every repeat; an equal string in another object is
/// only written twice, which the format allows.
/// </remarks>
internal sealed class EventBlockEncoder
{
    /// <summary>Room kept free before writing fixed-size fields, so they skip the bounds check: an event's longest run of them (a point's creation) is 107 bytes.</summary>
    private const int Room = 160;

    private readonly Dictionary<string, int> _strings = new(ReferenceEqualityComparer.Instance);
    private byte[] _buffer = new byte[1 << 16];
    private int _length;
    private long _lastTicks;
    private long _lastPoint;
    private bool _subTicks;

    public int Count { get; private set; }

    public ReadOnlySpan<byte> Data => _buffer.AsSpan(0, _length);

    public void Reset()
    {
        _strings.Clear();
        _length = 0;
        _lastTicks = 0;
        _lastPoint = 0;
        Count = 0;
        _buffer[_length++] = EventBlock.Format;
    }

    public void Add(DomainEvent e)
    {
        Count++;
        Ensure(Room);
        switch (e)
        {
            case JobPhaseChanged p:
                Start(EventBlock.JobPhaseChanged, p.At, null, null);
                Job(p.VaultName, p.ItemName, p.Id);
                Text(p.Phase);
                Text(p.Status);
                break;
            case JobStarted s:
                Start(EventBlock.JobStarted, s.At, null, null);
                Job(s.VaultName, s.ItemName, s.Id);
                Text(s.Operation);
                Text(s.Trigger);
                break;
            case JobFinished f:
                Start(EventBlock.JobFinished, f.At, null, null);
                Job(f.VaultName, f.ItemName, f.Id);
                Text(f.Operation);
                Text(f.Status);
                Text(f.ErrorCode);
                Double(f.TransferSizeGb);
                break;
            case RecoveryPointTierChanged t:
                Start(EventBlock.PointTierChanged, t.At, null, null);
                Point(t.VaultName, t.ItemName, t.PointId);
                Text(t.Tier);
                Text(t.Reason);
                Double(t.VaultSizeGb);
                break;
            case RecoveryPointCreated c:
                Start(EventBlock.PointCreated, c.At, c.Time, c.SnapshotExpiry, c.VaultExpiry);
                Point(c.VaultName, c.ItemName, c.PointId);
                Time(c.Time, c.At);
                Text(c.Tag);
                Text(c.Consistency);
                Byte(c.IsFull ? (byte)1 : (byte)0);
                Byte(c.SnapshotExpiry is null ? (byte)0 : (byte)1);
                if (c.SnapshotExpiry is { } snapshotExpiry)
                {
                    Time(snapshotExpiry, c.At);
                }

                Time(c.VaultExpiry, c.At);
                break;
            case RecoveryPointDeleted d:
                Start(EventBlock.PointDeleted, d.At, null, null);
                Point(d.VaultName, d.ItemName, d.PointId);
                Text(d.Reason);
                break;
            case RecoveryPointRetentionChanged r:
                Start(EventBlock.PointRetentionChanged, r.At, r.VaultExpiry, null);
                Point(r.VaultName, r.ItemName, r.PointId);
                Time(r.VaultExpiry, r.At);
                break;
            default:
                Start(EventBlock.Other, e.At, null, null);
                Text(e.GetType().Name);
                Text(e.Vault);
                Text(e.Item);
                Text(e.JobId);
                Text(e.What);
                Text(e.State);
                break;
        }
    }

    private void Start(byte kind, Instant at, Instant? other, Instant? another, Instant? third = null)
    {
        _subTicks = HasSubTicks(at) || (other is { } o && HasSubTicks(o)) || (another is { } a && HasSubTicks(a)) || (third is { } t && HasSubTicks(t));
        Byte(_subTicks ? (byte)(kind | EventBlock.SubTicks) : kind);
        var ticks = at.ToUnixTimeTicks();
        Span(ticks - _lastTicks);
        _lastTicks = ticks;
        SubTick(at);
    }

    private void Job(string vault, string item, string id)
    {
        Text(vault);
        Text(item);
        JobName(id);
    }

    private void Point(string vault, string item, long id)
    {
        Text(vault);
        Text(item);
        Varint(EventBlock.ZigZag(id - _lastPoint));
        _lastPoint = id;
    }

    private void Time(Instant value, Instant at)
    {
        Span(value.ToUnixTimeTicks() - at.ToUnixTimeTicks());
        SubTick(value);
    }

    private void Span(long ticks) => Varint(EventBlock.SpanCode(ticks));

    private void SubTick(Instant value)
    {
        if (_subTicks)
        {
            Byte((byte)SubTickNanoseconds(value));
        }
    }

    private static bool HasSubTicks(Instant value) => Instant.FromUnixTimeTicks(value.ToUnixTimeTicks()) != value;

    private static long SubTickNanoseconds(Instant value) => (value - Instant.FromUnixTimeTicks(value.ToUnixTimeTicks())).ToInt64Nanoseconds();

    private void Text(string? value)
    {
        if (!Known(value))
        {
            NewText(value!);
        }
    }

    private void NewText(string value)
    {
        var size = Encoding.UTF8.GetByteCount(value);
        Ensure(size + Room);
        Varint(EventBlock.NewText);
        Varint((ulong)size);
        _length += Encoding.UTF8.GetBytes(value, _buffer.AsSpan(_length));
    }

    /// <summary>A job's name in 16 bytes when it is a GUID that prints back the same, else as text.</summary>
    private void JobName(string id)
    {
        if (Known(id))
        {
            return;
        }

        Span<byte> guid = stackalloc byte[16];
        if (TryWriteGuid(id, guid))
        {
            Ensure(16 + Room);
            Varint(EventBlock.NewGuid);
            guid.CopyTo(_buffer.AsSpan(_length));
            _length += 16;
            return;
        }

        NewText(id);
    }

    /// <summary>Writes the bytes of a GUID in the lowercase form a decoder prints back, in the order of <see cref="Guid.TryWriteBytes(Span{byte})"/>.</summary>
    /// <returns>False for any other text (upper case, braces, not a GUID), which is then kept as written.</returns>
    /// <remarks>By hand rather than parsing and printing it again to compare: a big fleet starts millions of jobs.</remarks>
    private static bool TryWriteGuid(string id, Span<byte> bytes)
    {
        // The first three groups are stored little-endian, the last two as written.
        ReadOnlySpan<byte> order = [3, 2, 1, 0, 5, 4, 7, 6, 8, 9, 10, 11, 12, 13, 14, 15];
        if (id.Length != 36 || id[8] != '-' || id[13] != '-' || id[18] != '-' || id[23] != '-')
        {
            return false;
        }

        var at = 0;
        foreach (var index in order)
        {
            at += at is 8 or 13 or 18 or 23 ? 1 : 0;
            var high = HexDigit(id[at]);
            var low = HexDigit(id[at + 1]);
            if ((high | low) < 0)
            {
                return false;
            }

            bytes[index] = (byte)((high << 4) | low);
            at += 2;
        }

        return true;
    }

    /// <summary>A lowercase hex digit's value, else -1.</summary>
    /// <remarks>From a table: digits and letters come at random in a GUID, and comparing ranges made reading one four times as costly.</remarks>
    private static int HexDigit(char c) => c < 128 ? HexValues[c] : -1;

    private static ReadOnlySpan<sbyte> HexValues =>
    [
        -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
        -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
        -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, -1, -1, -1, -1, -1, -1,
        -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
        -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
        -1, 10, 11, 12, 13, 14, 15, -1, -1, -1, -1, -1, -1, -1, -1, -1,
        -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
    ];

    /// <summary>Writes the reference of a string the block holds already, or numbers it and returns false so the caller writes it.</summary>
    private bool Known(string? value)
    {
        if (value is null)
        {
            Varint(EventBlock.Null);
            return true;
        }

        if (_strings.TryGetValue(value, out var number))
        {
            Varint(EventBlock.FirstReference + (ulong)number);
            return true;
        }

        _strings.Add(value, _strings.Count);
        return false;
    }

    private void Double(double value)
    {
        if (EventBlock.IsWhole(value))
        {
            Varint(EventBlock.ZigZag((long)value) << 1);
            return;
        }

        Varint(EventBlock.FractionalNumber);
        BinaryPrimitives.WriteDoubleLittleEndian(_buffer.AsSpan(_length), value);
        _length += 8;
    }

    private void Byte(byte value) => _buffer[_length++] = value;

    private void Varint(ulong value)
    {
        while (value >= 0x80)
        {
            _buffer[_length++] = (byte)(value | 0x80);
            value >>= 7;
        }

        _buffer[_length++] = (byte)value;
    }

    private void Ensure(int more)
    {
        if (_length + more > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + more));
        }
    }
}
