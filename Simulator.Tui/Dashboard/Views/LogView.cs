using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Simulator.Core.Journal;
using Spectre.Console;

namespace Simulator.Tui.Dashboard.Views;

/// <summary>The strip above the footer: the outcome of the last action or the latest narration, then the newest events.</summary>
internal static class LogView
{
    /// <summary>The room a window leaves for the state after a journal line's what column, for it to show journal lines
    /// rather than compact ones: 140 columns with the narrowest columns.</summary>
    private const int StateRoom = 50;

    /// <summary>The most room an item has in a compact line; a longer name is cut, so the state keeps its place.</summary>
    private const int CompactItemWidth = 20;

    /// <summary>The room a compact line's what column, widened for the scenario's longest what, must leave for the state:
    /// a job's ("InProgress (Scheduled)", "Cancelled UserCancelled") whole.</summary>
    private const int CompactStateRoom = 24;

    /// <summary>Where a compact line's item column starts: after the time without its year and two spaces.</summary>
    private const int CompactItemColumn = 16;

    /// <summary>The least room a compact line leaves its state, "InProgress" or "Completed" whole, the item column giving way to it.</summary>
    private const int CompactMinStateRoom = 10;

    /// <summary>The narrowest a compact line's item column gets for its state: a name cut in its middle still shows both ends.</summary>
    private const int CompactMinItemWidth = 10;

    private static readonly JournalColumns Narrowest = new(JournalColumns.MinItemWidth, JournalColumns.MinWhatWidth);

    private static readonly InstantPattern ShortTime = InstantPattern.CreateWithInvariantCulture("MM'-'dd HH':'mm':'ss");

    public static void Add(Frame frame, DashboardState state, int lines)
    {
        var log = state.World.Log;
        // A step waiting for a happening waits silently, and a person's action can make it never come. Its item is at
        // the end, which a cut title lost first ("transferCompleted of …" at 80 columns): the script's name gives way.
        const string Name = "Narration and events (UTC)";
        string[] titles = state.World is { IsReadOnly: true, HasEnded: false } ? RecordedUpTo(Name, state.World.Now)
            : state.World.Session.NextStepWaitsFor is not { } awaited ? [Name]
            : state.World.HasEnded ? [$"{Name} · the script ended waiting for {awaited}", $"{Name} · ended waiting for {awaited}"]
            : [$"{Name} · script waits for {awaited}", $"{Name} · waits for {awaited}"];
        frame.Title(titles.FirstOrDefault(title => Frame.TitleFits(title, frame.Width)) ?? titles[^1], focused: false);
        var count = lines - 2;

        // A wide window shows the journal's lines as vaultsim show prints them, in the same columns: fitted to the
        // scenario's longest names, so a long policy name does not push its line out of line.
        // A narrow one shows compact lines, their columns fitted to the scenario's names too.
        var columns = ColumnsFor(frame.Width, state.World);
        Narration? onTop = null;
        if (state.Status is { } status)
        {
            // A refusal's reason is read whole: it may take the events' lines, which the next key gives back.
            var said = StatusLines.Of(status, frame.Width, maxLines: Math.Max(1, count + 1));
            StatusLines.Add(frame, status, said);

            count -= said.Count - 1;
        }
        else
        {
            // The narration is the lesson, its point often at its end (an error code): it wraps rather than being cut,
            // taking event lines as a status does, but always leaving the newest event in view. It says when it was
            // said, as the events under it do: a script's refusal stays the last narration after a person's own try
            // succeeds, and undated it read as the outcome of that try. Its time is written as theirs, in the journal's
            // ISO 8601 where they are the journal's lines.
            var narration = state.World.LastNarration;
            onTop = narration;
            var at = narration is null ? string.Empty : columns.Journal is null ? ShortTime.Format(narration.At) : JournalFormatter.FormatTime(narration.At);
            var text = narration is null ? "(no narration yet)" : $"{at}  {ScreenWording.Said(narration, state.World.DisplayZone)}";
            var said = TextWrap.Lines(text, frame.Width - 2, maxLines: Math.Max(1, count)).ToList();
            for (var i = 0; i < said.Count; i++)
            {
                frame.Add(frame.NewLine().Add(i == 0 ? "» " : "  ", Palette.Narration).Add(said[i], Palette.Narration));
            }

            count -= said.Count - 1;
        }

        // The newest events are the ones kept in view: an event on two lines takes an older one's, and the oldest in
        // view keeps to one line when only one is left for it. Only those are read, from the newest back: the log
        // keeps hundreds.
        var events = log.Events;
        var shown = new List<(IReadOnlyList<string> Lines, Style Style)>();
        for (var i = events.Count - 1; i >= 0 && count > 0; i--)
        {
            var e = events[i];

            // The narration on top, read whole there, is not repeated cut under it: as the newest event it took the only
            // event line an 80x24 window has, so that a script's refused step read twice and nothing that happened showed.
            if (ReferenceEquals(e, onTop))
            {
                continue;
            }

            var (entry, _) = Fitted(e, state.World, columns, frame.Width, count, whole: false);
            shown.Add(entry);
            count -= entry.Lines.Count;
        }

        foreach (var (said, style) in Enumerable.Reverse(shown))
        {
            foreach (var line in said)
            {
                frame.Add(line, style);
            }
        }
    }

