using Simulator.Core.Jobs;
using Simulator.Core.Protection;

namespace Simulator.Tui.Dashboard.Views;

/// <summary>The rows of the main timeline: each listed item's backup jobs, oldest first, one row per job.</summary>
internal static class TimelineRows
{
    public static int Count(DashboardState state) => Count(ItemQuery.Items(state), JobQuery.BackupsByItem(state));

    /// <summary>The item whose row the cursor stands on, or null when the timeline has no rows.</summary>
    public static ProtectedItem? ItemAt(DashboardState state)
    {
        var items = ItemQuery.Items(state);
        var byItem = JobQuery.BackupsByItem(state);
        var rows = Count(items, byItem);
        return rows == 0 ? null : Slice(items, byItem, Math.Clamp(state.JobCursor, 0, rows - 1), 1)[0].Item;
    }

    /// <summary>The row of the newest job of the item under the item list's cursor, where the timeline opens; 0 when it has no rows.</summary>
    /// <remarks>
    /// Its rows run oldest first, and the scale shows the latest days a window holds: opened on its first row, a scenario
    /// of months showed an item's first jobs, weeks before the scale, as rows without a bar.
    /// </remarks>
    public static int NewestOfSelected(DashboardState state)
    {
        var items = ItemQuery.Items(state);
        if (items.Count == 0)
        {
            return 0;
        }

        var byItem = JobQuery.BackupsByItem(state);
        var index = Math.Clamp(state.ItemCursor, 0, items.Count - 1);
        return RowOf(items, byItem, index, byItem.GetValueOrDefault(items[index]) is [.., var newest] ? newest : null);
    }

    /// <summary>One row per job, and one for an item without jobs so that it still shows.</summary>
    public static int Count(IReadOnlyList<ProtectedItem> items, IReadOnlyDictionary<ProtectedItem, List<BackupJob>> byItem) =>
        items.Sum(item => Span(item, byItem));

    /// <summary>The row of <paramref name="job"/> among the rows of the item at <paramref name="itemIndex"/>, or the item's first row where the job has none.</summary>
    public static int RowOf(IReadOnlyList<ProtectedItem> items, IReadOnlyDictionary<ProtectedItem, List<BackupJob>> byItem, int itemIndex, BackupJob? job)
    {
        var row = 0;
        for (var i = 0; i < itemIndex; i++)
        {
            row += Span(items[i], byItem);
        }

        var jobs = byItem.GetValueOrDefault(items[itemIndex]);
        return row + Math.Max(0, job is null || jobs is null ? -1 : jobs.IndexOf(job));
    }

    /// <summary>The index of the item whose rows hold <paramref name="row"/>, and the row's job (null for an item without jobs).</summary>
    public static (int ItemIndex, BackupJob? Job) At(IReadOnlyList<ProtectedItem> items, IReadOnlyDictionary<ProtectedItem, List<BackupJob>> byItem, int row)
    {
        for (var i = 0; i < items.Count; i++)
        {
            var span = Span(items[i], byItem);
            if (row < span)
            {
                return (i, byItem.TryGetValue(items[i], out var jobs) && jobs.Count > 0 ? jobs[row] : null);
            }

            row -= span;
        }

        throw new ArgumentOutOfRangeException(nameof(row), row, "The timeline has no such row.");
    }

    private static int Span(ProtectedItem item, IReadOnlyDictionary<ProtectedItem, List<BackupJob>> byItem) =>
        Math.Max(1, byItem.TryGetValue(item, out var jobs) ? jobs.Count : 0);

    /// <summary>The rows from <paramref name="first"/> on, at most <paramref name="count"/>, without building the others.</summary>
    public static List<(ProtectedItem Item, BackupJob? Job, bool FirstOfItem)> Slice(
        IReadOnlyList<ProtectedItem> items, IReadOnlyDictionary<ProtectedItem, List<BackupJob>> byItem, int first, int count)
    {
        var rows = new List<(ProtectedItem, BackupJob?, bool)>(count);
        var index = 0;
        foreach (var item in items)
        {
            var jobs = byItem.TryGetValue(item, out var list) ? list : [];
            var span = Span(item, byItem);
            if (index + span <= first)
            {
                index += span;
                continue;
            }

            for (var j = 0; j < span && rows.Count < count; j++, index++)
            {
                if (index >= first)
                {
                    rows.Add((item, jobs.Count == 0 ? null : jobs[j], j == 0));
                }
            }

            if (rows.Count == count)
            {
                break;
            }
        }

        return rows;
    }
}
