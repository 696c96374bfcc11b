using System.Globalization;
using NodaTime;
using Simulator.Core;
using Simulator.Core.Jobs;
using Simulator.Core.Protection;
using Spectre.Console;

namespace Simulator.Tui.Dashboard.Views;

/// <summary>Per item, days across: the snapshot and transfer bars of each job, so an overlap shows at a glance.</summary>
internal static class TimelineView
{
    /// <summary>The fewest columns the bars keep when a long name wants them: six days at the narrowest scale that dates each.</summary>
    private const int FewestBarColumns = 6 * TimelineScale.MinColumnsPerDay;

    /// <summary>The fewest columns a row's name gets, as the item list's name column: "  backup now" fits.</summary>
    private const int FewestLabelColumns = 12;

    /// <summary>The timeline of the listed items, in place of the job list.</summary>
    public static void Add(Frame frame, DashboardState state, int rows)
    {
        var items = ItemQuery.Items(state);
        var byItem = JobQuery.BackupsByItem(state);
        var total = TimelineRows.Count(items, byItem);
        var focused = state.Focus == Pane.Jobs;

        // Rows that don't fit leave their last line to say so, as the key help does: the title's count alone did not
        // tell a cut timeline from a whole one.
        var window = ListRows.Window(state.JobCursor, total, rows, state.Tops.Jobs);
        frame.Shown = frame.Shown with { Jobs = window.First, Pages = frame.Shown.Pages with { Jobs = window.Count } };
        var title = $"Timeline ({CountText.Of(total, "row")})";
        var shown = TimelineRows.Slice(items, byItem, window.First, window.Count);
        var longest = items.Count == 0 ? 0 : items.Max(item => item.Name.GetCellWidth());
        Draw(frame, state, title, focused, shown, focused ? window.Cursor - window.First : -1, SnapshotPhase.IsTakenForListed(state), longest, lineSpare: total < rows);
        ListRows.More(frame, window, total, rows);

        // Its rows are the listed items': where none is listed it says why, in the item list's words.
        if (items.Count == 0)
        {
            frame.AddWrapped(ItemsView.NoneListed(state), Palette.Dim, rows);
        }
    }

    /// <summary>The timeline of one item (its detail), its newest jobs when they don't all fit, and those still running, of those on its scale's days.</summary>
    public static void AddForItem(Frame frame, DashboardState state, ProtectedItem item, int rows)
    {
        var jobs = JobQuery.BackupsByItem(state).GetValueOrDefault(item) ?? [];

        // A job that ended before the scale's first day has no cell on it: its row, empty, read as a job that did
        // nothing, and took the place of one the scale shows.
        var scale = TimelineScale.For(state.World, frame.Width - LabelWidth(frame.Width, item.Name.GetCellWidth()) - 3);
        var now = state.World.Now;
        var onScale = jobs.Where(job => scale.ColumnOf(job.End ?? now) >= 0).ToList();
        var shown = Fitting(onScale, rows).Select((job, i) => (item, (BackupJob?)job, i == 0)).ToList();

        // Jobs left out say so: the day axis still spans their days, whose empty columns read as "nothing ran".
        var title = shown.Count < jobs.Count ? string.Create(CultureInfo.InvariantCulture, $"Timeline · {shown.Count} of {jobs.Count} jobs") : "Timeline";
        var start = frame.Count;
        Draw(frame, state, title, focused: false, shown, cursorRow: -1, SnapshotPhase.IsTakenFor(item), item.Name.GetCellWidth(), lineSpare: shown.Count < rows);
        if (shown.Count == 0)
        {
            // Under the title and the axis, and the legend's end where it took a line of the rows'.
            frame.AddWrapped(NoJobShown(item, jobs, state.World), Palette.Dim, rows - (frame.Count - start - 2));
        }
    }

    /// <summary>Why an item's timeline has no row under its day axis, which otherwise read as a pane not drawn.</summary>
    /// <remarks>
    /// The first run is the core's, as the detail's next runs give it; only one before the scenario's end is ever seen
    /// to happen. Short enough to read whole on 60 columns, the time being what a person looks for.
    /// </remarks>
    private static string NoJobShown(ProtectedItem item, IReadOnlyList<BackupJob> jobs, DashboardWorld world)
    {
        var zone = world.DisplayZone;
        return jobs switch
        {
            [.., { End: { } end }] => $"No backup jobs on these days: the last ended {TimeText.LocalNear(end, world.Now, zone)}.",
            _ when item.NextRun is { } next && next.At < world.End => $"No backup jobs yet: the first is due {TimeText.Local(next.At, zone)}.",
            _ when item.IsScheduleActive => "No backup jobs yet.",
            _ => "No backup jobs.",
        };
    }

