namespace Simulator.Tui.Dashboard;

/// <summary>How many rows each list showed in the last frame: a page, which PgUp and PgDn move its cursor.</summary>
/// <remarks>
/// Only the frame knows how many rows a list gets, as it knows where each starts (<see cref="ListTops"/>). A fixed ten
/// rows skipped six items never shown where four showed, and nine where one did. Zero where the list was never drawn.
/// </remarks>
/// <param name="Vaults">The vault list's rows on screen.</param>
/// <param name="Items">The protected items' rows on screen.</param>
/// <param name="Jobs">The job list's rows on screen, or the timeline's: they share the cursor.</param>
/// <param name="Points">The open item's recovery points on screen.</param>
/// <param name="Menu">The open menu's choices on screen.</param>
/// <param name="Help">Help's lines on screen.</param>
internal readonly record struct ListPages(int Vaults, int Items, int Jobs, int Points, int Menu, int Help);
