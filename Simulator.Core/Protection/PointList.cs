using System.Numerics;
using Simulator.Core.Policies;
using Simulator.Core.RecoveryPoints;

namespace Simulator.Core.Protection;

/// <summary>An item's recovery points, oldest first: a ring of their ids, the points themselves in the simulation's <see cref="PointLog"/>.</summary>
/// <remarks>
/// Points expire nearly always oldest first: the oldest one leaves by moving the start. Ids rise with each point taken,
/// so the ring is in id order. A struct held in its item's own fields and reached by reference
/// (<see cref="ProtectedItem.Points"/>): a copy would change nothing.
/// </remarks>
internal struct PointList
{
    // Enough for every point a policy keeps, short of many years of monthly and yearly ones: the ring grows past it.
    private const int LargestFirstCapacity = 256;

    private readonly PointLog _log;
    private long[] _ids;
    private int _start;

    /// <summary>A ring with room for the points <paramref name="policy"/> keeps at once, their values written to <paramref name="log"/>.</summary>
    /// <remarks>
    /// Sized now, so that the array is allocated beside its item and moves with it: in a 100,000-VM estate, an array
    /// grown at the item's first backups lay pages away from it, and every backup and expiry paid for one more page.
    /// </remarks>
    public PointList(BackupPolicy policy, PointLog log)
    {
        _log = log;
        var rules = policy.Retention;
        var kept = 1 + (rules.Daily?.Days ?? 0) + (rules.Weekly?.Weeks ?? 0) + (rules.Monthly?.Months ?? 0) + (rules.Yearly?.Years ?? 0);
        _ids = new long[BitOperations.RoundUpToPowerOf2((uint)Math.Min(kept, LargestFirstCapacity))];

        // The array's 16 bytes of header and its slots, plus a line for an array that starts mid-line.
        PrefetchLines = Math.Min(((16 + (8 * _ids.Length) + 63) / 64) + 1, 8);
    }

    public int Count { readonly get; private set; }

    /// <summary>The newest point's id, 0 when there is none: kept apart so that asking whether a point is the newest reads no slot.</summary>
    public long NewestId { readonly get; private set; }

    /// <summary>How many points the ring holds before it grows.</summary>
    public readonly int Capacity => _ids.Length;

    /// <summary>The cache lines of the ring's array, allocated right after its item; eight at most.</summary>
    /// <remarks>
    /// The item asks for them before each of its events: an expiry removes the oldest id and a new point writes past
    /// the newest. Eight lines hold a ring of 32 (DefaultPolicy's) whole, and of a larger one its first part.
    /// </remarks>
    public int PrefetchLines { readonly get; private set; }

    /// <summary>The id of the point at <paramref name="index"/> (0 the oldest).</summary>
    public readonly long IdAt(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
        return _ids[Slot(index)];
    }

    /// <summary>The point at <paramref name="index"/> (0 the oldest), to read or change in place.</summary>
    public readonly ref PointState At(int index) => ref _log.At(IdAt(index));

    /// <summary>The newest point, which the ring must hold.</summary>
    public readonly ref PointState Newest => ref At(Count - 1);

    public void Add(in PointState point)
    {
        if (Count == _ids.Length)
        {
            var grown = new long[_ids.Length * 2];
            for (var i = 0; i < Count; i++)
            {
                grown[i] = _ids[Slot(i)];
            }

            _ids = grown;
            _start = 0;
        }

        _log.Add(point);
        _ids[Slot(Count++)] = point.Id;
        NewestId = point.Id;
    }

    /// <summary>Where the point of this id is, or -1 once it has left.</summary>
    /// <remarks>
    /// An expiry nearly always asks for the oldest point and a transfer for the newest, so both ends are looked at
    /// before halving.
    /// </remarks>
    public readonly int IndexOf(long id)
    {
        if (Count == 0)
        {
            return -1;
        }

        var (low, high) = (0, Count - 1);
        if (id == NewestId)
        {
            return high;
        }

        while (low <= high)
        {
            var middle = low == 0 ? 0 : low + ((high - low) / 2);
            var found = _ids[Slot(middle)];
            if (found == id)
            {
                return middle;
            }

            (low, high) = found < id ? (middle + 1, high) : (low, middle - 1);
        }

        return -1;
    }

    /// <summary>The point leaves the item, and the log.</summary>
    public void RemoveAt(int index)
    {
        _log.Release(IdAt(index));
        if (index == 0)
        {
            _start = Slot(1);
        }
        else
        {
            // Later points move down one place; the rare removal out of order (an on-demand point, a snapshot-only one).
            for (var i = index; i < Count - 1; i++)
            {
                _ids[Slot(i)] = _ids[Slot(i + 1)];
            }
        }

        Count--;
        NewestId = Count == 0 ? 0 : IdAt(Count - 1);
    }

    /// <summary>Every point leaves the item, and the log.</summary>
    public void Clear()
    {
        for (var i = 0; i < Count; i++)
        {
            _log.Release(_ids[Slot(i)]);
        }

        _start = 0;
        Count = 0;
        NewestId = 0;
    }

    /// <summary>Starts loading the ring of ids.</summary>
    public readonly void Prefetch() => Engine.Prefetch.Object(_ids, PrefetchLines);

    private readonly int Slot(int index) => (_start + index) & (_ids.Length - 1);
}
