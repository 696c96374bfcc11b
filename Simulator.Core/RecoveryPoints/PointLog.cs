namespace Simulator.Core.RecoveryPoints;

/// <summary>Every recovery point of a simulation, as values, in the order they were taken: the place of a point is its id.</summary>
/// <remarks>
/// Points are taken in the order of their ids and nearly all expire in that order too, weeks later: kept in that order,
/// an expiry reads the point after the one the last expiry read, and a day's new points are written side by side. As
/// objects they were in that order as well (the collector's compaction keeps it), but each lived through a collection
/// or two and was copied; kept in their items' own rings they lost the order and cost more (docs/performance.md). The
/// log is cut into blocks of 4,096 points. A block is given back once every point in it has left its item and no
/// more will be written to it, and taken again for the next points: a steady state allocates nothing, and the
/// collector has no references to follow in a block.
/// </remarks>
internal sealed class PointLog
{
    private const int BlockBits = 12;
    private const int BlockSize = 1 << BlockBits;

    private readonly Stack<PointState[]> _spare = new();
    private PointState[]?[] _blocks = new PointState[]?[16];
    private int[] _live = new int[16];

    // The block number (of ids 1 + number * BlockSize on) at index 0 of _blocks, and how many are listed from there.
    private long _first;
    private int _count;

    /// <summary>Writes the point, whose id must be the next after the last one written.</summary>
    public void Add(in PointState point)
    {
        var index = Index(point.Id);
        if (index == _count)
        {
            Append();
        }

        _blocks[index]![Slot(point.Id)] = point;
        _live[index]++;
    }

    /// <summary>The point of this id, which must not have been released.</summary>
    public ref PointState At(long id) => ref _blocks[Index(id)]![Slot(id)];

    /// <summary>The point has left its item: once its block's last point has, the block is given back.</summary>
    public void Release(long id)
    {
        var index = Index(id);
        if (--_live[index] == 0 && index < _count - 1)
        {
            Free(index);
        }
    }

    /// <summary>Starts loading the point of this id, a few events before it is read.</summary>
    /// <remarks>Reads only the table of blocks, which every event's point shares and so is in cache.</remarks>
    public void Prefetch(long id)
    {
        var index = Index(id);
        if ((ulong)index < (ulong)_count && _blocks[index] is { } block)
        {
            ref var point = ref block[Slot(id)];
            Engine.Prefetch.Line(ref point);
            Engine.Prefetch.Line(ref point.IsTransferring);
        }
    }

    private int Index(long id) => (int)(((id - 1) >> BlockBits) - _first);

    private static int Slot(long id) => (int)((id - 1) & (BlockSize - 1));

    /// <summary>Opens the next block, giving back the one before if all its points have left meanwhile.</summary>
    private void Append()
    {
        if (_count > 0 && _live[_count - 1] == 0 && _blocks[_count - 1] is not null)
        {
            Free(_count - 1);
        }

        if (_count == _blocks.Length)
        {
            Array.Resize(ref _blocks, _count * 2);
            Array.Resize(ref _live, _count * 2);
        }

        _blocks[_count] = _spare.Count > 0 ? _spare.Pop() : new PointState[BlockSize];
        _live[_count] = 0;
        _count++;
    }

    /// <summary>Gives the block back, and drops the table's leading empty entries once they are half of it.</summary>
    private void Free(int index)
    {
        _spare.Push(_blocks[index]!);
        _blocks[index] = null;

        var empty = 0;
        while (empty < _count && _blocks[empty] is null)
        {
            empty++;
        }

        if (empty > 0 && empty * 2 >= _count)
        {
            Array.Copy(_blocks, empty, _blocks, 0, _count - empty);
            Array.Copy(_live, empty, _live, 0, _count - empty);
            Array.Clear(_blocks, _count - empty, empty);
            _count -= empty;
            _first += empty;
        }
    }
}
