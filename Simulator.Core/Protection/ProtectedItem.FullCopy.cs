using Simulator.Core.RecoveryPoints;

namespace Simulator.Core.Protection;

/// <summary>Which vault point holds the item's full copy once the point that was the full copy expired.</summary>
public sealed partial class ProtectedItem
{
    /// <summary>The id of the newest full copy whose vault copy expired; 0 while none has.</summary>
    /// <remarks>
    /// domain.md §5.4: "When the initial recovery point expires, it merges with the next incremental recovery point ...
    /// The incremental backup then becomes the initial full backup" (manage-recovery-points.md). The oldest vault point
    /// after it holds its blocks from then on, and when that one expires the next, so the item remembers only which full
    /// copy expired: whoever holds it is found when asked, and an expiry touches no other point.
    /// </remarks>
    private long _expiredFullCopyId;

    /// <summary>The id of the vault point holding the expired full copy: -1 until it is looked for again, 0 for none.</summary>
    private long _fullCopyHolderId = -1;

    /// <summary>The data the expired full copy held, which the point holding it holds now.</summary>
    /// <remarks>
    /// As much as the full copy: the blocks the increment changed replace those they overwrote, and a data source's used
    /// size does not change (D7). An increment that expires is taken to have been overwritten by the points after it: the
    /// sources say its still-needed blocks merge into the next point, but give no amounts.
    /// </remarks>
    internal double ExpiredFullCopySizeGb { get; private set; }

    /// <summary>Records that the point's vault copy is gone: a full copy's blocks pass to the vault point after it.</summary>
    internal void VaultCopyDropped(in PointState point)
    {
        if (point.TakenFull && point.Id > _expiredFullCopyId)
        {
            _expiredFullCopyId = point.Id;
            ExpiredFullCopySizeGb = point.SentSizeGb;
            _fullCopyHolderId = -1;
        }
        else if (point.Id == _fullCopyHolderId)
        {
            _fullCopyHolderId = -1;
        }
    }

    /// <summary>Whether the point is full: its own full copy in the vault, or the vault point holding an expired one's blocks (<see cref="RecoveryPoint.IsFull"/>).</summary>
    /// <remarks>One more field read than the point's flag alone; see <see cref="HoldsExpiredFullCopy"/> for the rest.</remarks>
    internal bool IsFull(in PointState point) => (point.TakenFull && point.InVault) || HoldsExpiredFullCopy(point);

    /// <summary>Data the point's vault copy holds: its own, or the expired full copy's when it holds that (<see cref="RecoveryPoint.VaultSizeGb"/>).</summary>
    internal double VaultSizeGb(in PointState point) =>
        HoldsExpiredFullCopy(point) ? Math.Max(point.SentSizeGb, ExpiredFullCopySizeGb) : point.SentSizeGb;

    /// <summary>True when the point is the vault point that holds an expired full copy's blocks: the oldest one after it.</summary>
    internal bool HoldsExpiredFullCopy(in PointState point) =>
        _expiredFullCopyId != 0 && point.InVault && point.Id > _expiredFullCopyId && FullCopyHolderId() == point.Id;

    /// <summary>Where the vault point that holds an expired full copy's blocks is in <see cref="Points"/>, or -1 when none does; remembered by its id.</summary>
    internal int ExpiredFullCopyHolder()
    {
        _fullCopyHolderId = 0;
        for (var i = 0; _expiredFullCopyId != 0 && i < _points.Count; i++)
        {
            ref var point = ref _points.At(i);
            if (point.Id > _expiredFullCopyId && point.InVault)
            {
                _fullCopyHolderId = point.Id;
                return i;
            }
        }

        return -1;
    }

    /// <summary>The holder's id, looked for once after each change and remembered, so asking again touches no point.</summary>
    private long FullCopyHolderId()
    {
        if (_fullCopyHolderId < 0)
        {
            ExpiredFullCopyHolder();
        }

        return _fullCopyHolderId;
    }
}
