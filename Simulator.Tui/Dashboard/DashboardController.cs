using System.Globalization;
using NodaTime;
using Simulator.Core.Protection;
using Simulator.Tui.Dashboard.Input;
using Simulator.Tui.Dashboard.Views;

namespace Simulator.Tui.Dashboard;

/// <summary>Applies a command to the state: every key's effect is declared in this one switch.</summary>
/// <remarks>
/// The UI state is immutable and replaced; the world changes only through the core's commands (actions) and the
/// session (time), never by code here.
/// </remarks>
internal static partial class DashboardController
{
    public static DashboardState Apply(DashboardState state, DashboardCommand command)
    {
        ArgumentNullException.ThrowIfNull(state);
        var said = state.Status;
        state = WithoutStaleStatus(state, command.Kind);
        return command.Kind switch
        {
            CommandKind.Quit => state with { Quit = true },

            // The driver stops the process itself (DashboardDriver.SuspendRequested): the screen is left first.
            CommandKind.Suspend => state,
            CommandKind.TogglePause => state with { Paused = !state.Paused },
            CommandKind.Faster => Speed(state, SpeedLadder.Faster(state.SpeedIndex), '+', "fastest", "'-' slows down"),
            CommandKind.Slower => Speed(state, SpeedLadder.Slower(state.SpeedIndex), '-', "slowest", "'+' speeds up"),
            CommandKind.NextEvent => StepToNextEvent(state),
            CommandKind.GoToTime => state with { Overlay = new PromptOverlay(PromptKind.GoToTime, "Go to time", GoToHint(state.World)) },
            CommandKind.Up => Move(state, -1, step: true),
            CommandKind.Down => Move(state, 1),
            CommandKind.PageUp => Move(state, -PageOf(state, up: true)),
            CommandKind.PageDown => Move(state, PageOf(state, up: false)),
            CommandKind.Top => Move(state, int.MinValue / 2),
            CommandKind.Bottom => Move(state, int.MaxValue / 2),
            CommandKind.NextPane => state with { Focus = state.Focus.Next() },
            CommandKind.PreviousPane => state with { Focus = state.Focus.Previous() },
            CommandKind.Open => Open(state),
            CommandKind.Back => Back(state, said),
            CommandKind.Filter => state with
            {
                Overlay = new PromptOverlay(PromptKind.Filter, "Filter by item name", "the lists follow as you type; Enter keeps the filter, Esc clears it", state.Filter),
                SelectedBeforeFilter = state.Filter.Length == 0 ? ItemQuery.Selected(state) : state.SelectedBeforeFilter,
            },
            CommandKind.Help => state with { Overlay = new HelpOverlay(state.Mode), Tops = state.Tops with { Help = 0 } },
            CommandKind.CycleJobFilter => state with { JobFilter = (JobFilter)(((int)state.JobFilter + 1) % 3), JobCursor = 0 },
            CommandKind.CycleSort => Resorted(state),
            CommandKind.ToggleTimeline => state.ShowTimeline ? state with { ShowTimeline = false, JobCursor = 0 } : WithTimeline(state),

            // The log opens on its newest events, following them; the screen under it keeps its focus and cursors.
            CommandKind.ShowLog => state with { ShowLog = true, Tops = state.Tops with { Log = default } },
            CommandKind.Accept => Accept(state),
            CommandKind.Erase => Edit(state, EraseLast),
            CommandKind.Type => Edit(state, input => input + command.Char),
            CommandKind.Unbound => state with { Status = StatusMessage.Unbound(Unbound(state, command.Key)) },
            _ => Ask(state, command.Kind),
        };
    }

    /// <summary>The input without its last character as a person sees one: a text element, so that an emoji (two UTF-16
    /// halves as the terminal reports it) goes whole rather than leaving half of it to show as a replacement mark.</summary>
    private static string EraseLast(string input) =>
        input.Length == 0 ? input : input[..StringInfo.ParseCombiningCharacters(input)[^1]];