    /// <summary>The titles of a run reopened read-only before its end, longest first: where its recording stopped, in the log's time.</summary>
    /// <remarks>Its script's next step can no longer come: "script waits for jobStarted of vm-web-01 #1" read as if it might.</remarks>
    private static string[] RecordedUpTo(string name, Instant stopped)
    {
        var at = ShortTime.Format(stopped);
        return [$"{name} · read-only, recorded up to {at}", $"{name} · recorded up to {at}", $"{name} · stopped at {at}"];
    }

    /// <summary>The columns of the lines of a window <paramref name="width"/> wide: the journal's, or else a compact line's.</summary>
    internal static LogColumns ColumnsFor(int width, DashboardWorld world) =>
        JournalColumnsFor(width, world) is { } journal ? new LogColumns(journal, default) : new LogColumns(null, CompactColumnsFor(width, world));

    /// <summary>An event's lines in the log's columns and colours, with <paramref name="room"/> lines left for it, and whether that cut it.</summary>
    /// <remarks>
    /// The full log (<paramref name="whole"/>) reads every event whole: what the width would cut goes on further lines,
    /// under the item, or under a narration's words. The strip keeps each event to its line, a time its state names
    /// but on a second one: it shows the newest few, and L reads them whole. An event with less room than that keeps
    /// to the lines it has, the last holding the rest of it, cut at the window's edge.
    /// </remarks>
    internal static ((IReadOnlyList<string> Lines, Style Style) Entry, bool Cut) Fitted(DomainEvent e, DashboardWorld world, LogColumns columns, int width, int room, bool whole)
    {
        var text = Text(e, world, columns);
        var style = e is Narration ? Palette.Narration : Palette.Dim;
        var lines = Wrap(text, width, whole ? int.MaxValue : text.OwnLine ? 2 : 1);
        return lines.Count <= room ? ((lines, style), false) : ((Wrap(text, width, room), style), true);
    }

    /// <summary>The event's text on at most <paramref name="maxLines"/> lines of <paramref name="width"/>.</summary>
    private static IReadOnlyList<string> Wrap(EventText text, int width, int maxLines)
    {
        var line = (text.Head + text.Words).TrimEnd();
        if (maxLines <= 1 || line.GetCellWidth() <= width)
        {
            return [line];
        }

        return text.OwnLine
            ? [text.Head.TrimEnd(), .. TextWrap.Hanging(new string(' ', text.Indent), text.Words, width, text.Indent, maxLines - 1)]
            : TextWrap.Hanging(text.Head, text.Words, width, text.Indent, maxLines);
    }

    /// <summary>An event's line in the journal's columns, or a compact one, parted where its words may go on further lines.</summary>
    private static EventText Text(DomainEvent e, DashboardWorld world, LogColumns columns)
    {
        if (columns.Journal is not { } journal)
        {
            return Compact(e, world, columns.Compact);
        }

        // The state, or a narration's words, starts in its column: further lines start there too.
        var line = JournalFormatter.Format(e, journal);
        var at = Math.Min(line.Length, JournalFormatter.StateColumn(journal));
        return new EventText(line[..at], line[at..], at, OwnLine: false);
    }

    /// <summary>The columns of the journal's lines when <paramref name="width"/> holds them and a long state after them; null for compact lines.</summary>
    /// <remarks>The narrowest columns are tried first: a window too narrow even for them needs no fitted ones to say so.</remarks>
    private static JournalColumns? JournalColumnsFor(int width, DashboardWorld world) =>
        width >= JournalFormatter.StateColumn(Narrowest) + StateRoom && world.JournalColumns is var fitted && width >= JournalFormatter.StateColumn(fitted) + StateRoom
            ? fitted
            : null;

