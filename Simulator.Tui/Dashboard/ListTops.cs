namespace Simulator.Tui.Dashboard;

/// <summary>The first row each list showed in the last frame, so its window stays put while its cursor moves inside it.</summary>
/// <remarks>
/// Only the frame knows how many rows a list gets (it depends on the window's size and, for the jobs, on the selected
/// job's error), so the frame settles each window and the driver keeps what it showed; the next frame starts from it.
/// </remarks>
/// <param name="Vaults">The vault list's first row.</param>
/// <param name="Items">The protected items' first row.</param>
/// <param name="Jobs">The job list's first row, or the timeline's: they share the cursor.</param>
/// <param name="Points">The open item's recovery points' first row.</param>
/// <param name="Menu">The open menu's first choice on screen.</param>
/// <param name="Help">Help's first line on screen: the keys scroll it, and the frame holds it where its last line shows.</param>
internal readonly record struct ListTops(int Vaults, int Items, int Jobs, int Points, int Menu, int Help);
