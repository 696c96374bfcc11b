using System.Globalization;

namespace Simulator.Tui.Dashboard.Views;

/// <summary>The full-screen event log (L): every event the log keeps, oldest at the top, one a line, in the strip's line format.</summary>
/// <remarks>
/// At its bottom it follows the newest events as the clock plays, as <c>tail -f</c> does; scrolled up it holds the
/// lines it shows, by their events' numbers (<see cref="LogWindow"/>), and its title counts the newer events below.
/// Only the lines on screen are read and formatted: the log keeps a thousand events, a frame shows a few dozen.
/// </remarks>
internal static class EventLogView
{
    /// <summary>The most lines the go-to prompt takes at the log's foot: its title, its hint on up to three lines, its input.</summary>
    private const int PromptLines = 6;

    /// <summary>The most lines a status (a refusal, a key that does nothing) takes at the log's foot.</summary>
    private const int StatusLines = 3;

    /// <param name="frame">The frame to draw into.</param>
    /// <param name="state">The state, its log open.</param>
    /// <param name="lines">The lines between the header and the footer.</param>
    public static void Add(Frame frame, DashboardState state, int lines)
    {
        var log = state.World.Log;
        var events = log.Events;
        var oldest = log.Total - events.Count;

        var prompt = state.Overlay is MenuOverlay or PromptOverlay ? Math.Min(PromptLines, (lines - 1) / 2) : 0;
        var said = state.Status is { } status ? TextWrap.Lines(status.Text, frame.Width - 2, StatusLines).ToList() : [];
        var rows = Math.Max(1, lines - 1 - prompt - said.Count);

        // The bottom window starts where the newest event is the last line; a held window stops there too, and from
        // there follows again.
        var bottom = Math.Max(oldest, log.Total - rows);
        var window = state.Tops.Log;
        var first = window.Held ? Math.Clamp(window.First, oldest, bottom) : bottom;
        var shown = (int)Math.Min(rows, log.Total - first);
        frame.Shown = frame.Shown with { Log = new LogWindow(first, rows, Held: first < bottom) };

        frame.Title(Title(frame.Width, events.Count, log.Total > events.Count, log.Total - first - shown), focused: state.Overlay is null);
        frame.Section(rows, () =>
        {
            var columns = LogView.ColumnsFor(frame.Width, state.World);
            for (var i = 0; i < shown; i++)
            {
                var (text, style) = LogView.OneLine(events[(int)(first - oldest) + i], state.World.Simulation, columns);
                frame.Add(text, style);
            }

            if (events.Count == 0)
            {
                frame.Add("  No events yet.", Palette.Dim);
            }
        });

        if (state.Status is { } message)
        {
            var style = message.IsError ? Palette.Bad : Palette.Good;
            for (var i = 0; i < said.Count; i++)
            {
                frame.Add(frame.NewLine().Add(i == 0 ? (message.IsError ? "✗ " : "✓ ") : "  ", style).Add(said[i], style));
            }
        }

        if (prompt > 0)
        {
            frame.Section(prompt, () => OverlayView.Add(frame, state, prompt));
        }
    }

    /// <summary>"Event log · 12 newer ↓ · 187 events kept · times UTC", shortened where the window can't hold it.</summary>
    /// <remarks>The newer events come first: scrolled up, they are what the person must not miss.</remarks>
    private static string Title(int width, int kept, bool dropped, long newer)
    {
        var below = newer > 0 ? string.Create(CultureInfo.InvariantCulture, $" · {newer:N0} newer ↓") : string.Empty;
        var count = string.Create(CultureInfo.InvariantCulture, $"{kept:N0}");
        var whole = $"Event log{below} · {(dropped ? "last " : string.Empty)}{count} {(kept == 1 ? "event" : "events")} kept · times UTC";
        return $"─ {whole} ".Length <= width ? whole : $"Event log{below} · {count} kept · UTC";
    }
}
