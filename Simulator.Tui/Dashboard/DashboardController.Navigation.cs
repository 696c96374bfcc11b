using Simulator.Tui.Dashboard.Views;

namespace Simulator.Tui.Dashboard;

internal static partial class DashboardController
{
    /// <param name="state">The state.</param>
    /// <param name="delta">How far to move: negative up.</param>
    /// <param name="step">True for ↑: from the event log's bottom it alone keeps a foot, a page up of one event keeping the page above whole.</param>
    private static DashboardState Move(DashboardState state, int delta, bool step = false)
    {
        // Help has no cursor: its lines move. Only the frame knows how many it shows, so it stops them at the last.
        if (state.Overlay is HelpOverlay)
        {
            return state with { Tops = state.Tops with { Help = Clamp(state.Tops.Help, delta, int.MaxValue) } };
        }

        if (state.Overlay is MenuOverlay menu)
        {
            return state with { Overlay = menu with { Cursor = Clamp(menu.Cursor, delta, menu.Choices.Count) } };
        }

        // The log scrolls by its events' numbers, held where the keys leave it; the frame, which knows how many lines
        // it shows and how many events there are, stops it at either end and lets it follow again at the bottom.
        // Following, it scrolls from the newest events, wherever the last frame left it: the clock, or a key before
        // the first frame (L↑ typed at once), may have moved them on since.
        // The first ↑ from the bottom leaves only the newest event below, however many lines it and the event coming in
        // on top take (Foot): held from the top alone, an event the bottom cut on top, read whole, pushed more off.
        if (state.ShowLog)
        {
            var log = state.Tops.Log;
            var total = state.World.Log.Total;
            var first = log.Held ? log.First : total - Math.Max(1, log.Rows);
            long? foot = !log.Held && step ? total - 2 : null;
            return state with { Tops = state.Tops with { Log = log with { First = Math.Max(0, first + delta), Held = true, Scrolled = true, Foot = foot } } };
        }

        if (state.OpenItem is not null)
        {
            var points = ItemQuery.Selected(state)?.RecoveryPoints.Count ?? 0;
            return state with { PointCursor = Clamp(state.PointCursor, delta, points) };
        }

        return state.Focus switch
        {
            Pane.Vaults => ToVault(state, Clamp(state.VaultCursor, delta, state.World.Simulation.Vaults.Count)),
            Pane.Items => state with { ItemCursor = Clamp(state.ItemCursor, delta, ItemQuery.Items(state).Count) },
            _ => state with { JobCursor = Clamp(state.JobCursor, delta, state.ShowTimeline ? TimelineRows.Count(state) : JobQuery.Jobs(state).Count) },
        };
    }

    /// <summary>Another vault's lists start at their top; a key that leaves the vault where it was (↑ on the first) leaves its lists' cursors too.</summary>
    private static DashboardState ToVault(DashboardState state, int vault) =>
        vault == state.VaultCursor ? state : state with { VaultCursor = vault, ItemCursor = 0, JobCursor = 0 };

    private static int Clamp(int cursor, int delta, int count) => count == 0 ? 0 : (int)Math.Clamp((long)cursor + delta, 0, count - 1);
}