    /// <summary>The names' column: as wide as the longest name listed, up to the item list's widest, while the bars keep their fewest columns.</summary>
    /// <remarks>
    /// A fifth of the window cut a fleet's names at 80 columns that the item list above showed whole. The longest of
    /// every listed name, not only those on screen, so that the day axis stays put while the timeline scrolls.
    /// </remarks>
    private static int LabelWidth(int width, int longestName) =>
        Math.Clamp(longestName, FewestLabelColumns, Math.Max(FewestLabelColumns, Math.Min(ItemsView.WidestName, width - 3 - FewestBarColumns)));

    /// <summary>At most <paramref name="rows"/> of an item's jobs, oldest first: those still running, then the newest.</summary>
    /// <remarks>
    /// A long first transfer still running is why the newer jobs skip theirs; under an Enhanced hourly policy a few
    /// days of snapshots would otherwise push it off the detail while it runs.
    /// </remarks>
    private static IEnumerable<BackupJob> Fitting(List<BackupJob> jobs, int rows)
    {
        if (jobs.Count <= rows)
        {
            return jobs;
        }

        var chosen = new HashSet<BackupJob>();
        foreach (var running in new[] { true, false })
        {
            for (var i = jobs.Count - 1; i >= 0 && chosen.Count < rows; i--)
            {
                if ((jobs[i].Status == JobStatus.InProgress) == running)
                {
                    chosen.Add(jobs[i]);
                }
            }
        }

        return jobs.Where(chosen.Contains);
    }

    /// <summary>The title with the legend of the marks drawn (its end on a line of its own where <paramref name="lineSpare"/>), the day axis, and a row per job.</summary>
    private static void Draw(Frame frame, DashboardState state, string title, bool focused, List<(ProtectedItem Item, BackupJob? Job, bool FirstOfItem)> rows, int cursorRow, bool snapshots, int longestName, bool lineSpare)
    {
        var labelWidth = LabelWidth(frame.Width, longestName);
        var scale = TimelineScale.For(state.World, frame.Width - labelWidth - 3);
        var bars = rows.Select(row => row.Job is { } job ? Bars(job, scale, state.World.Now) : null).ToList();
        var drawn = bars.SelectMany(cells => cells ?? []).ToHashSet();
        var legend = TimelineLegend.Of(frame.Width - $"─ {title} ·  ".GetCellWidth(), drawn, snapshots, lineSpare);
        frame.Title($"{title} · {legend.Title}", focused);
        if (legend.Wrapped is { } rest)
        {
            frame.Add($"  {rest}", Palette.Dim);
        }

        frame.Add(frame.NewLine().Add(new string(' ', labelWidth + 3)).Add(scale.Axis(), Palette.Dim));
        for (var r = 0; r < rows.Count; r++)
        {
            var (item, job, firstOfItem) = rows[r];

            // The top row names its item too when the item's first rows are scrolled off, or no row on screen would.
            var named = firstOfItem || r == 0;
            var label = named ? MiddleCut.Fit(item.Name, labelWidth) : job?.Trigger == BackupTrigger.OnDemand ? "  backup now" : string.Empty;
            var line = ListRows.Gutter(frame, r == cursorRow).Cell(label, labelWidth, named ? null : Palette.Dim);
            if (bars[r] is { } cells)
            {
                if (job is { } before && Array.TrueForAll(cells, c => c == ' ') && scale.ColumnOf(before.End ?? state.World.Now) < 0)
                {
                    // A row is kept for every job, so the cursor walks an item's history; one that ended before the
                    // scale's days has no cell on it, and, empty, read as a job that did nothing. It says when it ran.
                    line.Add(Before(before, state.World.Now, state.World.DisplayZone, scale.Width), Palette.Dim);
                }
                else
                {
                    AddBars(line, cells);
                }
            }

            frame.Add(line);
        }
    }

    /// <summary>A job before the scale's days: an arrow to them, when it started and how it ended, cut to the bars' room.</summary>
    private static string Before(BackupJob job, Instant now, DateTimeZone zone, int width)
    {
        var text = $"◂ {TimeText.LocalNear(job.Start, now, zone)} {Labels.Of(job.Status)}";
        return Line.Fit(text, width);
    }

