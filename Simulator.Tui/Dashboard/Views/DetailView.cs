using System.Globalization;
using NodaTime;
using Simulator.Core.DataSources;
using Simulator.Core.Policies;
using Simulator.Core.Protection;
using Simulator.Core.RecoveryPoints;
using Spectre.Console;

namespace Simulator.Tui.Dashboard.Views;

/// <summary>One item: its state, its next scheduled runs, its recovery points and its timeline.</summary>
internal static class DetailView
{
    private const int NextRunCount = 5;

    private const string NextRunsLabel = "  Next runs: ";

    private const int SnapshotTillColumn = 4;

    private static readonly Column[] PointColumns =
    [
        new("Time", 11, Flex: true),
        new("Tier", 14),
        new("Consistency", 16, DropOrder: 2),
        new("Tag", 8, DropOrder: 1),
        new("Snapshot till", 13),
        new("Vault till", 12),
    ];

    /// <param name="lines">The lines between the header and the log.</param>
    public static void Add(Frame frame, DashboardState state, int lines)
    {
        if (ItemQuery.Selected(state) is not { } item)
        {
            // Still the item's pane, titled as it was: its sentence alone, bare under the header, read as a crash.
            var purged = ItemReference.Parse(state.OpenItem!);
            // What is asked from here (protecting the VM again, a filter, a time to go to) is drawn in its place: left
            // out, it took keys unseen, and a VM was protected through three screens that never showed.
            frame.Section(lines, () =>
            {
                frame.Title(DetailTitle.Purged(purged.DataSource, purged.Vault, frame.Width), focused: true);
                if (state.Overlay is MenuOverlay or PromptOverlay)
                {
                    OverlayView.Add(frame, state, lines - 1);
                }
                else
                {
                    frame.AddWrapped($"{Labels.Purged(purged.ToString())}. Esc goes back.", Palette.Warn, lines - 1);
                }
            });
            return;
        }

        var zone = state.World.DisplayZone;
        var (title, under) = DetailTitle.Lines(item, frame.Width);
        var statusLines = BackupStatusLines.Add(new Frame(frame.Width), item, state.World.Now, zone);
        var headLines = 2 + under.Count + statusLines;
        var rest = lines - headLines;
        if (state.Overlay is MenuOverlay or PromptOverlay && rest < OverlayView.Wanted(state, frame.Width))
        {
            // Where the points have given way and it is still short, the lines under the title do, from the next runs
            // up, while it is asked: at 60×18 a long name's eight left a stop menu three lines, its question and two
            // of its three ways of stopping unread. The title still names the item.
            headLines = Math.Max(1, headLines - (OverlayView.Wanted(state, frame.Width) - rest));
            rest = lines - headLines;
        }

        frame.Section(headLines, () =>
        {
            frame.Title(title, focused: true);
            foreach (var line in under)
            {
                frame.Add($"  {line}");
            }

            BackupStatusLines.Add(frame, item, state.World.Now, zone);
            frame.Add(frame.NewLine().Add(NextRunsLabel, Palette.ColumnHeader).Add(NextRuns(item, zone, state.World, frame.Width - NextRunsLabel.Length)));
        });

        // The points keep their least (a row, and the line saying more are hidden) before the timeline gets its half:
        // at 60×18 three points showed one, and nothing said there were two more.
        var least = ListRows.Least(item.RecoveryPoints.Count);
        var pointRows = Math.Max(least, (rest - 4) / 2);
        var pointLines = pointRows + 2;
        if (state.Overlay is MenuOverlay or PromptOverlay)
        {
            // What is asked is read whole where the points can give it lines, down to their least: at 60×20 a delete's
            // question ended in " …" after "its item", what stays in the vault unsaid. Where even that leaves it cut
            // (60×18 left a prompt three lines, a stop's question ending "… and …" before "delete backup data"), the
            // points give way to it while it is asked, as the job list does on the main screen.
            var wanted = OverlayView.Wanted(state, frame.Width);
            pointRows = Math.Clamp(rest - 2 - wanted, least, pointRows);
            pointLines = rest - 2 - wanted < least ? 0 : pointRows + 2; // the pane's title and its column header over its rows
        }

        if (pointLines > 0)
        {
            frame.Section(pointLines, () => AddPoints(frame, state, item, pointRows));
        }

        frame.Section(rest - pointLines, () =>
        {
            if (state.Overlay is MenuOverlay or PromptOverlay)
            {
                OverlayView.Add(frame, state, rest - pointLines);
            }
            else
            {
                TimelineView.AddForItem(frame, state, item, rest - pointLines - 2);
            }
        });
    }

