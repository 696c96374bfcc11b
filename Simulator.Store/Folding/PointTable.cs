using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Simulator.Store.Folding;

/// <summary>The points alive in the fold, by number: a window of slots indexed by the number, and a dictionary for the few outside it.</summary>
/// <remarks>
/// <para>
/// A dictionary kept the points of a big fleet in the slots its removals had freed, so a day's new points lay
/// scattered over tens of megabytes and nearly every change to one missed the processor's cache. The engine numbers
/// points as it creates them, and a point's changes come in about the order of its creation (its vault copy hours
/// later, its snapshot's expiry days later, its deletion when its retention ends), so slots in the order of the
/// numbers are read as a few streams.
/// </para>
/// <para>
/// The window spans the numbers from the oldest point it keeps to the newest. It doubles while at least three
/// quarters of its slots hold points; otherwise a new point that does not fit sends the oldest to the dictionary, so a
/// few long-kept points (a yearly point among a fleet's dailies) never stretch it. A number below the window, or one
/// already taken, goes to the dictionary too: the fold reads any journal a file holds.
/// </para>
/// </remarks>
internal sealed class PointTable
{
    private const int FirstCapacity = 1024;

    private readonly Dictionary<long, PointHistory> _outside = [];
    private PointHistory[] _slots = new PointHistory[FirstCapacity];

    /// <summary>The lowest number the window can hold, never below 1 (an empty slot reads as number 0).</summary>
    private long _first = 1;

    /// <summary>The highest number the window has held, or <see cref="_first"/> - 1 when it holds none.</summary>
    private long _last;

    private int _inWindow;

    public int Count => _inWindow + _outside.Count;

    /// <summary>Every point, the window's in the order of their numbers, then the others.</summary>
    public IEnumerable<PointHistory> Values
    {
        get
        {
            for (var id = _first; id <= _last; id++)
            {
                var slot = _slots[SlotOf(id)];
                if (slot.Id == id)
                {
                    yield return slot;
                }
            }

            foreach (var point in _outside.Values)
            {
                yield return point;
            }
        }
    }

    /// <exception cref="ArgumentException">A point of that number is in the table already.</exception>
    public void Add(in PointHistory point)
    {
        var id = point.Id;
        if (!Unsafe.IsNullRef(ref Find(id)))
        {
            throw new ArgumentException($"Point {id} is in the fold already.", nameof(point));
        }

        if (id < _first)
        {
            _outside.Add(id, point);
            return;
        }

        MakeRoomFor(id);
        _slots[SlotOf(id)] = point;
        _inWindow++;
        _last = Math.Max(_last, id);
    }

    /// <summary>The point's entry, or a null reference when the table has no point of that number.</summary>
    public ref PointHistory Find(long id)
    {
        if (id >= _first && id <= _last)
        {
            ref var slot = ref _slots[SlotOf(id)];
            if (slot.Id == id)
            {
                return ref slot;
            }
        }

        return ref _outside.Count == 0 ? ref Unsafe.NullRef<PointHistory>() : ref CollectionsMarshal.GetValueRefOrNullRef(_outside, id);
    }

    public bool Remove(long id, out PointHistory point)
    {
        if (id >= _first && id <= _last)
        {
            ref var slot = ref _slots[SlotOf(id)];
            if (slot.Id == id)
            {
                point = slot;
                slot = default;
                _inWindow--;
                PassEmptySlots();
                return true;
            }
        }

        return _outside.Remove(id, out point);
    }

    private int SlotOf(long id) => (int)(id & (_slots.Length - 1));

    /// <summary>Moves the window's start past the slots its oldest points left.</summary>
    private void PassEmptySlots()
    {
        while (_first <= _last && _slots[SlotOf(_first)].Id != _first)
        {
            _first++;
        }
    }

    private void MakeRoomFor(long id)
    {
        while (id - _first >= _slots.Length)
        {
            if (_inWindow == 0)
            {
                // Nothing to keep in order: the window starts again at the new number, however far on it is.
                _first = id;
                _last = id - 1;
                return;
            }

            if ((long)_inWindow * 4 >= (long)_slots.Length * 3)
            {
                Grow();
                continue;
            }

            ref var oldest = ref _slots[SlotOf(_first)];
            if (oldest.Id == _first)
            {
                _outside.Add(_first, oldest);
                oldest = default;
                _inWindow--;
            }

            _first++;
            PassEmptySlots();
        }
    }

    private void Grow()
    {
        var old = _slots;
        var oldMask = old.Length - 1;
        _slots = new PointHistory[old.Length * 2];
        for (var id = _first; id <= _last; id++)
        {
            ref var slot = ref old[id & oldMask];
            if (slot.Id == id)
            {
                _slots[SlotOf(id)] = slot;
            }
        }
    }
}
