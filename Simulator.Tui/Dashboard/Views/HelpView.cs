using Simulator.Tui.Dashboard.Input;

namespace Simulator.Tui.Dashboard.Views;

/// <summary>The key help, built from the live key map of the screen it was opened on.</summary>
internal static class HelpView
{
    public static void Add(Frame frame, DashboardState state, HelpOverlay help, int lines)
    {
        var under = state with { Overlay = null, OpenItem = help.Under == InputMode.Detail ? state.OpenItem : null };
        var bindings = KeyHelp.Bindings(under);
        frame.Title($"Keys: {(help.Under == InputMode.Detail ? "item detail" : "main screen")} · {HelpOverlay.Closing}", focused: true);
        var rows = Math.Max(1, lines - 1);
        var columns = (bindings.Count + rows - 1) / rows;
        var columnWidth = frame.Width / Math.Max(1, columns);

        // The keys take the width of the longest, no more, so that at 80 columns every description fits whole.
        var keyWidth = bindings.Count == 0 ? 0 : bindings.Max(b => string.Join(" ", b.Keys).Length);
        for (var r = 0; r < Math.Min(rows, bindings.Count); r++)
        {
            var line = frame.NewLine();
            for (var c = 0; c < columns; c++)
            {
                var index = (c * rows) + r;
                if (index < bindings.Count)
                {
                    var (keys, command) = bindings[index];
                    line.Add(" ").Cell(string.Join(" ", keys), keyWidth, Palette.Key).Cell(KeyHelp.Describe(command, help.Under), columnWidth - keyWidth - 3);
                }
            }

            frame.Add(line);
        }
    }
}
