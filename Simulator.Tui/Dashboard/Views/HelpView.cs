using Simulator.Tui.Dashboard.Input;
using Spectre.Console;

namespace Simulator.Tui.Dashboard.Views;

/// <summary>The key help, built from the live key map of the screen it was opened on.</summary>
/// <remarks>
/// The keys go down one column, then the next, in as many columns as the window has room for with every description
/// whole: first those that work where the focus is, then, each group under the way there, those that work elsewhere on
/// the screen (<see cref="KeyHelp.ForHelp"/>). Where they still don't all fit, the last line says how many show and
/// which way the others are, and the keys a long menu scrolls with scroll it a line or a page at a time.
/// </remarks>
internal static class HelpView
{
    public static void Add(Frame frame, DashboardState state, HelpOverlay help, int lines)
    {
        // The event log keeps the item it was opened over: Esc goes back to its detail.
        var under = state with { Overlay = null, OpenItem = help.Under is InputMode.Detail or InputMode.Log ? state.OpenItem : null };
        var entries = Entries(KeyHelp.ForHelp(under), help.Under);
        var screen = help.Under switch { InputMode.Detail => "item detail", InputMode.Log => "event log", _ => "main screen" };
        frame.Title($"Keys: {screen} · {HelpOverlay.Closing}", focused: true);
        var keys = entries.Where(e => e.Keys is not null).ToList();
        if (keys.Count == 0)
        {
            return;
        }

        // An entry is as wide as the widest key with its description needs, no more, so that at 80 columns two columns
        // hold every description whole.
        var inline = keys.Max(e => e.Keys!.GetCellWidth() + 1 + e.Text.GetCellWidth());
        var headingWidth = 1 + entries.Max(e => e.Keys is null ? e.Text.GetCellWidth() : 0) + 1;
        var entryWidth = Math.Max(1 + inline + 1, headingWidth);
        var rows = Math.Max(1, lines - 1);
        var whole = HeadingsWithTheirKeys(entries, rows);
        var columns = (whole.Count + rows - 1) / rows;
        var roomFor = Math.Max(1, frame.Width / entryWidth);
        var scrolls = columns > roomFor;
        if (scrolls)
        {
            columns = roomFor;
            rows = Math.Max(1, rows - 1);
        }
        else
        {
            entries = whole;
        }

        // Down a column, then the next: a whole list's columns fill the window's lines, a scrolling one's share its keys evenly.
        var length = scrolls ? (entries.Count + columns - 1) / columns : Math.Min(rows, entries.Count);
        var window = ScrollWindow.Of(state.Tops.Help, length, rows, state.Tops.Help);
        frame.Shown = frame.Shown with { Help = window.First };
        var columnWidth = frame.Width / columns;

        // Each column's keys take every label that leaves that column's longest description whole beside it, so that as
        // many descriptions as the columns' width allows line up (all of them at 120 columns, and at 60, in one); a
        // longer label (Shift+Tab ← h) pushes its own, shorter, description along instead. Measured against the longest
        // of all, PgUp/PgDn pushed its own at 80 columns on an item's detail, where only the first column's needed the cell.
        var keyWidths = Enumerable.Range(0, columns).Select(c => KeyWidth(keys, Longest(entries, c * length, length), columnWidth)).ToArray();
        var shown = 0;
        for (var r = window.First; r < window.First + window.Count; r++)
        {
            var line = frame.NewLine();
            for (var c = 0; c < columns; c++)
            {
                var index = (c * length) + r;
                if (index >= entries.Count)
                {
                    continue;
                }

                var (keyLabels, text) = entries[index];
                if (keyLabels is null)
                {
                    line.Add(" ").Cell(text, columnWidth - 2, text.Length == 0 ? null : Palette.ColumnHeader);
                    continue;
                }

                var labelWidth = Math.Max(keyWidths[c], keyLabels.GetCellWidth());
                line.Add(" ").Cell(keyLabels, labelWidth, Palette.Key).Cell(text, columnWidth - labelWidth - 3);
                shown++;
            }

            frame.Add(line);
        }

        if (scrolls)
        {
            frame.Add($"{window.More(length, shown, keys.Count)} · {HelpOverlay.ScrollKeys}", Palette.Dim);
        }
    }

    /// <summary>The widest label that leaves a description <paramref name="longest"/> cells wide whole beside it in a column <paramref name="columnWidth"/> wide.</summary>
    private static int KeyWidth(List<(string? Keys, string Text)> keys, int longest, int columnWidth) =>
        keys.Max(e => e.Keys!.GetCellWidth() + 1 + longest + 2 <= columnWidth ? e.Keys!.GetCellWidth() : 0);

    /// <summary>The widest description among the <paramref name="count"/> entries from <paramref name="start"/>: a column's, scrolled or not.</summary>
    private static int Longest(List<(string? Keys, string Text)> entries, int start, int count) =>
        entries.Skip(start).Take(count).Where(e => e.Keys is not null).Select(e => e.Text.GetCellWidth()).DefaultIfEmpty(0).Max();

    /// <summary>One entry a line of keys (their labels and what they do: <see cref="KeyHelp.Lines"/>), or a group's heading (no keys: the way to where its keys work).</summary>
    private static List<(string? Keys, string Text)> Entries(
        IReadOnlyList<(string? Way, IReadOnlyList<(IReadOnlyList<string> Keys, CommandKind Command)> Bindings)> groups, InputMode under)
    {
        var entries = new List<(string?, string)>();
        foreach (var (way, bindings) in groups)
        {
            if (way is not null)
            {
                entries.Add((null, way + ":"));
            }

            entries.AddRange(KeyHelp.Lines(bindings, under).Select(line => ((string?)line.Keys, line.Text)));
        }

        return entries;
    }

    /// <summary>The entries with a blank before any heading that would end a column, so it tops the next one with its keys.</summary>
    private static List<(string? Keys, string Text)> HeadingsWithTheirKeys(List<(string? Keys, string Text)> entries, int rows)
    {
        var laid = new List<(string?, string)>(entries.Count);
        foreach (var entry in entries)
        {
            if (entry.Keys is null && rows > 1 && laid.Count % rows == rows - 1)
            {
                laid.Add((null, string.Empty));
            }

            laid.Add(entry);
        }

        return laid;
    }
}