    /// <summary>The run the schedule waits for, then the ones after it, from the core's schedule, up to the scenario's end.</summary>
    /// <remarks>
    /// A run whose time has passed while its job has not started is due: it says by when its job starts, decision D6's
    /// delay after it. A sentence about the delay in its place pushed the later runs off an 80-column window. The world
    /// stops at the scenario's end, so a run from then on would never be seen to happen (at the very instant of the end
    /// its job would not even show): the list stops before the end and says so, in place of the runs it leaves out.
    /// Where runs go on past the five listed, "…" says so.
    /// </remarks>
    private static string NextRuns(ProtectedItem item, DateTimeZone zone, DashboardWorld world, int width)
    {
        if (item.NextRun is not { } next)
        {
            return "none: the schedule is not running";
        }

        var (now, end) = (world.Now, world.End);
        var endAt = TimeText.Local(end, zone);
        // One run past those listed tells whether more follow before the end or the end comes first.
        var all = new[] { next }.Concat(PolicySchedule.Runs(item.Policy, next.At, NextRunCount)).ToList();
        var runs = all.TakeWhile(run => run.At < end).ToList();
        var more = runs.Count > NextRunCount;
        runs = runs.Take(NextRunCount).ToList();
        if (runs.Count == 0)
        {
            return world.HasEnded ? $"none: the scenario ended at {endAt}" : $"none before the scenario ends at {endAt}";
        }

        var vmGone = item.DataSource is AzureVm { Exists: false };
        var listed = runs.Select(run =>
        {
            var notes = new List<string>(2);

            // The next run also sends the copy a failed one owes (D10); those after it are told as the schedule has
            // them, as they would be once that copy arrives, but while the VM is gone, when none arrives and each
            // tries again. Told by the schedule alone, a deleted VM's runs read "snapshot", and each tried a transfer.
            if (!(run == next || vmGone ? item.Transfers(run) : run.TransfersToVault))
            {
                notes.Add("snapshot");
            }

            if (run.At <= now)
            {
                notes.Add($"due, starts by {LatestStart(run.At, run.At + world.Simulation.Settings.MaxStartDelay, zone)}");
            }

            return TimeText.Local(run.At, zone) + (notes.Count > 0 ? $" ({string.Join(", ", notes)})" : string.Empty);
        }).ToList();
        // The end note is short, so that after one run it still reads whole on 60 columns; "…" where the runs listed
        // are not the last before the end, which they would otherwise read as.
        var endNote = more ? "…" : $"scenario {(world.HasEnded ? "ended" : "ends")} {endAt}";
        return FitRuns(listed, endNote, width);
    }

    /// <summary>The runs and the scenario's end where the line holds them whole, else as many runs as it holds, then "…".</summary>
    /// <remarks>
    /// Cut at the window's edge, a run read "02-03 12:00 (snapsho…" and the end "scenario e…", its date lost. The runs
    /// come before the end: they are what the line is for. "…" says more follows, so that the runs shown do not read as
    /// the last ones.
    /// </remarks>
    private static string FitRuns(IReadOnlyList<string> runs, string endNote, int width)
    {
        var whole = string.Join(" · ", runs.Append(endNote));
        if (whole.GetCellWidth() <= width)
        {
            return whole;
        }

        for (var shown = runs.Count; shown > 1; shown--)
        {
            var line = string.Join(" · ", runs.Take(shown).Append("…"));
            if (line.GetCellWidth() <= width)
            {
                return line;
            }
        }

        // The first run is what the schedule waits for: it is given even where the window cuts it.
        return $"{runs[0]} · …";
    }

    /// <summary>The latest start of a due run's job: its time of day, with its date when that is another day than the run's.</summary>
    private static string LatestStart(Instant run, Instant latest, DateTimeZone zone) =>
        latest.InZone(zone).Date == run.InZone(zone).Date ? TimeText.LocalTimeOfDay(latest, zone) : TimeText.Local(latest, zone);

