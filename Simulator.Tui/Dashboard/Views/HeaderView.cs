using Spectre.Console;

namespace Simulator.Tui.Dashboard.Views;

/// <summary>The top line: scenario, virtual time in the display zone and in UTC, speed, and whether the clock runs.</summary>
internal static class HeaderView
{
    private const string Brand = " │ vaultsim";

    public static void Add(Frame frame, DashboardState state)
    {
        var world = state.World;
        var clock = (world.HasEnded ? "■ ended" : state.Paused ? "❚❚ paused" : "▶ running") + (world.IsReadOnly ? " · read-only" : string.Empty);
        // The clock first: on a narrow screen it is the scenario's name that gets cut, never the time or the speed.
        var text = $" {clock} │ {SpeedLadder.Label(state.SpeedIndex)} │ {TimeText.Header(world.Now, world.DisplayZone)} │ {world.Name}";
        // The program's name goes whole or not at all: cut, it read "va…".
        text += text.GetCellWidth() + Brand.Length <= frame.Width ? Brand : string.Empty;
        var line = frame.NewLine().Add(text, Palette.Header);
        frame.Add(line.Add(new string(' ', Math.Max(0, line.Remaining)), Palette.Header));
    }
}
