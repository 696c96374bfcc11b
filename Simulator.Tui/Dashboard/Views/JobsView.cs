using System.Globalization;
using NodaTime;
using Simulator.Core.Jobs;
using Spectre.Console;

namespace Simulator.Tui.Dashboard.Views;

/// <summary>The job list: operation, item, status, the two phases with the transfer's progress and time left.</summary>
/// <remarks>While the list has the focus, the lines under its rows tell the selected job in full: its ID, and why it failed, warned or skipped its transfer.</remarks>
internal static class JobsView
{
    private const int OperationColumn = 0;
    private const int ItemColumn = 1;
    private const int SnapshotColumn = 3;
    private const int TransferColumn = 4;
    private const int StartColumn = 5;

    // The start as TimeText.LocalToday writes it, where the full one would not fit: 04:46, or 03-01 for an earlier day.
    private const int CompactStart = 5;

    // The item column widens to the longest name on screen, up to this, taking the room from the transfer's bar.
    private const int WidestItem = 32;

    // A bar of three cells moves by a third at a step, and tells less than the share written beside it.
    private const int NarrowestBar = 4;

    // The running transfer's words, " 18% 17m57s": the share, then the time left padded to its widest (10h46m, 1d01h),
    // so that the shares line up row to row; as wide as the phase's longest other words ("In progress").
    private const string ProgressFormat = "{0,3:0}% {1,6}";

    /// <remarks>
    /// <see cref="Column.Fit"/> decides alone which columns show. The transfer needs no more than its words (the
    /// share and the time left), and draws a bar before them only with the room left over; so on 80 columns the start
    /// stays, and tells apart the jobs of one item that read alike otherwise. The duration goes first. Where even then
    /// the transfer's words would be cut (60 columns), the snapshot goes too: while a transfer runs its snapshot has
    /// completed, and a job that failed or was cancelled in its snapshot says so in Status (and why, in the selected
    /// job's line). Where the start still has no room it comes back in its compact form (<see cref="CompactStart"/>):
    /// a person watching jobs on 60 columns sees when each started, where the duration took its place.
    /// </remarks>
    private static readonly Column[] Columns =
    [
        new("Operation", 9),
        new("Item", 13),
        new("Status", 13),
        new("Snapshot", 11, DropOrder: 3),
        new("Transfer", 11, Flex: true, Widest: 60), // a bar wider than this reads no better, and pushes Start and Duration far away
        new("Start", 11, DropOrder: 2),
        new("Duration", 8, DropOrder: 1),
    ];

    public static void Add(Frame frame, DashboardState state, int rows)
    {
        var jobs = JobQuery.Jobs(state);
        var focused = state.Focus == Pane.Jobs;
        var filter = state.Filter.Length > 0 ? $" · item '{state.Filter}'" : string.Empty;
        var shown = state.JobFilter switch { JobFilter.InProgress => "In progress", JobFilter.Failed => "Failed", _ => "All" };
        frame.Title(string.Create(CultureInfo.InvariantCulture, $"Jobs ({jobs.Count}) · {shown}{filter} · {TimeText.ListZone(state.World.Start, state.World.DisplayZone)}"), focused);
        var now = state.World.Now;
        var zone = state.World.DisplayZone;
        var detail = focused && jobs.Count > 0
            ? Detail(jobs[Math.Clamp(state.JobCursor, 0, jobs.Count - 1)], now, zone, frame.Width - 2, maxLines: ListRows.Spare(jobs.Count, rows))
            : [];
        var window = ListRows.Window(state.JobCursor, jobs.Count, rows - detail.Count, state.Tops.Jobs);
        frame.Shown = frame.Shown with { Jobs = window.First, Pages = frame.Shown.Pages with { Jobs = window.Count } };
        var (columns, widths) = Fit(jobs, window, frame.Width - 2, TakesSnapshots(jobs, state));
        ListRows.Header(frame, columns, widths);
        for (var i = window.First; i < window.First + window.Count; i++)
        {
            var job = jobs[i];
            var cursor = focused && i == window.Cursor;
            var line = ListRows.Gutter(frame, cursor)
                .Cell(Labels.Of(job), widths[0], cursor ? Palette.Selected : null)
                .NameCell(job.Item.Name, widths[1])
                .Cell(Labels.Of(job.Status), widths[2], Palette.Of(job.Status))
                .Cell(Phase(job.Snapshot), widths[3], job.Snapshot is { } snapshot ? Palette.Of(snapshot.Status) : Palette.Dim)
                .Cell(Transfer(job, now, widths[4]), widths[4], job.Transfer is { } transfer ? Palette.Of(transfer.Status) : Palette.Dim)
                .Cell(widths[StartColumn] < Columns[StartColumn].Width ? TimeText.LocalToday(job.Start, now, zone) : TimeText.LocalNear(job.Start, now, zone), widths[StartColumn])
                .Cell(TimeText.Span(job.Duration(now)), widths[6], alignRight: true);
            frame.Add(line);
        }

        // Right under the rows: at the pane's foot, a few jobs on a tall window left it far below them, the rows the
        // items gave up blank between.
        ListRows.More(frame, window, jobs.Count, rows - detail.Count);
        detail.ForEach(frame.Add);

        if (jobs.Count == 0)
        {
            // Under All and no item filter there is nothing to change: the vault has simply run nothing yet. A filter
            // that hides every job says so, with its way out, as the item list does.
            var under = state.JobFilter == JobFilter.All ? string.Empty : $" {shown.ToLowerInvariant()}";
            frame.AddWrapped(
                state.Filter.Length > 0 ? $"No jobs{under}{InVault(state)} of an item whose name contains '{state.Filter}'. Esc clears the filter."
                : state.JobFilter == JobFilter.All ? "No jobs yet."
                : $"No jobs{under}. f changes the filter.",
                Palette.Dim,
                rows);
        }
    }

