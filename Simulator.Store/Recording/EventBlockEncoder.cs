using System.Buffers.Binary;
using System.Text;
using NodaTime;
using Simulator.Core.Journal;
using Simulator.Store.Schema;

namespace Simulator.Store.Recording;

/// <summary>Encodes one batch's events into a block (see <see cref="EventBlock"/> for the format).</summary>
/// <remarks>
/// This runs for every event of a run, tens of millions on a big fleet, so it avoids allocating: one growing buffer,
/// strings numbered by reference, and jobs' names by their bits. The engine hands the same string object for a vault,
/// an item or a status again and again, so a reference lookup finds nearly every repeat; an equal string in another
/// object is only written twice, which the format allows.
/// </remarks>
internal sealed class EventBlockEncoder
{
    /// <summary>Room kept free before writing fixed-size fields, so they skip the bounds check: an event's longest run of them (a point's creation) is 107 bytes.</summary>
    private const int Room = 160;

    private const int RecentWords = 256;

    private readonly Dictionary<string, int> _strings = new(ReferenceEqualityComparer.Instance);

    // Jobs' names by value: the journal hands them as GUIDs (JobKey), numbered in the same sequence as the strings.
    private readonly Dictionary<Guid, int> _guids = [];

    // Each item's vault and name as this block numbered them, by the item's number in the simulation: looked up in the
    // dictionary, each entry's name cost a read of a string the processor had not held for hours (JournalEntry.ItemNumber).
    private ItemWords[] _items = new ItemWords[256];

    // The last string seen at each place of a small table, with its number in the block: the words of statuses, tiers
    // and tags, dozens of them, come again in every entry, and hashing each by reference cost a call into the runtime.
    private readonly RecentWord[] _recent = new RecentWord[RecentWords];
    private int _block;
    private int _numbered;
    private byte[] _buffer = new byte[1 << 16];
    private int _length;
    private long _lastTicks;
    private long _lastPoint;
    private bool _subTicks;

    public int Count { get; private set; }

    public ReadOnlySpan<byte> Data => _buffer.AsSpan(0, _length);

    public void Reset()
    {
        _block++;
        _strings.Clear();
        _guids.Clear();
        _numbered = 0;
        _length = 0;
        _lastTicks = 0;
        _lastPoint = 0;
        Count = 0;
        _buffer[_length++] = EventBlock.Format;
    }

    /// <summary>Encodes an event given as an object (see <see cref="Add(in JournalEntry)"/>).</summary>
    public void Add(DomainEvent e) => Add(JournalEntry.Of(e));

