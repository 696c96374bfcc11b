using System.Collections;
using System.Numerics;
using Simulator.Core.Policies;
using Simulator.Core.RecoveryPoints;

namespace Simulator.Core.Protection;

/// <summary>An item's recovery points, oldest first, in a ring buffer.</summary>
/// <remarks>
/// Points expire nearly always oldest first. A list shifted every remaining reference down a slot on each expiry,
/// marking the garbage collector's cards across the array; here the oldest one leaves by moving the start.
/// </remarks>
internal sealed class PointList : IReadOnlyList<RecoveryPoint>
{
    // Enough for every point a policy keeps, short of many years of monthly and yearly ones: the ring grows past it.
    private const int LargestFirstCapacity = 256;

    private RecoveryPoint?[] _slots;
    private int _start;

    /// <summary>A ring with room for the points <paramref name="policy"/> keeps at once.</summary>
    /// <remarks>
    /// Sized now, so that the array is allocated beside its item and moves with it: in a 100,000-VM estate, an array
    /// grown at the item's first backups lay pages away from it, and every backup and expiry paid for one more page.
    /// </remarks>
    public PointList(BackupPolicy policy)
    {
        var rules = policy.Retention;
        var kept = 1 + (rules.Daily?.Days ?? 0) + (rules.Weekly?.Weeks ?? 0) + (rules.Monthly?.Months ?? 0) + (rules.Yearly?.Years ?? 0);
        _slots = new RecoveryPoint?[BitOperations.RoundUpToPowerOf2((uint)Math.Min(kept, LargestFirstCapacity))];

        // This object's 24 bytes, the array's 24 of header (its sync block word included) and the slots, plus a line
        // for an object that starts mid-line.
        PrefetchLines = Math.Min(((24 + 24 + (8 * _slots.Length)) / 64) + 2, 8);
    }

    public int Count { get; private set; }

    /// <summary>The cache lines from this object's start to the end of its first slots, allocated right after it; eight at most.</summary>
    /// <remarks>
    /// The item asks for them before each of its events: a vault expiry reads the oldest slot and a new point writes
    /// past the newest, anywhere in the slots. Asked for with this object's first line only, the slots missed on every
    /// expiry of a 100,000-VM estate, which then cost twice what it cost at 1,000 VMs. Eight lines hold a ring of 32
    /// (DefaultPolicy's) whole, and of a larger one its first part. The count is kept by the item, which is in cache
    /// when it asks: read from here, it would wait for the very line being asked for.
    /// </remarks>
    public int PrefetchLines { get; }

    /// <summary>How many points the ring holds before it grows.</summary>
    public int Capacity => _slots.Length;

    public RecoveryPoint this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            return _slots[Slot(index)]!;
        }
    }

    public void Add(RecoveryPoint point)
    {
        if (Count == _slots.Length)
        {
            var grown = new RecoveryPoint?[_slots.Length * 2];
            for (var i = 0; i < Count; i++)
            {
                grown[i] = _slots[Slot(i)];
            }

            _slots = grown;
            _start = 0;
        }

        _slots[Slot(Count++)] = point;
    }

    /// <summary>Removes the point (found by reference, oldest first); false when it is not here.</summary>
    public bool Remove(RecoveryPoint point)
    {
        for (var i = 0; i < Count; i++)
        {
            if (ReferenceEquals(_slots[Slot(i)], point))
            {
                RemoveAt(i);
                return true;
            }
        }

        return false;
    }

    public void Clear()
    {
        Array.Clear(_slots);
        _start = 0;
        Count = 0;
    }

    public IEnumerator<RecoveryPoint> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return _slots[Slot(i)]!;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int Slot(int index) => (_start + index) & (_slots.Length - 1);

    private void RemoveAt(int index)
    {
        if (index == 0)
        {
            _slots[_start] = null;
            _start = Slot(1);
        }
        else
        {
            // Later points move down one place; the rare removal out of order (an on-demand point, a snapshot-only one).
            for (var i = index; i < Count - 1; i++)
            {
                _slots[Slot(i)] = _slots[Slot(i + 1)];
            }

            _slots[Slot(Count - 1)] = null;
        }

        Count--;
    }
}