    /// <summary>The first state of a dashboard on <paramref name="world"/>; recording into a run file, its status line says which, and where it stands.</summary>
    /// <param name="world">The session to show, caught up to where it opens.</param>
    /// <param name="runFile">The run file it records into or was reopened from, if any.</param>
    public static DashboardState Opening(DashboardWorld world, RunFile? runFile)
    {
        ArgumentNullException.ThrowIfNull(world);

        // A reopened lab, or a finished run being browsed, opens paused where it stands, whether it was left paused or
        // running: the person first sees where they left off. Its speed is the one they left it at (ReopenedFile).
        var state = DashboardState.Initial(world) with { Paused = world.IsReadOnly || world.Now > world.Start };
        return runFile switch
        {
            ReopenedFile reopened => state with { SpeedIndex = SpeedLadder.Of(reopened.Speed), Status = Reopened(state, reopened) },
            NewRunFile created => state with { Status = StatusMessage.Done($"Recording {created.Recorded} into {created.Path}, {(created.WasEmpty ? "an empty file" : "a new file")}.") },
            _ => state,
        };
    }

    /// <summary>Which run this is, where it stopped and whether it goes on: the narration then on screen was said long before.</summary>
    private static StatusMessage Reopened(DashboardState state, ReopenedFile file)
    {
        var world = state.World;
        var where = world.HasEnded ? "at its end" : "where it stopped";
        var next = world.IsReadOnly ? "Read-only: browse it; ? lists the keys that work."
            : world.HasEnded ? "Its scenario ended: its actions and its clock are off; q closes it as a finished run."
            : state.Paused ? "Paused: space goes on, and what you do is recorded into it."
            : "What you do is recorded into it.";
        return StatusMessage.Done($"Reopened {file.Path}, {file.Kind}, {where}: {TimeText.Header(world.Now, world.DisplayZone)}. {next}");
    }

    /// <summary>The one rule of the status line: it tells the outcome of the last key until the next key, which starts something else.</summary>
    /// <remarks>
    /// So a refusal (or a done) never sits under a prompt, a menu or help opened after it, nor stays while the person
    /// moves on. Typing into the prompt whose input was refused keeps its reason in view while it is corrected; what a
    /// key the prompt ignored said goes as the person types on.
    /// </remarks>
    private static DashboardState WithoutStaleStatus(DashboardState state, CommandKind command) =>
        state.Status is null || (command is CommandKind.Type or CommandKind.Erase && !state.Status.IsAboutKey) ? state : state with { Status = null };

    /// <summary>Moves along the speed ladder; at its end the key does nothing, and says so, as any key that does nothing does.</summary>
    private static DashboardState Speed(DashboardState state, int index, char key, string end, string other) =>
        index == state.SpeedIndex
            ? state with { Status = StatusMessage.Error($"'{key}' does nothing here: {SpeedLadder.Label(index)} is the {end} speed; {other}.") }
            : state with { SpeedIndex = index };

