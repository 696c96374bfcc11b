using System.Globalization;
using Simulator.Tui.Dashboard.Input;
using Spectre.Console;

namespace Simulator.Tui.Dashboard.Views;

/// <summary>The key help, built from the live key map of the screen it was opened on.</summary>
/// <remarks>
/// The keys go down one column, then the next, in as many columns as the window has room for with every description
/// whole. Where they still don't all fit, the last line says how many show and which way the others are, and the
/// keys a long menu scrolls with scroll it a line or a page at a time.
/// </remarks>
internal static class HelpView
{
    public static void Add(Frame frame, DashboardState state, HelpOverlay help, int lines)
    {
        var under = state with { Overlay = null, OpenItem = help.Under == InputMode.Detail ? state.OpenItem : null };
        var bindings = KeyHelp.Bindings(under);
        frame.Title($"Keys: {(help.Under == InputMode.Detail ? "item detail" : "main screen")} · {HelpOverlay.Closing}", focused: true);
        if (bindings.Count == 0)
        {
            return;
        }

        // The keys take the width of the longest, no more, so that at 80 columns every description fits whole.
        var keyWidth = bindings.Max(b => string.Join(" ", b.Keys).GetCellWidth());
        var entryWidth = 1 + keyWidth + 1 + bindings.Max(b => KeyHelp.Describe(b.Command, help.Under).GetCellWidth()) + 1;
        var rows = Math.Max(1, lines - 1);
        var columns = (bindings.Count + rows - 1) / rows;
        var roomFor = Math.Max(1, frame.Width / entryWidth);
        var scrolls = columns > roomFor;
        if (scrolls)
        {
            columns = roomFor;
            rows = Math.Max(1, rows - 1);
        }

        // Down a column, then the next: a whole list's columns fill the window's lines, a scrolling one's share its keys evenly.
        var length = scrolls ? (bindings.Count + columns - 1) / columns : Math.Min(rows, bindings.Count);
        var window = ScrollWindow.Of(state.Tops.Help, length, rows, state.Tops.Help);
        frame.Shown = frame.Shown with { Help = window.First };
        var columnWidth = frame.Width / columns;
        var shown = 0;
        for (var r = window.First; r < window.First + window.Count; r++)
        {
            var line = frame.NewLine();
            for (var c = 0; c < columns; c++)
            {
                var index = (c * length) + r;
                if (index < bindings.Count)
                {
                    var (keys, command) = bindings[index];
                    line.Add(" ").Cell(string.Join(" ", keys), keyWidth, Palette.Key).Cell(KeyHelp.Describe(command, help.Under), columnWidth - keyWidth - 3);
                    shown++;
                }
            }

            frame.Add(line);
        }

        if (scrolls)
        {
            var more = (window.First > 0 ? "↑" : string.Empty) + (window.First + window.Count < length ? "↓" : string.Empty);
            frame.Add(string.Create(CultureInfo.InvariantCulture, $"  {more} more ({shown} of {bindings.Count} shown) · {HelpOverlay.ScrollKeys}"), Palette.Dim);
        }
    }
}
