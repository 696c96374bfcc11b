using NodaTime;
using Simulator.Core.Protection;
using Spectre.Console;

namespace Simulator.Tui.Dashboard.Views;

/// <summary>An item's last backup, its health and, soft-deleted, when it is purged: on one line where it fits.</summary>
/// <remarks>
/// Cut at the window's edge, the line lost what comes last: the health ("· he…" at 60 columns) and, after a job that
/// took a snapshot only, whether it did ("last job ended 01-06 04:06, sn…" at 80). Each part that would not fit starts
/// the next line, as the purge already did, since when the purge is due is what a soft-deleted item's detail is opened
/// for.
/// </remarks>
internal static class BackupStatusLines
{
    /// <summary>Adds the lines and returns how many it added.</summary>
    public static int Add(Frame frame, ProtectedItem item, Instant now, DateTimeZone zone)
    {
        var (at, lastJob) = LastBackupTime(item, now, zone);
        var parts = new List<(string Text, Style? Style)[]>
        {
            new (string, Style?)[] { ("Last backup ", null), (Labels.LastBackupOf(item), Palette.LastBackupOf(item)), (at, null) },
        };
        if (lastJob.Length > 0)
        {
            parts.Add([(lastJob, null)]);
        }

        parts.Add([("health ", null), (Labels.HealthOf(item), Palette.HealthOf(item))]);
        if (item.PurgeAt is { } purgeAt)
        {
            parts.Add([($"purged at {TimeText.Local(purgeAt, zone)} unless undeleted", Palette.Warn)]);
        }

        var lines = 0;
        var line = frame.NewLine().Add("  ");
        var used = 2;
        foreach (var part in parts)
        {
            var length = part.Sum(segment => segment.Text.Length);
            if (used > 2 && used + " · ".Length + length > frame.Width)
            {
                frame.Add(line);
                lines++;
                (line, used) = (frame.NewLine().Add("  "), 2);
            }

            if (used > 2)
            {
                line.Add(" · ");
                used += " · ".Length;
            }

            foreach (var (text, style) in part)
            {
                // A part that starts a line starts a sentence.
                line.Add(used == 2 && text.Length > 0 ? $"{char.ToUpperInvariant(text[0])}{text[1..]}" : text, style);
                used += text.Length;
            }
        }

        frame.Add(line);
        return lines + 1;
    }

    /// <summary>When the last backup job ended: after the status, or as a part of its own after a snapshot only.</summary>
    /// <remarks>
    /// The initial backup still pending after a job means that job completed without a copy reaching the vault: its
    /// transfer was skipped behind a running one (decision D5), or it was an hourly snapshot (decision D10). "Warning
    /// (Initial backup pending) at 01-06 03:56" read as if the initial backup had been taken then. Half a year or more
    /// ago it gives its year, as the points under it do: a stopped item's "at 04-26 22:17" read as two months ahead.
    /// </remarks>
    private static (string At, string LastJob) LastBackupTime(ProtectedItem item, Instant now, DateTimeZone zone)
    {
        if (item.LastBackupTime is not { } at)
        {
            return (string.Empty, string.Empty);
        }

        var time = TimeText.LocalNear(at, now, zone);
        return item is { IsScheduleActive: true, LastBackupStatus: LastBackupStatus.IRPending }
            ? (string.Empty, $"last job ended {time}, snapshot only")
            : ($" at {time}", string.Empty);
    }
}
