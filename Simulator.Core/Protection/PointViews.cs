using System.Collections;
using Simulator.Core.RecoveryPoints;

namespace Simulator.Core.Protection;

/// <summary>An item's points as <see cref="RecoveryPoint"/>s, oldest first, made as they are read.</summary>
internal sealed class PointViews(ProtectedItem item) : IReadOnlyList<RecoveryPoint>
{
    public int Count => item.PointCount;

    public RecoveryPoint this[int index] => new(item, item.PointAt(index));

    public IEnumerator<RecoveryPoint> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
