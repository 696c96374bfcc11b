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

        var grid = HelpGrid.Of(entries, frame.Width, Math.Max(1, lines - 1));
        var (laid, columns, rows, length) = (grid.Laid, grid.Columns, grid.Rows, grid.Length);
        var columnWidth = frame.Width / columns;
        var window = ScrollWindow.Of(state.Tops.Help, length, rows, state.Tops.Help);
        frame.Shown = frame.Shown with { Help = window.First, Pages = frame.Shown.Pages with { Help = window.Count } };
        var shown = 0;
        for (var r = window.First; r < window.First + window.Count; r++)
        {
            var line = frame.NewLine();
            for (var c = 0; c < columns; c++)
            {
                var index = (c * length) + r;
                if (index >= laid.Count)
                {
                    continue;
                }

                var (keyLabels, text) = laid[index];
                if (keyLabels is null)
                {
                    line.Add(" ").Cell(text, columnWidth - 2, text.Length == 0 ? null : Palette.ColumnHeader);
                    continue;
                }

                var labelWidth = Math.Max(grid.KeyWidths[c], keyLabels.GetCellWidth());
                line.Add(" ").Cell(keyLabels, labelWidth, Palette.Key).Cell(text, columnWidth - labelWidth - 3);
                shown += text.Length > 0 ? 1 : 0;
            }

            frame.Add(line);
        }

        if (grid.Scrolls)
        {
            frame.Add($"{window.More(length, shown, keys.Count)} · {HelpOverlay.ScrollKeys}", Palette.Dim);
        }
    }

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
}
