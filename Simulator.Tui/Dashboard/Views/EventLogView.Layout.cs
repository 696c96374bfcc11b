using Spectre.Console;

namespace Simulator.Tui.Dashboard.Views;

/// <summary>The event log's two ways of filling its lines: up from an event at its foot, or down from one on top.</summary>
internal static partial class EventLogView
{
    /// <summary>Events <paramref name="last"/> and those above it, up to the oldest that fits <paramref name="rows"/>
    /// lines and not above <paramref name="stop"/>, that one cut on top where it has fewer lines left than it needs.</summary>
    private static (List<(IReadOnlyList<string> Lines, Style Style)> Drawn, long Top, bool TopCut) UpFrom(Frame frame, DashboardState state, long last, int rows, long stop)
    {
        var log = state.World.Log;
        var oldest = Math.Max(stop, log.Total - log.Events.Count);
        var drawn = new List<(IReadOnlyList<string> Lines, Style Style)>();
        var top = last + 1;
        var topCut = false;
        for (var room = rows; room > 0 && top > oldest; top--)
        {
            (var entry, topCut) = Entry(frame, state, top - 1, room);
            drawn.Insert(0, entry);
            room -= entry.Lines.Count;
        }

        return (drawn, top, topCut);
    }

    /// <summary>Event <paramref name="first"/> and those below it, as many as <paramref name="rows"/> lines hold, the
    /// one at the foot cut where it has fewer lines left than it needs, unless it is the newest; and how many are read whole.</summary>
    private static (List<(IReadOnlyList<string> Lines, Style Style)> Drawn, bool TopCut, int Whole) DownFrom(Frame frame, DashboardState state, long first, int rows)
    {
        var log = state.World.Log;
        var drawn = new List<(IReadOnlyList<string> Lines, Style Style)>();
        var (topCut, whole) = (false, 0);
        for (var (room, next) = (rows, first); room > 0 && next < log.Total; next++)
        {
            var (entry, cut) = Entry(frame, state, next, room);

            // The newest event is read whole or left below, counted: cut at the foot, it read as the log's end, the
            // title saying none was below, and the first ↑ from the bottom seemed to move nothing there, or a line.
            if (cut && next == log.Total - 1 && next > first)
            {
                break;
            }

            topCut = next == first ? cut : topCut;
            drawn.Add(entry);
            room -= entry.Lines.Count;
            whole += cut ? 0 : 1;
        }

        return (drawn, topCut, whole);
    }
}
