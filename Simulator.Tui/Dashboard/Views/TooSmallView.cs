using System.Globalization;
using Simulator.Tui.Dashboard.Input;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Simulator.Tui.Dashboard.Views;

/// <summary>What shows instead of the dashboard when the window is too small for it.</summary>
internal static class TooSmallView
{
    /// <remarks>
    /// The way out it offers is the key that quits where the keys go now, from the key map: a prompt that takes text
    /// types q into its hidden answer, and a menu or a confirmation leaves q unbound, so there it is Ctrl+C. It is the
    /// only key that acts while this screen shows (<see cref="Live.DashboardDriver.Tick"/>).
    /// </remarks>
    public static IRenderable Render(DashboardState state, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(state);
        var quit = KeyHelp.Bindings(state).FirstOrDefault(b => b.Command == CommandKind.Quit).Keys?.FirstOrDefault() ?? "Ctrl+C";
        var lines = new[]
        {
            "Window too small",
            string.Create(CultureInfo.InvariantCulture, $"{width}×{height}; need {DashboardLayout.MinWidth}×{DashboardLayout.MinHeight}"),
            $"Enlarge it, or press {quit}",
        };
        var frame = new Frame(width);
        frame.Section(height, () =>
        {
            foreach (var line in lines.Take(height))
            {
                frame.Add(line, line == lines[0] ? Palette.Bad : Style.Plain);
            }
        });
        return frame.Build();
    }
}