    /// <summary>Why a key did nothing: a menu, a confirmation, a prompt or help takes other keys, which it names; the
    /// scenario has ended; or the key works in another pane, or nowhere here.</summary>
    /// <remarks>
    /// A menu's or a confirmation's keys are named in the words of its own hint, so the two never differ. A text
    /// prompt's hint tells what to type (a date's forms, the name to retype), so its keys are named in its footer's
    /// words, from the key map as the footer's are.
    /// </remarks>
    private static string Unbound(DashboardState state, ConsoleKeyInfo key)
    {
        var name = KeyCatalog.Name(key);
        switch (state.Overlay)
        {
            case MenuOverlay:
                return $"{name} does nothing here: {MenuOverlay.Hint}.";
            case PromptOverlay { Kind: PromptKind.Confirm } confirm:
                return $"{name} does nothing here: {confirm.Hint}.";
            case PromptOverlay:
                return $"{name} does nothing here: the prompt takes typed text; {KeyHelp.Answers(state)}.";
            case HelpOverlay:
                return $"{name} does nothing here: {HelpOverlay.Closing}, q quits, {HelpOverlay.ScrollKeys}.";
        }

        if (state.ShowLog && InEventLog(state, key) is { } elsewhere)
        {
            return elsewhere;
        }

        // The key map is asked again with the focus elsewhere, so this stays true to it.
        bool WorksIn(Pane pane) => KeyMap.Map(state with { Focus = pane }, key) is { Kind: not CommandKind.Unbound };

        if (state.OpenItem is not null && ListsWhereItWorks(state, key) is { } lists)
        {
            return $"{name} works on {lists}, not in an item's detail: Esc goes back to {Them(lists)}.";
        }

        if (state.ShowTimeline && KeyMap.Map(state with { ShowTimeline = false }, key) is { Kind: not CommandKind.Unbound })
        {
            return $"{name} works on the job list, not on the timeline: t shows the job list.";
        }

        // Only a key the end turned off is blamed on it: Tab in an item's detail or Enter on a vault still works where
        // it always did, and a key that never did anything (F5) was told the clock is off, which sent the person nowhere.
        bool TurnedOffByTheEnd() => Enum.GetValues<Pane>().Any(pane => KeyMap.Map(state with { Focus = pane }, key, asIfPlaying: true) is { Kind: not CommandKind.Unbound });
        return WorksIn(Pane.Vaults) ? $"{name} acts on the selected vault: {KeyTo(state, Pane.Vaults)} to the vaults or the protected items first."
            : WorksIn(Pane.Items) ? $"{name} acts on the selected item: {KeyTo(state, Pane.Items)} to the protected items first."
            : WorksIn(Pane.Jobs) ? $"{name} acts on the selected job: {KeyTo(state, Pane.Jobs)} to the jobs first."
            : !TurnedOffByTheEnd() ? $"{name} does nothing here; ? lists the keys."
            : state.World.HasEnded ? $"The scenario ended at {TimeText.Header(state.World.End, state.World.DisplayZone)}: its actions and its clock are off; ? lists the keys that still work."
            : state.World.IsReadOnly ? $"This run was recorded up to {TimeText.Header(state.World.Now, state.World.DisplayZone)} and opens read-only: its actions and its clock are off; ? lists the keys that still work."
            : $"{name} does nothing here; ? lists the keys.";
    }

    /// <summary>The key that reaches <paramref name="pane"/> in one press: Tab goes round the panes one way, Shift+Tab the other.</summary>
    private static string KeyTo(DashboardState state, Pane pane) => ((int)pane - (int)state.Focus + 3) % 3 == 1 ? "Tab" : "Shift+Tab";

    /// <summary>Where a key the event log does not take works: on the screen it was opened over, or on the lists; null where it works nowhere.</summary>
    private static string? InEventLog(DashboardState state, ConsoleKeyInfo key)
    {
        var name = KeyCatalog.Name(key);
        var under = state with { ShowLog = false };
        if (under.OpenItem is not null && KeyMap.Map(under, key) is { Kind: not CommandKind.Unbound })
        {
            return $"{name} works in the item's detail, not in the event log: Esc goes back to it.";
        }

        return ListsWhereItWorks(under, key) is not { } lists ? null
            : under.OpenItem is null ? $"{name} works on {lists}, not in the event log: Esc goes back to {Them(lists)}."
            : $"{name} works on {lists}, not in the event log: Esc goes back to the item's detail, and Esc again to {Them(lists)}.";
    }

    private const string TheLists = "the lists";

    /// <summary>The lists as named again after <paramref name="lists"/>: "them", or "the lists" after "the job list", where Esc goes back to more than it.</summary>
    private static string Them(string lists) => lists == TheLists ? "them" : TheLists;