    /// <summary>With several vaults, which one the list is of: another vault may hold the jobs the filter looks for.</summary>
    private static string InVault(DashboardState state) =>
        state.World.Simulation.Vaults.Count > 1 && ItemQuery.SelectedVault(state) is { } vault ? $" in {vault.Name}" : string.Empty;

    /// <summary>The columns and their widths: the operation as wide as the rows on screen need, the item's names as wide as the room left lets them.</summary>
    /// <remarks>
    /// Only the columns whose values a job keeps for life are fitted: a status or a phase that widened its column as it
    /// changed would shift the whole list, and drop the start on and off, while the clock runs. Which columns show is
    /// decided with the item column at its least width, so a long name never pushes the start out (at 80 columns a name
    /// of 19 characters did); the name then takes what the transfer's bar would (up to <see cref="WidestItem"/>), and
    /// beyond that is cut in the middle (<see cref="MiddleCut"/>), as the timeline and the log cut a name.
    /// </remarks>
    private static (Column[] Columns, int[] Widths) Fit(IReadOnlyList<BackupJob> jobs, ScrollWindow window, int width, bool snapshots)
    {
        var (longestOperation, longestItem) = (0, 0);
        for (var i = window.First; i < window.First + window.Count; i++)
        {
            longestOperation = Math.Max(longestOperation, Labels.Of(jobs[i]).Length);
            longestItem = Math.Max(longestItem, jobs[i].Item.Name.GetCellWidth());
        }

        var columns = (Column[])Columns.Clone();
        columns[OperationColumn] = Columns[OperationColumn].FittedTo(longestOperation);
        if (!snapshots)
        {
            columns[SnapshotColumn] = columns[SnapshotColumn] with { Width = 0 };
        }

        var widths = Column.Fit(columns, width);
        if (widths[StartColumn] == 0)
        {
            columns[StartColumn] = columns[StartColumn] with { Width = CompactStart };
            widths = Column.Fit(columns, width);
        }

        // The room no column took, then the bar's, down to the transfer's words.
        var blank = width - (widths.Sum() + widths.Count(w => w > 0) - 1);
        var wanted = Math.Min(longestItem, WidestItem) - widths[ItemColumn];
        var moved = Math.Max(0, Math.Min(wanted, blank + widths[TransferColumn] - Columns[TransferColumn].Width));
        widths[TransferColumn] -= Math.Max(0, moved - blank);
        widths[ItemColumn] += moved;
        return (columns, widths);
    }

    /// <summary>Whether a listed job, or the job of a listed item, can have a snapshot phase: else the Snapshot column goes.</summary>
    /// <remarks>All the list's jobs, not only those on screen, so the columns stay put as the list scrolls.</remarks>
    private static bool TakesSnapshots(IReadOnlyList<BackupJob> jobs, DashboardState state)
    {
        foreach (var job in jobs)
        {
            if (SnapshotPhase.IsTakenFor(job.Item))
            {
                return true;
            }
        }

        return SnapshotPhase.IsTakenForListed(state);
    }

