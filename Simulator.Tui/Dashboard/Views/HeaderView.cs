using Spectre.Console;

namespace Simulator.Tui.Dashboard.Views;

/// <summary>The top line: scenario, virtual time in the display zone and in UTC, speed where the clock can play, and whether it runs.</summary>
internal static class HeaderView
{
    private const string Brand = " │ vaultsim";

    /// <summary>The fewest cells a cut scenario name keeps: fewer, and its two ends read as no name at all.</summary>
    private const int FewestNameCells = 6;

    /// <summary>The fewest cells a cut scenario name keeps beside the UTC time: fewer, and the UTC time gives way to it.</summary>
    /// <remarks>At 60 columns a long name kept six ("a-…bar"), which named no scenario; the UTC time repeats the local one.</remarks>
    private const int ReadableNameCells = 16;

    public static void Add(Frame frame, DashboardState state)
    {
        var world = state.World;
        var clock = (world.HasEnded ? "■ ended" : world.IsReadOnly ? "■ stopped" : state.Paused ? "❚❚ paused" : "▶ running") + (world.IsReadOnly ? " · read-only" : string.Empty);
        // A speed where nothing can play (the scenario ended, a finished run browsed) read as the clock's, and it is off.
        var speed = world.IsStill ? string.Empty : $" │ {SpeedLadder.Label(state.SpeedIndex)}";

        // What a person looks up for: whether the clock runs, how fast, the time, and which scenario this is. Where
        // they don't fit whole, what says least gives way first: the program's name, the UTC time's seconds (the local
        // time's), the year (the lists' dates have none); then the scenario's name is cut in its middle, as a list's
        // names are; where that would leave it too few cells to read, the UTC time gives way first, and the name goes
        // only where too little of it would show even then. At 60 columns the name had gone, leaving "…".
        string Clock(bool year, bool utcSeconds, bool utc = true) => $" {clock}{speed} │ {TimeText.Header(world.Now, world.DisplayZone, year, utcSeconds, utc)}";
        string[] whole =
        [
            $"{Clock(year: true, utcSeconds: true)} │ {world.Name}{Brand}",
            $"{Clock(year: true, utcSeconds: true)} │ {world.Name}",
            $"{Clock(year: true, utcSeconds: false)} │ {world.Name}",
            $"{Clock(year: false, utcSeconds: false)} │ {world.Name}",
        ];
        var shortest = Clock(year: false, utcSeconds: false);
        var room = frame.Width - shortest.GetCellWidth() - " │ ".Length;
        if (room < ReadableNameCells)
        {
            shortest = Clock(year: false, utcSeconds: false, utc: false);
            room = frame.Width - shortest.GetCellWidth() - " │ ".Length;
        }

        var text = whole.FirstOrDefault(candidate => candidate.GetCellWidth() <= frame.Width)
            ?? (room >= FewestNameCells ? $"{shortest} │ {MiddleCut.Fit(world.Name, room)}" : shortest);
        var line = frame.NewLine().Add(text, Palette.Header);
        frame.Add(line.Add(new string(' ', Math.Max(0, line.Remaining)), Palette.Header));
    }
}
