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
/// <param name="Log">The event log's lines on screen.</param>
/// <param name="Pages">How many rows each list showed: the page PgUp and PgDn move its cursor.</param>
internal readonly record struct ListTops(int Vaults, int Items, int Jobs, int Points, int Menu, int Help, LogWindow Log = default, ListPages Pages = default);

/// <summary>The event log's lines on screen, by the number of their events in the journal, so that events leaving the
/// log's capacity at its top do not move them.</summary>
/// <param name="First">The number of the first event shown, counting from the journal's first (0).</param>
/// <param name="Rows">How many events the log showed whole (an event naming a time may take two lines): a page, for PgDn.</param>
/// <param name="Held">True when scrolled up off the newest event: the lines stay while new events arrive. False at the
/// bottom, which follows the newest event as the clock plays.</param>
/// <param name="Above">How many events the page above holds whole, ending at the one before <paramref name="First"/>: a page, for PgUp.</param>
/// <param name="Scrolled">True when the keys moved it since the frame showed it: only they take it back to following,
/// reaching the bottom. A resize that brings the bottom up to it leaves it held, as the person left it.</param>
/// <param name="Foot">The number of the event a held window keeps whole at its foot, its lines laid out up from it to
/// <paramref name="First"/>: the newest when a resize brought the bottom up to the window, the one before the newest
/// after the first ↑ from the bottom. Null where it keeps them from <paramref name="First"/> down.</param>
internal readonly record struct LogWindow(long First, int Rows, bool Held, int Above = 0, bool Scrolled = false, long? Foot = null);