    /// <summary>Where on the lists a key works, asked of every pane with the job list and the timeline alike: "the job list" for a key only it takes, else "the lists"; null where it works on none.</summary>
    /// <remarks>In an item's detail a key of the lists was said to do nothing anywhere, and 'c', the job list's alone, to work on "the lists", where on the vaults and the items it does nothing either.</remarks>
    private static string? ListsWhereItWorks(DashboardState state, ConsoleKeyInfo key)
    {
        var panes = Enum.GetValues<Pane>().Where(pane => new[] { false, true }.Any(timeline =>
            KeyMap.Map(state with { OpenItem = null, ShowLog = false, Focus = pane, ShowTimeline = timeline }, key) is { Kind: not CommandKind.Unbound })).ToList();
        return panes switch
        {
            [] => null,
            [Pane.Jobs] => "the job list",
            _ => TheLists,
        };
    }

    /// <summary>How far PgUp and PgDn move: the rows the list (or help's lines, or the event log's events) showed in the last frame; one where it was never drawn.</summary>
    /// <remarks>
    /// In the event log, the page above may hold fewer events than the page on screen: an event the width would cut
    /// takes further lines. Where nothing was drawn, one row skips none a person could not see.
    /// </remarks>
    private static int PageOf(DashboardState state, bool up)
    {
        var (pages, log) = (state.Tops.Pages, state.Tops.Log);
        return Math.Max(1, state switch
        {
            { Overlay: HelpOverlay } => pages.Help,
            { Overlay: MenuOverlay } => pages.Menu,
            { ShowLog: true } => up && log.Above > 0 ? log.Above : log.Rows,
            { OpenItem: not null } => pages.Points,
            { Focus: Pane.Vaults } => pages.Vaults,
            { Focus: Pane.Items } => pages.Items,
            _ => pages.Jobs,
        });
    }

    /// <summary>The go-to prompt's hint, its examples a day ahead of the clock (within the scenario), as UTC and in its zone.</summary>
    private static string GoToHint(DashboardWorld world)
    {
        var ahead = world.Now + Duration.FromDays(1) < world.End ? world.Now + Duration.FromDays(1) : world.End;
        var example = Instant.FromUnixTimeSeconds(ahead.ToUnixTimeSeconds() / 3600 * 3600);
        var utc = LocalInput.Format(example.InUtc().LocalDateTime);
        var local = LocalInput.Format(example.InZone(world.DisplayZone).LocalDateTime);
        return $"ISO 8601 ({utc}Z), a time or a date in {world.DisplayZone.Id} ({local}) or +offset from the start (+1d6h)";
    }

    private static DashboardState StepToNextEvent(DashboardState state)
    {
        state.World.StepToNextEvent();
        return state;
    }

    // The item is held as vault/name: a VM reconfigured in another vault has an item in each, and the detail shows
    // the one opened from this vault's list.
    // An empty list (a filter no name contains, a vault that protects nothing) has nothing to open, nor a job whose
    // item's data was purged: Enter says why, as the footer, which leaves it out there, can't.
    // Esc leaves the focus and the cursors as they were, so the person comes back to the list, the job or the timeline
    // row they opened the item from.
    private static DashboardState Open(DashboardState state) => ItemQuery.ToOpen(state) is { } item
        ? state with { OpenItem = item.ToString(), PointCursor = 0 }
        : state with { Status = StatusMessage.Error(NothingToOpen(state)) };

    private static string NothingToOpen(DashboardState state) => state switch
    {
        { Focus: Pane.Jobs, ShowTimeline: false } when JobQuery.Selected(state) is { } job =>
            state.World.Simulation.FindItem(job.Item.ToString()) is null
                ? $"No item to open: {Labels.Purged(job.Item.ToString())}."
                : $"No item to open: this job's item {job.Item} had its backup data purged; the {job.Item.Name} in the vault now is a new item, protected since.",
        { Focus: Pane.Jobs, ShowTimeline: false } => $"No job to open: {NoJobListed(state)}",
        _ => $"No item to open: {NoItemListed(state)}",
    };

