using System.Globalization;
using Spectre.Console;

namespace Simulator.Tui.Dashboard.Views;

/// <summary>The full-screen event log (L): every event the log keeps, oldest at the top, in the strip's columns, each read whole: what the width would cut goes on further lines.</summary>
/// <remarks>
/// At its bottom it follows the newest events as the clock plays, as <c>tail -f</c> does; scrolled up it holds the
/// lines it shows, by their events' numbers (<see cref="LogWindow"/>), and its title counts the newer events below.
/// Only the events of a screenful are read and formatted (those shown, the bottom's, the page above's): the log keeps
/// hundreds of events, a frame shows a few dozen.
/// </remarks>
internal static partial class EventLogView
{
    /// <summary>The most lines the go-to prompt takes at the log's foot: its title, its hint on up to three lines, its input.</summary>
    private const int PromptLines = 6;

    /// <summary>The most lines a status (a refusal, a key that does nothing) takes at the log's foot.</summary>
    private const int MostStatusLines = 3;

    /// <param name="frame">The frame to draw into.</param>
    /// <param name="state">The state, its log open.</param>
    /// <param name="lines">The lines between the header and the footer.</param>
    public static void Add(Frame frame, DashboardState state, int lines)
    {
        var log = state.World.Log;
        var events = log.Events;
        var oldest = log.Total - events.Count;

        var prompt = state.Overlay is MenuOverlay or PromptOverlay ? Math.Min(PromptLines, (lines - 1) / 2) : 0;
        var said = state.Status is { } status ? StatusLines.Of(status, frame.Width, MostStatusLines) : [];
        var rows = Math.Max(1, lines - 1 - prompt - said.Count);

        // The log scrolls by events, as the keys move it: an event the width would cut takes further lines, and one at
        // the window's edge with fewer lines left than it needs keeps to those, cut.
        // The bottom window is laid out from the newest event up, so that it is always the last line; it starts at
        // the oldest event that fits, where a held window stops too, and from there follows again.
        var (drawn, bottom, topCut) = UpFrom(frame, state, log.Total - 1, rows, oldest);

        // A held window the keys brought to the bottom follows again; one that a resize (a taller or wider window, its
        // events on fewer lines) brought there stays held, from the event that was on top, or the bottom's first.
        // There it shows the bottom's lines, the newest event whole at the foot, and keeps them by that event (Foot) as
        // new ones arrive: laid out from the top, an event the bottom cut on top read whole and the newest was cut at
        // the foot, the title saying none was below.
        // A held window with a foot (that one, or the first ↑'s, which leaves only the newest below) shows its first
        // event to its foot, the first cut where they take more lines than the window has; a window that leaves the
        // first no line shows it from the top again, unless that would leave the foot no line either: the first ↑
        // itself then keeps its foot, the event on top read whole where the bottom cut it, where the event
        // brought in above pushed off the one before the newest too ("2 newer ↓").
        // The first ↑ holds by its foot even where the bottom has come up to its top: the status the key took away gave
        // its lines back, and following, the log stayed where it was. Only a log read whole from its oldest has
        // nowhere to go.
        var window = state.Tops.Log;
        var first = window.Held ? Math.Clamp(window.First, oldest, bottom) : bottom;
        var firstUp = window is { Scrolled: true, Foot: not null } && (bottom > oldest || topCut);
        var held = window.Held && (first < bottom || !window.Scrolled || firstUp);
        long? foot = held ? log.Total - 1 : null;
        var whole = drawn.Count;
        if ((first < bottom || firstUp) && window.Foot is { } last && last >= first && UpFrom(frame, state, last, rows, first) is var kept
            && (kept.Top == first || (firstUp && (first == bottom || first + DownFrom(frame, state, first, rows).Drawn.Count <= last))))
        {
            (drawn, first, topCut) = kept;
            whole = drawn.Count;
            foot = last;
        }
        else if (first < bottom)
        {
            (drawn, topCut, whole) = DownFrom(frame, state, first, rows);
            foot = null;
        }

        // A page down starts at the first event not read whole, so an event cut at the foot is read on the next page; a
        // page up ends at the event above, each of its events whole, so that no event is passed over either way: at
        // the one on top where the bottom window cut it, which the page above shows whole at its foot.
        var above = topCut ? -1 : 0;
        for (var (room, next) = (rows, topCut ? first : first - 1); next >= oldest; next--, above++)
        {
            var (entry, cut) = Entry(frame, state, next, room);
            if (cut)
            {
                break;
            }

            room -= entry.Lines.Count;
        }

        // At the bottom, Rows counts every event shown: the keys start from the newest, Rows above them.
        var shown = drawn.Count;
        frame.Shown = frame.Shown with { Log = new LogWindow(first, Math.Max(1, whole), held, Math.Max(1, above), Foot: foot) };

        frame.Title(Title(frame.Width, events.Count, log.Total > events.Count, log.Total - first - shown), focused: state.Overlay is null);
        frame.Section(rows, () =>
        {
            foreach (var (entry, style) in drawn)
            {
                foreach (var line in entry)
                {
                    frame.Add(line, style);
                }
            }

            if (events.Count == 0)
            {
                frame.Add("  No events yet.", Palette.Dim);
            }
        });

        if (state.Status is { } message)
        {
            StatusLines.Add(frame, message, said);
        }

        if (prompt > 0)
        {
            frame.Section(prompt, () => OverlayView.Add(frame, state, prompt));
        }
    }

    /// <summary>Event number <paramref name="number"/>'s lines with <paramref name="room"/> lines left for it (<see cref="LogView.Fitted"/>).</summary>
    private static ((IReadOnlyList<string> Lines, Style Style) Entry, bool Cut) Entry(Frame frame, DashboardState state, long number, int room)
    {
        var log = state.World.Log;
        var e = log.Events[(int)(number - (log.Total - log.Events.Count))];
        return LogView.Fitted(e, state.World, LogView.ColumnsFor(frame.Width, state.World), frame.Width, room, whole: true);
    }

    /// <summary>"Event log · 12 newer ↓ · 187 events kept · times UTC", shortened where the window can't hold it.</summary>
    /// <remarks>The newer events come first: scrolled up, they are what the person must not miss.</remarks>
    private static string Title(int width, int kept, bool dropped, long newer)
    {
        var below = newer > 0 ? string.Create(CultureInfo.InvariantCulture, $" · {newer:N0} newer ↓") : string.Empty;
        var count = string.Create(CultureInfo.InvariantCulture, $"{kept:N0}");
        var whole = $"Event log{below} · {(dropped ? "last " : string.Empty)}{count} {(kept == 1 ? "event" : "events")} kept · times UTC";
        return Frame.TitleFits(whole, width) ? whole : $"Event log{below} · {count} kept · UTC";
    }
}