    /// <summary>The widths of a compact line's item and what columns on a window <paramref name="width"/> wide.</summary>
    /// <remarks>
    /// Both fit the scenario, as a journal line's columns do: the item column is as wide as its longest short item
    /// text, up to <see cref="CompactItemWidth"/>; the what column as wide as the wide log's (the same
    /// <see cref="DashboardWorld.JournalColumns"/>) while the window still leaves the state
    /// <see cref="CompactStateRoom"/>, else as wide as the core's own words, and a longer what (a long policy's
    /// name) is cut to it. So no line's state is pushed out of line, nor every state off a narrow window.
    /// </remarks>
    private static (int Item, int What) CompactColumnsFor(int width, DashboardWorld world)
    {
        var item = Math.Min(CompactItemWidth, world.LongestShortItem);
        var fitted = world.JournalColumns.WhatWidth;
        var roomy = CompactItemColumn + item + 1 + fitted + 1 + CompactStateRoom <= width;
        var what = roomy ? fitted : JournalColumns.MinWhatWidth;
        // On the narrowest windows (60 columns) a fleet's names or a vault's ("contoso-vault-weu") left the state two
        // cells, "Co…": the state is what a line is read for, so the item is cut in its middle first.
        var stateRoom = width - (CompactItemColumn + item + 1 + what + 1);
        if (stateRoom < CompactMinStateRoom)
        {
            item = Math.Max(Math.Min(item, CompactMinItemWidth), item - (CompactMinStateRoom - stateRoom));
        }

        return (item, what);
    }

    /// <summary>A narrow window's line: the time without its year, the item without its vault (or the vault, for its own events), no job, so the state still shows.</summary>
    /// <remarks>
    /// A VM with an item in more than one vault (its backup reconfigured in another) keeps the vault, or its two items' lines would read alike.
    /// A state naming a time that the width would cut goes on a second line, under the item.
    /// </remarks>
    private static EventText Compact(DomainEvent e, DashboardWorld world, (int Item, int What) columns)
    {
        // A narration has no item and no what: its words take their columns, marked as the one on top is. Under "-" and
        // "Narration" an earlier one kept ten characters at 60 columns ("A deleted …"), thirty at 80.
        if (e is Narration narration)
        {
            var mark = string.Create(CultureInfo.InvariantCulture, $"{ShortTime.Format(e.At)}  » ");
            return new EventText(mark, ScreenWording.Said(narration, world.DisplayZone), mark.Length, OwnLine: false);
        }

        // A vault's own event (its creation, a setting, a policy saved) names the vault, as the journal does.
        var item = e.Item ?? e.Vault ?? "-";
        if (e is { Vault: { } vault, Item: { } name } && world.Simulation.FindDataSource(name) is { } source && world.Simulation.ItemsOf(source).Count > 1)
        {
            item = $"{vault}/{name}";
        }

        // An item keeps its start (the vault, or the name's) and its end, where the names of a fleet's VMs differ; a
        // what its start and end, where policy names differ.
        item = MiddleCut.Padded(item, columns.Item);
        var what = MiddleCut.Padded(e.What, columns.What);
        // A time in the state (a soft delete's purge, a point's new expiry) is written as the lists write theirs, but in
        // UTC as the line's own: the journal's ISO instant left "Soft-deleted until 202…" at 80 columns, the time the
        // data goes cut, and the display zone's abbreviation would not fit there either.
        var namesTime = false;
        var state = e.StateWith(time =>
        {
            namesTime = true;
            return TimeText.LocalNear(time, e.At, DateTimeZone.Utc);
        });

        // That time is what such a line is read for, and a long name (at 80 columns) or the narrowest window (60) cut it
        // ("Soft-dele…"): it goes whole on the next line. Other states start in their column, the line's one, whose
        // start is read first.
        return new EventText(string.Create(CultureInfo.InvariantCulture, $"{ShortTime.Format(e.At)}  {item} {what} "), state, CompactItemColumn, namesTime);
    }

    /// <summary>An event's line parted where its words may go on further lines.</summary>
    /// <param name="Head">The time, item and what (or a narration's mark), up to where the words start.</param>
    /// <param name="Words">The state, or a narration's words.</param>
    /// <param name="Indent">The column further lines start at: under the item, or under a narration's or a journal line's words.</param>
    /// <param name="OwnLine">True for a state naming a time: where it doesn't fit the line, it starts the next one whole.</param>
    private readonly record struct EventText(string Head, string Words, int Indent, bool OwnLine);
}

/// <summary>The columns of the log's lines on one window: the journal's (<paramref name="Journal"/>), or, where it is null, a compact line's item and what.</summary>
internal readonly record struct LogColumns(JournalColumns? Journal, (int Item, int What) Compact);
