using Spectre.Console;

namespace Simulator.Tui.Dashboard.Views;

/// <summary>The top line: scenario, virtual time in the display zone and in UTC, speed, and whether the clock runs.</summary>
internal static class HeaderView
{
    private const string Brand = " │ vaultsim";

    public static void Add(Frame frame, DashboardState state)
    {
        var world = state.World;
        var clock = (world.HasEnded ? "■ ended" : world.IsReadOnly ? "■ stopped" : state.Paused ? "❚❚ paused" : "▶ running") + (world.IsReadOnly ? " · read-only" : string.Empty);
        // The clock first: on a narrow screen it is the scenario's name that gets cut, never the time or the speed. Where
        // even they can't be whole (a speed of 1 min/s, a read-only run's clock, a UTC time on another day at 60
        // columns), the year gives way, as the lists' dates have none, and the name with it.
        var speed = SpeedLadder.Label(state.SpeedIndex);
        var text = $" {clock} │ {speed} │ {TimeText.Header(world.Now, world.DisplayZone)}";
        text = text.GetCellWidth() <= frame.Width
            ? $"{text} │ {world.Name}"
            : $" {clock} │ {speed} │ {TimeText.Header(world.Now, world.DisplayZone, withYear: false)}";
        // The program's name goes whole or not at all: cut, it read "va…".
        text += text.GetCellWidth() + Brand.Length <= frame.Width ? Brand : string.Empty;
        var line = frame.NewLine().Add(text, Palette.Header);
        frame.Add(line.Add(new string(' ', Math.Max(0, line.Remaining)), Palette.Header));
    }
}