    /// <summary>The cells of one job: its snapshot, then its transfer, then where a phase was skipped, failed or cancelled.</summary>
    /// <remarks>
    /// The one rule from instants to cells, the same at every width: a cell is an equal share of a day, and a phase
    /// covers the cells from the one its start falls in to the one its last instant falls in (its end excluded), at
    /// least one, so a snapshot of minutes shows on a scale of hours. The transfer has cells of its own: it takes over
    /// from the cell it starts in, the snapshot keeping those before; where both start in one cell, the transfer
    /// starts in the next. So neither phase vanishes under the other nor do they swap at any width, and a transfer is
    /// drawn at most one cell after its start. A skip (⊘) takes the cell after the snapshot, and a phase that failed
    /// or was cancelled ends in ✗ on its last cell.
    /// </remarks>
    private static char[] Bars(BackupJob job, TimelineScale scale, Instant now)
    {
        var cells = new char[scale.Width];
        Array.Fill(cells, ' ');
        var snapshot = job.Snapshot is { Started: { } started } taken ? Cells(scale, started, taken.Ended ?? now) : ((int First, int Last)?)null;
        // A transfer runs only after a completed snapshot (D11); one that ended with its job at the snapshot never ran.
        var transfer = job.Transfer is { Started: { } from, Status: PhaseStatus.InProgress or PhaseStatus.Completed or PhaseStatus.Failed or PhaseStatus.Cancelled } sent
            && job.Snapshot is null or { Status: PhaseStatus.Completed }
                ? Cells(scale, from, sent.Ended ?? now)
                : ((int First, int Last)?)null;
        if (snapshot is { } before && transfer is { } after)
        {
            var first = Math.Max(after.First, before.First + 1);
            transfer = (first, Math.Max(first, after.Last));
            snapshot = (before.First, Math.Min(before.Last, first - 1));
        }

        if (transfer is { } transferCells)
        {
            Fill(cells, transferCells, job.Transfer!.Value.Status == PhaseStatus.InProgress ? '▒' : '█');
        }

        var snapshotEnd = -1;
        if (snapshot is { } snapshotCells)
        {
            Fill(cells, snapshotCells, '▓');
            snapshotEnd = snapshotCells.Last;
            if (job.Snapshot!.Value.Status is PhaseStatus.Failed or PhaseStatus.Cancelled)
            {
                Mark(cells, snapshotEnd, '✗');
            }
        }

        switch (job.Transfer)
        {
            case { Status: PhaseStatus.Skipped, Started: { } skippedAt }:
                Mark(cells, Math.Max(scale.ColumnOf(skippedAt), snapshotEnd + 1), '⊘');
                break;
            // Only a MARS job is cancelled while it transfers (D11): it ends in ✗ as a VM's cancelled snapshot does.
            case { Status: PhaseStatus.Failed or PhaseStatus.Cancelled } when transfer is { } failed:
                Mark(cells, failed.Last, '✗');
                break;
        }

        return cells;
    }

    /// <summary>The first and last cell of a phase from <paramref name="from"/> to <paramref name="to"/> (excluded), at least one.</summary>
    private static (int First, int Last) Cells(TimelineScale scale, Instant from, Instant to)
    {
        var first = scale.ColumnOf(from);
        return (first, to > from ? Math.Max(first, scale.ColumnOf(to - Duration.Epsilon)) : first);
    }

    /// <summary>Fills the cells of a phase that fall in the window.</summary>
    private static void Fill(char[] cells, (int First, int Last) phase, char c)
    {
        for (var col = Math.Max(0, phase.First); col <= phase.Last && col < cells.Length; col++)
        {
            cells[col] = c;
        }
    }

    private static void Mark(char[] cells, int column, char c)
    {
        if (column >= 0 && column < cells.Length)
        {
            cells[column] = c;
        }
    }

    private static void AddBars(Line line, char[] cells)
    {
        var start = 0;
        for (var i = 1; i <= cells.Length; i++)
        {
            if (i == cells.Length || cells[i] != cells[start])
            {
                line.Add(new string(cells[start], i - start), StyleOf(cells[start]));
                start = i;
            }
        }
    }

    private static Style StyleOf(char c) => c switch
    {
        '▓' => Palette.FocusedTitle,
        '█' => Palette.Good,
        '▒' => Palette.Busy,
        '⊘' => Palette.Warn,
        '✗' => Palette.Bad,
        _ => Style.Plain,
    };
}