    /// <summary>The selected job told in full, the error the list has no room for: what, when and its ID, an on-demand backup's expiry, seeding disks on their way, then its error.</summary>
    /// <param name="maxLines">At most this many lines: the error's first, then what, when and which (two at most), the expiry, the seeding, then the rest of the error's words.</param>
    /// <remarks>
    /// Why a job failed is what a person reads these lines for, and the list's row already says what and when: at
    /// 60×18 the one line left went to the job's ID, and the error code was not on screen at all.
    /// </remarks>
    private static List<Line> Detail(BackupJob job, Instant now, DateTimeZone zone, int width, int maxLines)
    {
        var why = Why(job);
        var forWhy = why is null ? 0 : Math.Min(1, maxLines);
        var heads = Math.Min(2, maxLines - forWhy);
        var lines = TextWrap.Lines(Head(job, now, zone, width - 2, heads), width - 2, heads).Select(text => new Line(width + 2).Add($"  {text}", Palette.Of(job.Status))).ToList();
        if (job.RetainUntil is { } retainUntil && job.Status is not (JobStatus.Failed or JobStatus.Cancelled) && lines.Count < maxLines - forWhy)
        {
            // The portal's job details give an on-demand backup its "Recovery Point Expiry Time in UTC" (domain.md §4.3);
            // a scheduled one has none, its expiry being its policy's. A job that failed or was cancelled made no vault
            // copy to keep until then (a VM's snapshot, where it completed before the transfer failed, goes after the
            // policy's instant-restore days), so its details say its error, as a scheduled one's do, and promise no expiry.
            lines.Add(new Line(width + 2).Add($"  Recovery point expiry {TimeText.Header(retainUntil, zone)}", Palette.Of(job.Status)));
        }

        if (job.DisksArrive is { } import && lines.Count < maxLines - forWhy)
        {
            var until = $"Offline seeding: its disks reach Azure {TimeText.Local(import, zone)} (in {TimeText.Span(import - now, inText: true)}); then the changes made since the job started go over the network.";
            lines.AddRange(TextWrap.Lines(until, width - 2, maxLines - forWhy - lines.Count).Select(text => new Line(width + 2).Add($"  {text}", Palette.Busy)));
        }

        if (why is var (text, style))
        {
            lines.AddRange(TextWrap.Lines(text, width - 2, maxLines - lines.Count).Select(line => new Line(width + 2).Add($"  {line}", style)));
        }

        return lines;
    }

    /// <summary>Why the job failed or warned (its error), or why its transfer was skipped; null where it has nothing to say why.</summary>
    private static (string Text, Style Style)? Why(BackupJob job)
    {
        if (job.ErrorCode is { } code)
        {
            // The portal shows a job's pre-check only when it is Critical (an on-demand backup of a VM that is gone).
            var preCheck = job.PreCheck == PreCheckResult.Critical ? "Pre-check: Critical · " : string.Empty;
            return ($"{preCheck}{code}: {job.ErrorMessage}", job.Status == JobStatus.Failed ? Palette.Bad : Palette.Warn);
        }

        // A skipped transfer has no error to tell why: it is decision D5's, the one way the core skips one.
        return job.Transfer?.Status == PhaseStatus.Skipped
            ? ($"Transfer skipped: an earlier transfer of {job.Item.Name} was still running, so this point stays a snapshot; the next copy to the vault carries its changes.", Palette.Warn)
            : null;
    }

    /// <summary>What, when and which job, in <paramref name="lines"/> lines of <paramref name="width"/>: its times, then what it was and how it ended, give way before its ID is cut.</summary>
    /// <remarks>
    /// At 60 columns the end, then the start, took the room of the ID's last characters, the part a person copies to
    /// find the job in a report; the list's row still says when it started. On the one line the more line leaves at
    /// 18 lines, the operation and the status go too, which the row says; the item stays where it fits, whole where
    /// the row cuts it in its middle. Times half a year or more from the clock
    /// give their year, as the list's start does: a 14-month scenario's old jobs read as days ahead of the clock.
    /// </remarks>
    private static string Head(BackupJob job, Instant now, DateTimeZone zone, int width, int lines)
    {
        var what = $"{Labels.Of(job)} of {job.Item.Name}: {Labels.Of(job.Status)}";
        var started = $" · started {TimeText.LocalNear(job.Start, now, zone)}";
        var ended = job.End is { } end ? $" · ended {TimeText.LocalNear(end, now, zone)}" : string.Empty;
        var which = $" · job {job.Id}";
        string[] heads = [$"{what}{started}{ended}{which}", $"{what}{started}{which}", $"{what}{which}", $"{job.Item.Name}{which}", $"Job {job.Id}"];
        return heads.FirstOrDefault(head => TextWrap.Lines(head, width, int.MaxValue).Count() <= lines) ?? heads[^1];
    }

    private static string Phase(JobPhase? phase) => phase is { } known ? Labels.Of(known.Status) : "—";

    /// <summary>The transfer phase; while it runs, the share done and the time left until the core's due time, after a bar where the column has room for one.</summary>
    private static string Transfer(BackupJob job, Instant now, int width)
    {
        if (job.Transfer is not { Status: PhaseStatus.InProgress })
        {
            return Phase(job.Transfer);
        }

        // While seeding disks travel the phase runs but nothing is sent: a share of their journey read as data in the
        // vault, and fell back to 0% for the top-up once they arrived. The phase's state alone, then; the lines under
        // the list say what it waits for.
        if (job.DisksArrive is not null)
        {
            return Labels.Of(PhaseStatus.InProgress);
        }

        var progress = job.TransferProgress(now);
        var left = job.TransferDue is { } due ? TimeText.Span(due - now) : "?";
        var words = string.Format(CultureInfo.InvariantCulture, ProgressFormat, progress * 100, left);
        var bar = width - words.Length - 1;
        return bar < NarrowestBar ? words : $"{ProgressBar.Draw(progress, bar)} {words}";
    }
}
