using NodaTime;
using Simulator.Core.Jobs;
using Simulator.Core.Protection;
using Simulator.Core.RecoveryPoints;
using Simulator.Tui.Dashboard.Views;

namespace Simulator.Tui.Dashboard;

/// <summary>Keeps each list's cursor on the row it stood on while the world changes under it: the clock, a step, an action.</summary>
/// <remarks>
/// The cursors are indexes, and rows come, go and move as the world changes: every job that starts pushes the job
/// list down a line, an item's next backup adds a timeline row above the rows of the items after it, and an item list
/// sorted by its latest points reorders as backups complete. A cursor kept as an index slid onto another row under the
/// person's eyes, and an action (c, b, s) then offered to act on that one. A row that has left its list (a job that
/// finished, under the In progress filter) hands the cursor to its nearest neighbour still listed, the one after it
/// first, as that one takes its place. The job list's top line is left to follow the newest job, as a live list does.
/// A cursor the person moved, or a list they changed (its vault, filter or sort), is theirs: it is left alone (a new
/// sort, like a filter cleared, keeps its item under the cursor by the controller's own rule, DashboardController.Resorted).
/// </remarks>
internal sealed class CursorAnchor
{
    private readonly DashboardState _before;
    private readonly IReadOnlyList<ProtectedItem> _items;
    private readonly IReadOnlyList<BackupJob>? _jobs;
    private readonly IReadOnlyDictionary<ProtectedItem, List<BackupJob>>? _timeline;
    private readonly RecoveryPoint? _point;
    private readonly Instant _now;

    private CursorAnchor(DashboardState before)
    {
        _before = before;
        _now = before.World.Now;
        _items = ItemQuery.Items(before);
        if (before.ShowTimeline)
        {
            _timeline = JobQuery.BackupsByItem(before);
        }
        else if (before.JobCursor > 0)
        {
            _jobs = JobQuery.Jobs(before);
        }

        // The detail lists its item's points newest first, from the item's own list, which changes in place: the point
        // under the cursor is kept, not the list.
        if (before.OpenItem is not null && ItemQuery.Selected(before)?.RecoveryPoints is { Count: > 0 } points)
        {
            _point = points[points.Count - 1 - Math.Clamp(before.PointCursor, 0, points.Count - 1)];
        }
    }

    /// <summary>The rows under the cursors of <paramref name="state"/>, before the world changes.</summary>
    /// <remarks>The lists are the queries' own, which build a new list when the world changes rather than change the one they gave.</remarks>
    public static CursorAnchor Of(DashboardState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return new CursorAnchor(state);
    }

    /// <summary>The state with each cursor back on its row, where the row moved, or on its neighbour, where it left.</summary>
    public DashboardState Reapply(DashboardState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.VaultCursor == _before.VaultCursor && state.Filter == _before.Filter ? OnPoint(OnJobRow(OnItem(state))) : state;
    }

    /// <summary>The detail's cursor on the point it was on, which each new point pushes down a row; where the point expired, left as it is.</summary>
    private DashboardState OnPoint(DashboardState state)
    {
        if (_point is null || state.OpenItem != _before.OpenItem || state.PointCursor != _before.PointCursor
            || ItemQuery.Selected(state)?.RecoveryPoints is not { } points)
        {
            return state;
        }

        for (var i = 0; i < points.Count; i++)
        {
            if (points[i] == _point)
            {
                var row = points.Count - 1 - i;
                return row == state.PointCursor ? state : state with { PointCursor = row, Tops = state.Tops with { Points = Follow(state.Tops.Points, row - state.PointCursor) } };
            }
        }

        return state;
    }

    /// <remarks>
    /// An item new to the list under the cursor while the clock stood still was put there by the person's own "+ Backup",
    /// which selects what it protected (DashboardController.SelectProtected): kept as the one they chose. Where it took
    /// the cursor's row, the cursor had followed the item it pushed down.
    /// </remarks>
    private DashboardState OnItem(DashboardState state)
    {
        var items = ItemQuery.Items(state);
        if (state.ItemCursor != _before.ItemCursor || state.Sort != _before.Sort
            || Clamped(state.ItemCursor, _items.Count) is not { } at || IndexIn(_items, at, items) is not { } now || now == at
            || (state.World.Now == _now && state.ItemCursor < items.Count && !_items.Contains(items[state.ItemCursor])))
        {
            return state;
        }

        return state with { ItemCursor = now, Tops = state.Tops with { Items = Follow(state.Tops.Items, now - at) } };
    }

    /// <summary>The job list's cursor or the timeline's, which share it.</summary>
    private DashboardState OnJobRow(DashboardState state)
    {
        if (state.JobCursor != _before.JobCursor || state.ShowTimeline != _before.ShowTimeline)
        {
            return state;
        }

        var (at, now) = (_timeline, _jobs) switch
        {
            ({ } timeline, _) when state.Sort == _before.Sort && Clamped(state.JobCursor, TimelineRows.Count(_items, timeline)) is { } row => (row, TimelineRowIn(state, timeline, row)),
            (null, { } jobs) when state.JobFilter == _before.JobFilter && Clamped(state.JobCursor, jobs.Count) is { } row => (row, IndexIn(jobs, row, JobQuery.Jobs(state))),
            _ => (0, null),
        };
        return now is { } to && to != at ? state with { JobCursor = to, Tops = state.Tops with { Jobs = Follow(state.Tops.Jobs, to - at) } } : state;
    }

    /// <summary>Where the timeline row <paramref name="row"/> is now: the same job's row, or its item's first, or its neighbour item's first where the item left the list.</summary>
    private int? TimelineRowIn(DashboardState state, IReadOnlyDictionary<ProtectedItem, List<BackupJob>> timeline, int row)
    {
        var (items, byItem) = (ItemQuery.Items(state), JobQuery.BackupsByItem(state));
        if (ReferenceEquals(items, _items) && ReferenceEquals(byItem, timeline))
        {
            return row;
        }

        var (itemIndex, job) = TimelineRows.At(_items, timeline, row);

        // A job of another item (the neighbour's) is not among its rows: the neighbour's first row is taken.
        return IndexIn(_items, itemIndex, items) is { } now ? TimelineRows.RowOf(items, byItem, now, job) : null;
    }

    /// <summary>Where <paramref name="before"/>[<paramref name="at"/>] is in <paramref name="now"/>, or, gone, its nearest neighbour still listed, the next first; null when none is.</summary>
    internal static int? IndexIn<T>(IReadOnlyList<T> before, int at, IReadOnlyList<T> now)
        where T : class
    {
        if (at < now.Count && ReferenceEquals(now[at], before[at]))
        {
            return at;
        }

        var index = new Dictionary<T, int>(now.Count, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < now.Count; i++)
        {
            index[now[i]] = i;
        }

        for (var distance = 0; distance < before.Count; distance++)
        {
            if (at + distance < before.Count && index.TryGetValue(before[at + distance], out var next))
            {
                return next;
            }

            if (distance > 0 && at - distance >= 0 && index.TryGetValue(before[at - distance], out var previous))
            {
                return previous;
            }
        }

        return null;
    }

    /// <summary>The row a cursor stands on, as the views clamp it; null for an empty list.</summary>
    private static int? Clamped(int cursor, int count) => count == 0 ? null : Math.Clamp(cursor, 0, count - 1);

    /// <summary>A window scrolled down moves with the row, so the rows under the person's eyes stay; one at the top stays there (the job list's to show the newest).</summary>
    private static int Follow(int top, int shift) => top == 0 ? 0 : Math.Max(0, top + shift);
}