    private static void AddPoints(Frame frame, DashboardState state, ProtectedItem item, int rows)
    {
        var points = item.RecoveryPoints;
        // What the times are in is needed to read them; that the newest come first, their times show.
        var count = string.Create(CultureInfo.InvariantCulture, $"Recovery points ({points.Count})");
        var times = TimeText.ListZone(state.World.Start, state.World.DisplayZone);
        var title = $"{count}, newest first · {times}";
        frame.Title(Frame.TitleFits(title, frame.Width) ? title : $"{count} · {times}", focused: state.Overlay is null);
        var zone = state.World.DisplayZone;
        var now = state.World.Now;
        var window = ListRows.Window(state.PointCursor, points.Count, rows, state.Tops.Points);
        frame.Shown = frame.Shown with { Points = window.First, Pages = frame.Shown.Pages with { Points = window.Count } };
        var longest = 0;
        for (var i = window.First; i < window.First + window.Count; i++)
        {
            longest = Math.Max(longest, TimeOf(points[points.Count - 1 - i], zone, now).Length);
        }

        // The time as wide as the times on screen: on a wide window the tier then stands beside it, not far off.
        var columns = (Column[])PointColumns.Clone();
        columns[0] = PointColumns[0].FittedTo(longest);
        if (!SnapshotPhase.IsTakenFor(item))
        {
            columns[SnapshotTillColumn] = columns[SnapshotTillColumn] with { Width = 0 };
        }

        var widths = Column.Fit(columns, frame.Width - 2);
        ListRows.Header(frame, columns, widths);
        for (var i = window.First; i < window.First + window.Count; i++)
        {
            var point = points[points.Count - 1 - i];
            var line = ListRows.Gutter(frame, i == window.Cursor)
                .Cell(TimeOf(point, zone, now), widths[0])
                .Cell(Labels.Of(point.Tier), widths[1], point.Tier == RecoveryPointTier.Snapshot ? Palette.Warn : Palette.Good)
                .Cell(Labels.Of(point.Consistency), widths[2])
                .Cell(point.Tag == RetentionTag.None ? "—" : point.Tag.ToString(), widths[3])
                .Cell(SnapshotTill(item, point, zone, now), widths[SnapshotTillColumn])
                .Cell(VaultTill(item, point, zone, now), widths[5]);
            frame.Add(line);
        }

        ListRows.More(frame, window, points.Count, rows);
        if (points.Count == 0)
        {
            // "Yet" only while a schedule will make one: a stopped item's or a purged one's list stays empty.
            frame.Add(item.IsScheduleActive ? "  No recovery points yet." : "  No recovery points.", Palette.Dim);
        }
    }

    private static string TimeOf(RecoveryPoint point, DateTimeZone zone, Instant now) => TimeText.LocalNear(point.Time, now, zone) + (point.IsFull ? " full" : string.Empty);

    // Why a tier outlives its date is KeptPastExpiry's one rule, which the reports share; the detail has room for the word only.
    private const string Kept = "kept";

    private static string SnapshotTill(ProtectedItem item, RecoveryPoint point, DateTimeZone zone, Instant now) =>
        point.SnapshotExpiry is { } expiry && KeptPastExpiry.Of(item, expiry, now, isKeptAsNewest: point == item.LatestRecoveryPoint) is not null
            ? Kept
            : TimeText.ExpiryNear(point.SnapshotExpiry, point.Time, now, zone);

    private static string VaultTill(ProtectedItem item, RecoveryPoint point, DateTimeZone zone, Instant now) => point switch
    {
        { InVault: true } when KeptPastExpiry.Of(item, VaultCopyDate(point), now, item.IsKeptAsNewest(point)) is not null => Kept,
        { InVault: true, PlannedVaultExpiry: var expiry } when expiry == Instant.MaxValue => "never",
        { InVault: true } => TimeText.ExpiryNear(VaultCopyDate(point), point.Time, now, zone),
        { IsTransferring: true } => "transferring",
        _ => "—",
    };

    private static Instant VaultCopyDate(RecoveryPoint point) => KeptPastExpiry.VaultCopyDate(point.PlannedVaultExpiry, point.SnapshotExpiry);
}
