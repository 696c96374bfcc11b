using Simulator.Core.Jobs;

namespace Simulator.Tui.Dashboard;

/// <summary>Keeps the job list's cursor on the job it stood on while the clock runs.</summary>
/// <remarks>
/// The list is newest first, so every job that starts pushes the others down a line: a cursor kept as an index slid
/// onto another job under the person's eyes, and 'c' then offered to cancel that one. The top line is left to follow
/// the newest job, as a live list does.
/// </remarks>
internal sealed record JobAnchor(DashboardState Before, BackupJob Job)
{
    /// <summary>The job under the cursor, when the cursor stands below the job list's top line.</summary>
    public static JobAnchor? Of(DashboardState state) =>
        state.JobCursor > 0 && !state.ShowTimeline && JobQuery.Selected(state) is { } job ? new JobAnchor(state, job) : null;

    /// <summary>The state with its cursor back on the job, unless the person moved it or changed the list meanwhile.</summary>
    public DashboardState Reapply(DashboardState state)
    {
        var sameList = state.JobCursor == Before.JobCursor && !state.ShowTimeline && state.VaultCursor == Before.VaultCursor
            && state.JobFilter == Before.JobFilter && state.Filter == Before.Filter;
        if (!sameList)
        {
            return state;
        }

        var jobs = JobQuery.Jobs(state);
        for (var i = 0; i < jobs.Count; i++)
        {
            if (ReferenceEquals(jobs[i], Job))
            {
                return i == state.JobCursor ? state : state with { JobCursor = i, Tops = state.Tops with { Jobs = Follow(state.Tops.Jobs, i - state.JobCursor) } };
            }
        }

        return state;
    }

    /// <summary>A window scrolled down moves with the job, so the rows under the person's eyes stay; one at the top stays there to show the newest.</summary>
    private static int Follow(int top, int shift) => top == 0 ? 0 : Math.Max(0, top + shift);
}
