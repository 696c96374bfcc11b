namespace Simulator.Tui.Dashboard.Views;

/// <summary>The timeline's legend: what each mark means, fitted to its title, and to a line under it where one is spare.</summary>
internal static class TimelineLegend
{
    /// <summary>What each mark means, in the order a job draws them; where the title is short, entries on screen give way in ascending drop order.</summary>
    /// <remarks>
    /// A cancelled snapshot ends in ✗ as a failed one does, and the legend says so in one entry rather than a mark of
    /// its own, short enough for a 60-column window to keep it beside another. A snapshot, and a transfer skipped
    /// because an earlier one still ran when the snapshot completed (D5), come only from items that take snapshots.
    /// </remarks>
    private static readonly (string Text, int DropOrder, bool OfSnapshot)[] Entries =
    [
        ("▓ snapshot", 2, true),
        ("█ transfer", 3, false),
        ("▒ transferring", 1, false),
        ("⊘ skipped", 4, true),
        ("✗ failed or cancelled", 5, false),
    ];

    /// <summary>The legend: whole entries in at most <paramref name="room"/> cells, and, where a line is spare, the rest on it.</summary>
    /// <remarks>
    /// With a line to spare the legend wraps there in its own order, whole. Without, those of marks not on screen give
    /// way first, the last a job would draw first (nothing drawn yet, the title explains the snapshot and transfer the
    /// first jobs draw, not a skip and a failure), then the least needed of those on screen: a narrow window still
    /// explains what it shows (a ✗ most of all), rather than cutting the last entry short. An entry dropped comes back
    /// where the room another's drop made holds it, one of a mark not drawn only once every mark drawn is explained.
    /// Where no row's item takes snapshots (MARS servers, D11) the snapshot's marks are left out, as they can't be drawn.
    /// </remarks>
    public static (string Title, string? Wrapped) Of(int room, IReadOnlySet<char> drawn, bool snapshots, bool lineSpare)
    {
        ArgumentNullException.ThrowIfNull(drawn);
        var entries = Entries.Where(e => snapshots || !e.OfSnapshot).ToList();
        if (Joined(entries).Length <= room)
        {
            return (Joined(entries), null);
        }

        if (lineSpare)
        {
            var first = entries.Count;
            while (first > 1 && Joined(entries.Take(first)).Length > room)
            {
                first--;
            }

            return (Joined(entries.Take(first)), Joined(entries.Skip(first)));
        }

        var shown = entries.ToList();
        var dropped = new Stack<(string Text, int DropOrder, bool OfSnapshot)>();
        var drops = entries.Where(e => !drawn.Contains(e.Text[0])).Reverse()
            .Concat(entries.Where(e => drawn.Contains(e.Text[0])).OrderBy(e => e.DropOrder))
            .SkipLast(1);
        foreach (var drop in drops)
        {
            if (Joined(shown).Length <= room)
            {
                break;
            }

            shown.Remove(drop);
            dropped.Push(drop);
        }

        while (dropped.TryPop(out var back))
        {
            // A mark not drawn came back in the room a longer one drawn left: the legend then explained ⊘ where no
            // transfer was skipped, and not the ▒ of one still running.
            if (!drawn.Contains(back.Text[0]) && entries.Any(e => drawn.Contains(e.Text[0]) && !shown.Contains(e)))
            {
                continue;
            }

            var with = entries.Where(e => shown.Contains(e) || e == back).ToList();
            if (Joined(with).Length <= room)
            {
                shown = with;
            }
        }

        return (Joined(shown), null);
    }

    private static string Joined(IEnumerable<(string Text, int DropOrder, bool OfSnapshot)> entries) => string.Join("  ", entries.Select(e => e.Text));
}
