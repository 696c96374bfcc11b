using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Simulator.Tui.Dashboard.Views;

/// <summary>What shows instead of the dashboard when the window is too small for it.</summary>
internal static class TooSmallView
{
    public static IRenderable Render(int width, int height)
    {
        var lines = new[]
        {
            "Window too small",
            string.Create(CultureInfo.InvariantCulture, $"{width}×{height}; need {DashboardLayout.MinWidth}×{DashboardLayout.MinHeight}"),
            "Enlarge it, or press q",
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
