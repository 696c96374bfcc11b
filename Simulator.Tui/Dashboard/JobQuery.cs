using Simulator.Core.Jobs;
using Simulator.Core.Protection;
using Simulator.Core.Vaults;
using Simulator.Tui.Dashboard.Views;

namespace Simulator.Tui.Dashboard;

/// <summary>The jobs the job list shows: the selected vault's, filtered like the portal's job list, newest first.</summary>
internal static class JobQuery
{
    /// <remarks>
    /// The job list only changes when the journal records something (every job start, phase and end is published),
    /// so the list is kept while the journal stands still: a key press on a paused screen does not rescan it.
    /// </remarks>
    public static IReadOnlyList<BackupJob> Jobs(DashboardState state)
    {
        var world = state.World;
        var vault = ItemQuery.SelectedVault(state);
        var key = new ListKey(vault, state.JobFilter, state.Filter, world.Log.Total);
        if (world.JobListCache is (ListKey cachedKey, IReadOnlyList<BackupJob> cached) && cachedKey == key)
        {
            return cached;
        }

        var jobs = new List<BackupJob>();
        foreach (var job in world.Simulation.Jobs)
        {
            if (job.Item.Vault == vault && ItemQuery.Matches(state, job.Item.Name) && (state.JobFilter == JobFilter.All || Passes(state.JobFilter, job.Status)))
            {
                jobs.Add(job);
            }
        }

        // The core keeps the list oldest first; the portal shows the newest on top.
        jobs.Reverse();
        world.JobListCache = (key, jobs);
        return jobs;
    }

    /// <summary>The job under the cursor: in the job list, or on the timeline row it stands on when the timeline shows.</summary>
    public static BackupJob? Selected(DashboardState state)
    {
        // With the timeline shown the cursor counts its rows (the listed items' backup jobs, item by item), not the
        // job list's lines: reading the job list at that index would pick another item's job.
        if (state.ShowTimeline)
        {
            var items = ItemQuery.Items(state);
            var byItem = BackupsByItem(state);
            var rows = TimelineRows.Count(items, byItem);
            return rows == 0 ? null : TimelineRows.Slice(items, byItem, Math.Clamp(state.JobCursor, 0, rows - 1), 1)[0].Job;
        }

        var jobs = Jobs(state);
        return jobs.Count == 0 ? null : jobs[Math.Clamp(state.JobCursor, 0, jobs.Count - 1)];
    }

    /// <summary>Backup jobs grouped by item, oldest first, for timelines.</summary>
    /// <remarks>
    /// Kept while the journal stands still, as the job list is: a frame with the timeline asks it for the rows, and the
    /// footer again for the job under the cursor, and each time it went through every job of the simulation.
    /// </remarks>
    public static IReadOnlyDictionary<ProtectedItem, List<BackupJob>> BackupsByItem(DashboardState state)
    {
        var world = state.World;
        if (world.BackupsByItemCache is (long version, IReadOnlyDictionary<ProtectedItem, List<BackupJob>> cached) && version == world.Log.Total)
        {
            return cached;
        }

        var byItem = new Dictionary<ProtectedItem, List<BackupJob>>();
        foreach (var job in world.Simulation.Jobs)
        {
            if (!job.IsBackup)
            {
                continue;
            }

            if (!byItem.TryGetValue(job.Item, out var list))
            {
                byItem[job.Item] = list = [];
            }

            list.Add(job);
        }

        world.BackupsByItemCache = (world.Log.Total, byItem);
        return byItem;
    }

    private readonly record struct ListKey(Vault? Vault, JobFilter Filter, string Text, long Version);

    private static bool Passes(JobFilter filter, JobStatus status) => filter switch
    {
        JobFilter.InProgress => status == JobStatus.InProgress,
        JobFilter.Failed => status == JobStatus.Failed,
        _ => true,
    };
}