    /// <summary>Why the job list is empty, as a sentence.</summary>
    /// <remarks>A name filter is named rather than f, as the list's own line names it: Esc is the way back to the jobs it hides.</remarks>
    private static string NoJobListed(DashboardState state) => state switch
    {
        { Filter.Length: > 0 } =>
            $"the job list shows no {JobsShown(state.JobFilter)}jobs of an item whose name contains '{state.Filter}'. Esc clears the filter.",
        { JobFilter: not JobFilter.All } => $"the job list shows no {JobsShown(state.JobFilter)}jobs; f changes the filter.",
        _ => "the vault has run no jobs yet.",
    };

    /// <summary>Why the item list is empty, as a sentence.</summary>
    private static string NoItemListed(DashboardState state) => state.Filter.Length > 0
        ? $"no item name contains '{state.Filter}'. Esc clears the filter."
        : "the vault has no protected items.";

    /// <summary>Why an item's action has no item to act on: the detail's item was purged, or the list is empty.</summary>
    /// <remarks>Said as Enter says it: "No item is selected." alone left the person to guess that a filter hid them all.</remarks>
    private static string NoItemSelected(DashboardState state) => state.OpenItem is { } open
        ? $"No item is selected: {Labels.Purged(open)}. Esc goes back."
        : $"No item is selected: {NoItemListed(state)}";

    /// <summary>Why cancel has no job: the job list is empty, the timeline lists no item, or its row's item has run no backup.</summary>
    private static string NoJobSelected(DashboardState state) => state switch
    {
        { ShowTimeline: false } => $"No job to cancel: {NoJobListed(state)}",
        _ when TimelineRows.ItemAt(state) is { } item => $"No job to cancel: {item.Name} has run no backup yet.",
        _ => $"No job to cancel: {NoItemListed(state)}",
    };

    /// <summary>The job filter's words before "jobs", as the list's empty line says them.</summary>
    private static string JobsShown(JobFilter filter) => filter switch { JobFilter.InProgress => "in progress ", JobFilter.Failed => "failed ", _ => string.Empty };

    /// <summary>What Esc (and ← in an item's detail) does: closes what is open, clears the filter, or, on the lists with neither, takes back what the status line said.</summary>
    /// <param name="said">What the status line said before the key, already taken away.</param>
    private static DashboardState Back(DashboardState state, StatusMessage? said) => state switch
    {
        // A filter that lists what it listed before leaves the job list's cursor where it was.
        { Overlay: PromptOverlay { Kind: PromptKind.Filter } } => FilterCleared(state with { Overlay = null, JobCursor = state.Filter.Length == 0 ? state.JobCursor : 0 }, state.SelectedBeforeFilter),

        // Said, as n in a confirmation (elsewhere the next event) closed it with nothing to show that nothing was done;
        // a menu has no such key, and Esc alone closes it. Not "Cancelled": a cancel job's question would read as done.
        { Overlay: PromptOverlay { Action: { } action } } => state with { Overlay = null, Status = StatusMessage.Note($"Nothing done, not confirmed: {action.Title}.") },
        { Overlay: not null } => state with { Overlay = null },
        { ShowLog: true } => state with { ShowLog = false },
        { OpenItem: not null } => state with { OpenItem = null },
        // Esc dismissing a message is something done; with none to dismiss it is said as any key that does nothing
        // is, since a silent Esc looked like a program that hangs.
        { Filter.Length: 0 } when said is not null => state,
        { Filter.Length: 0 } => state with { Status = StatusMessage.Unbound("Esc does nothing here: there is no filter to clear; / filters the lists by item name.") },
        _ => FilterCleared(state, ItemQuery.Selected(state) ?? state.SelectedBeforeFilter),
    };