    public void Add(in JournalEntry e)
    {
        Count++;
        Ensure(Room);
        switch (e.Kind)
        {
            case JournalEntryKind.JobPhaseChanged:
                Start(EventBlock.JobPhaseChanged, e.At, null, null);
                Job(e);
                Text(e.First);
                Text(e.Second);
                break;
            case JournalEntryKind.JobStarted:
                Start(EventBlock.JobStarted, e.At, null, null);
                Job(e);
                Text(e.First);
                Text(e.Second);
                break;
            case JournalEntryKind.JobFinished:
                Start(EventBlock.JobFinished, e.At, null, null);
                Job(e);
                Text(e.First);
                Text(e.Second);
                Text(e.ErrorCode);
                Double(e.SizeGb);
                break;
            case JournalEntryKind.PointTierChanged:
                Start(EventBlock.PointTierChanged, e.At, null, null);
                Point(e);
                Text(e.First);
                Text(e.Second);
                Double(e.SizeGb);
                break;
            case JournalEntryKind.PointCreated:
                Start(EventBlock.PointCreated, e.At, e.Time, e.SnapshotExpiry, e.VaultExpiry);
                Point(e);
                Time(e.Time, e.At);
                Text(e.First);
                Text(e.Second);
                Byte(e.IsFull ? (byte)1 : (byte)0);
                Byte(e.SnapshotExpiry is null ? (byte)0 : (byte)1);
                if (e.SnapshotExpiry is { } snapshotExpiry)
                {
                    Time(snapshotExpiry, e.At);
                }

                Time(e.VaultExpiry, e.At);
                break;
            case JournalEntryKind.PointDeleted:
                Start(EventBlock.PointDeleted, e.At, null, null);
                Point(e);
                Text(e.First);
                break;
            case JournalEntryKind.PointRetentionChanged:
                Start(EventBlock.PointRetentionChanged, e.At, e.VaultExpiry, null);
                Point(e);
                Time(e.VaultExpiry, e.At);
                break;
            default:
                var other = e.Other!;
                Start(EventBlock.Other, other.At, null, null);
                // Interned: the runtime lets go of a type's name when its cache is collected, and makes a new
                // string; by reference, the same kind would then be written again, and the block's bytes would
                // depend on when the collector ran.
                Text(string.Intern(other.GetType().Name));
                Text(other.Vault);
                Text(other.Item);
                Text(other.JobId);
                Text(other.What);
                Text(other.State);
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

    private void Job(in JournalEntry e)
    {
        VaultAndItem(e);
        JobName(e.Job);
    }

    private void Point(in JournalEntry e)
    {
        VaultAndItem(e);
        Varint(EventBlock.ZigZag(e.PointId - _lastPoint));
        _lastPoint = e.PointId;
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

    private void NewText(string value)
    {
        var size = Encoding.UTF8.GetByteCount(value);
        Ensure(size + Room);
        Varint(EventBlock.NewText);
        Varint((ulong)size);
        _length += Encoding.UTF8.GetBytes(value, _buffer.AsSpan(_length));
    }

    /// <summary>A job's name in 16 bytes when it is a GUID that prints back the same, else as text.</summary>
    private void JobName(JobKey job)
    {
        if (job.Text is { } text)
        {
            Text(text);
            return;
        }

        if (_guids.TryGetValue(job.Guid, out var number))
        {
            Reference(number);
            return;
        }

        _guids.Add(job.Guid, _numbered++);
        Ensure(16 + Room);
        Varint(EventBlock.NewGuid);
        job.Guid.TryWriteBytes(_buffer.AsSpan(_length));
        _length += 16;
    }

    /// <summary>Writes an entry's vault and item as <see cref="Text"/> would, each read from the dictionary once a block.</summary>
    /// <remarks>The same string objects only: the bytes are the dictionary's, whatever the entry's item number says.</remarks>
    private void VaultAndItem(in JournalEntry e)
    {
        var vault = e.Vault!;
        var item = e.Item!;
        var number = e.ItemNumber;
        if (number <= 0)
        {
            Word(vault);
            Word(item);
            return;
        }

        if (number >= _items.Length)
        {
            Array.Resize(ref _items, Math.Max(_items.Length * 2, number + 1));
        }

        ref var words = ref _items[number];
        if (words.Block == _block && ReferenceEquals(words.Vault, vault) && ReferenceEquals(words.Item, item))
        {
            Reference(words.VaultNumber);
            Reference(words.ItemNumber);
            return;
        }

        words = new ItemWords(_block, vault, item, Word(vault), Word(item));
    }

    private void Text(string? value)
    {
        if (value is null)
        {
            Varint(EventBlock.Null);
            return;
        }

        // Only a hint where to look: whatever it says, a hit is the same object this block has numbered already.
        ref var recent = ref _recent[value.Length == 0 ? 0 : ((value.Length * 31 + value[0]) * 31 + value[value.Length / 2] + value[^1] * 7) & (RecentWords - 1)];
        if (recent.Block == _block && ReferenceEquals(recent.Value, value))
        {
            Reference(recent.Number);
            return;
        }

        recent = new RecentWord(_block, value, Word(value));
    }

    /// <summary>Writes the reference of a string the block holds already, or numbers it and writes it; returns its number.</summary>
    private int Word(string value)
    {
        if (_strings.TryGetValue(value, out var number))
        {
            Reference(number);
            return number;
        }

        number = _numbered++;
        _strings.Add(value, number);
        NewText(value);
        return number;
    }

    private void Reference(int number) => Varint(EventBlock.FirstReference + (ulong)number);

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

    private readonly record struct RecentWord(int Block, string Value, int Number);

    private readonly record struct ItemWords(int Block, string Vault, string Item, int VaultNumber, int ItemNumber);
}