    /// <summary>The lists unfiltered, the item cursor on <paramref name="item"/> where it is listed, else on the first.</summary>
    /// <remarks>
    /// Esc on the lists keeps the item the filter led to: its row number in the filtered list names another item in the
    /// whole one. A filter that listed none, or one still typed (each key put its cursor on its first match), led
    /// nowhere: Esc goes back to the item selected before it, where the first item had taken its place.
    /// </remarks>
    private static DashboardState FilterCleared(DashboardState state, ProtectedItem? item) =>
        OnItem(state with { Filter = string.Empty, ItemCursor = 0, SelectedBeforeFilter = null }, item);

    /// <summary>The items in the next order, the cursors on the item and the timeline row they were on, as Esc keeps them when it clears the filter.</summary>
    /// <remarks>
    /// A sort changes the order, not what is selected: a cursor sent to the top put the next action (b, s, D) on
    /// another item than the one the person had chosen, and the timeline's rows follow the items' order too.
    /// </remarks>
    private static DashboardState Resorted(DashboardState state)
    {
        var sorted = OnSameItem(state, state with { Sort = (ItemSort)(((int)state.Sort + 1) % 4) });
        return state.ShowTimeline ? OnSameTimelineRow(state, sorted) : sorted;
    }

    /// <summary><paramref name="after"/> with its item cursor on the item selected in <paramref name="before"/>, or where it was when that item isn't listed.</summary>
    private static DashboardState OnSameItem(DashboardState before, DashboardState after) => OnItem(after, ItemQuery.Selected(before));

    /// <summary><paramref name="state"/> with its item cursor on <paramref name="item"/>, or where it was when that item isn't listed.</summary>
    private static DashboardState OnItem(DashboardState state, ProtectedItem? item)
    {
        var items = ItemQuery.Items(state);
        for (var row = 0; row < items.Count; row++)
        {
            if (ReferenceEquals(items[row], item))
            {
                return state with { ItemCursor = row };
            }
        }

        return state;
    }

    /// <summary>The timeline in place of the job list, its cursor on the selected item's newest job (<see cref="TimelineRows.NewestOfSelected"/>), which its window shows at its foot.</summary>
    internal static DashboardState WithTimeline(DashboardState state)
    {
        var timeline = state with { ShowTimeline = true };
        return timeline with { JobCursor = TimelineRows.NewestOfSelected(timeline), Tops = state.Tops with { Jobs = 0 } };
    }

    /// <summary><paramref name="after"/> with the timeline's cursor on the job (or the job-less item) it was on in <paramref name="before"/>, whose rows list the same items in another order.</summary>
    private static DashboardState OnSameTimelineRow(DashboardState before, DashboardState after)
    {
        var (items, byItem) = (ItemQuery.Items(before), JobQuery.BackupsByItem(before));
        var rows = TimelineRows.Count(items, byItem);
        if (rows == 0)
        {
            return after;
        }

        var (itemIndex, job) = TimelineRows.At(items, byItem, Math.Clamp(before.JobCursor, 0, rows - 1));
        var now = ItemQuery.Items(after);
        for (var i = 0; i < now.Count; i++)
        {
            if (ReferenceEquals(now[i], items[itemIndex]))
            {
                return after with { JobCursor = TimelineRows.RowOf(now, JobQuery.BackupsByItem(after), i, job) };
            }
        }

        return after;
    }

    private static DashboardState Edit(DashboardState state, Func<string, string> edit)
    {
        if (state.Overlay is not PromptOverlay prompt)
        {
            return state;
        }

        var input = edit(prompt.Input);
        var edited = state with { Overlay = prompt with { Input = input } };
        if (prompt.Kind != PromptKind.Filter)
        {
            return edited;
        }

        // Erased whole, the filter is cleared as Esc clears it: back on the item selected before it, not the first.
        var filtered = edited with { Filter = input, ItemCursor = 0, JobCursor = 0 };
        return input.Length == 0 ? OnItem(filtered, state.SelectedBeforeFilter) : filtered;
    }
}
