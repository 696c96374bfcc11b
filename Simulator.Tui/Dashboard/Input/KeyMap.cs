using Simulator.Core.DataSources;

namespace Simulator.Tui.Dashboard.Input;

/// <summary>The one place keys become commands, per mode and pane.</summary>
/// <remarks>
/// Help and the footer are built by asking this map what each known key does (<see cref="KeyHelp"/>), so what the
/// screen says a key does is what it does. The VM faults stay mapped on an item that is no VM, so that their keys say
/// why they do nothing there; help and the footer leave them out. X deletes a VM that exists and re-creates one that
/// has been deleted, so that what it offers is always what the core would take.
/// </remarks>
internal static class KeyMap
{
    /// <param name="asIfPlaying">Maps the key as though the world's clock could still move, to tell a key the end turned off from one that never did anything.</param>
    public static DashboardCommand? Map(DashboardState state, ConsoleKeyInfo key, bool asIfPlaying = false)
    {
        ArgumentNullException.ThrowIfNull(state);
        var mode = state.Mode;
        var control = key.Modifiers.HasFlag(ConsoleModifiers.Control);

        // Once the scenario has ended, or on a finished run being browsed, its clock stands still and every action is
        // refused, so those keys are off (and leave the footer).
        var playing = asIfPlaying || !state.World.IsStill;
        var onItem = playing && (mode == InputMode.Detail || (mode == InputMode.Main && state.Focus == Pane.Items));
        return (mode, key.Key, key.KeyChar) switch
        {
            (_, ConsoleKey.C, _) when control => CommandKind.Quit,
            (_, ConsoleKey.Z, _) when control => CommandKind.Suspend,

            // A key reported with neither a name nor a printable character (part of a sequence the terminal driver
            // does not know) could not be named to the person, so it is left alone.
            (_, 0, var c) when char.IsControl(c) => null,

            (InputMode.TextPrompt, ConsoleKey.Enter, _) => CommandKind.Accept,
            (InputMode.TextPrompt, ConsoleKey.Escape, _) => CommandKind.Back,
            (InputMode.TextPrompt, ConsoleKey.Backspace, _) => CommandKind.Erase,
            (InputMode.TextPrompt, _, var c) when !char.IsControl(c) => new DashboardCommand(CommandKind.Type, c),
            // An arrow, Tab or F5 types nothing: it says so, as in a menu, rather than look like a prompt that hangs.
            (InputMode.TextPrompt, _, _) => DashboardCommand.Unbound(key),

            // Y and N with Caps Lock on (or Shift) answer as y and n: a confirmation that ignored them looked stuck.
            (InputMode.Confirm, ConsoleKey.Enter, _) or (InputMode.Confirm, _, 'y' or 'Y') => CommandKind.Accept,
            (InputMode.Confirm, ConsoleKey.Escape, _) or (InputMode.Confirm, _, 'n' or 'N') => CommandKind.Back,
            (InputMode.Confirm, _, _) => DashboardCommand.Unbound(key),

            // A menu's choices and help's lines move alike, each under its own cursor.
            (InputMode.Menu or InputMode.Help, ConsoleKey.UpArrow, _) or (InputMode.Menu or InputMode.Help, _, 'k') => CommandKind.Up,
            (InputMode.Menu or InputMode.Help, ConsoleKey.DownArrow, _) or (InputMode.Menu or InputMode.Help, _, 'j') => CommandKind.Down,
            (InputMode.Menu or InputMode.Help, ConsoleKey.PageUp, _) => CommandKind.PageUp,
            (InputMode.Menu or InputMode.Help, ConsoleKey.PageDown, _) => CommandKind.PageDown,
            (InputMode.Menu or InputMode.Help, ConsoleKey.Home, _) => CommandKind.Top,
            (InputMode.Menu or InputMode.Help, ConsoleKey.End, _) => CommandKind.Bottom,

            (InputMode.Menu, ConsoleKey.Enter, _) => CommandKind.Accept,
            (InputMode.Menu, ConsoleKey.Escape, _) => CommandKind.Back,
            (InputMode.Menu, _, _) => DashboardCommand.Unbound(key),

            (InputMode.Help, ConsoleKey.Escape, _) or (InputMode.Help, _, '?') => CommandKind.Back,
            (InputMode.Help, _, 'q') => CommandKind.Quit,
            (InputMode.Help, _, _) => DashboardCommand.Unbound(key),

            (_, _, 'q') => CommandKind.Quit,
            (_, ConsoleKey.Spacebar, _) when playing => CommandKind.TogglePause,
            (_, _, '+' or '=') when playing => CommandKind.Faster,
            (_, _, '-' or '_') when playing => CommandKind.Slower,
            (_, _, 'n') when playing => CommandKind.NextEvent,
            (_, _, 'g') when playing => CommandKind.GoToTime,
            (_, _, '?') => CommandKind.Help,
            // The name filter is the lists': the event log shows every event, and in an item's detail it filtered lists
            // out of sight, most likely leaving out the very item on screen.
            (InputMode.Main, _, '/') => CommandKind.Filter,
            (_, ConsoleKey.UpArrow, _) or (_, _, 'k') => CommandKind.Up,
            (_, ConsoleKey.DownArrow, _) or (_, _, 'j') => CommandKind.Down,
            (_, ConsoleKey.PageUp, _) => CommandKind.PageUp,
            (_, ConsoleKey.PageDown, _) => CommandKind.PageDown,
            (_, ConsoleKey.Home, _) => CommandKind.Top,
            (_, ConsoleKey.End, _) => CommandKind.Bottom,

            (InputMode.Detail, ConsoleKey.Escape or ConsoleKey.LeftArrow, _) or (InputMode.Detail, _, 'h') => CommandKind.Back,

            // The event log goes back as an item's detail does, and L, which opened it, closes it too, as t does the timeline.
            (InputMode.Log, ConsoleKey.Escape or ConsoleKey.LeftArrow, _) or (InputMode.Log, _, 'h' or 'L') => CommandKind.Back,
            (InputMode.Main or InputMode.Detail, _, 'L') => CommandKind.ShowLog,
            (InputMode.Main, ConsoleKey.Tab, _) when key.Modifiers.HasFlag(ConsoleModifiers.Shift) => CommandKind.PreviousPane,
            (InputMode.Main, ConsoleKey.Tab or ConsoleKey.RightArrow, _) or (InputMode.Main, _, 'l') => CommandKind.NextPane,
            (InputMode.Main, ConsoleKey.LeftArrow, _) or (InputMode.Main, _, 'h') => CommandKind.PreviousPane,
            // A job, on the job list or as a timeline row, is one of an item's jobs: Enter opens that item, as it does on the item list.
            (InputMode.Main, ConsoleKey.Enter, _) when state.Focus != Pane.Vaults => CommandKind.Open,
            (InputMode.Main, ConsoleKey.Escape, _) => CommandKind.Back,
            // The timeline shows every backup job of the listed items: the job list's filter doesn't apply to it.
            (InputMode.Main, _, 'f') when !state.ShowTimeline => CommandKind.CycleJobFilter,
            (InputMode.Main, _, 'o') => CommandKind.CycleSort,
            (InputMode.Main, _, 't') => CommandKind.ToggleTimeline,
            (InputMode.Main, _, 'c') when playing && state.Focus == Pane.Jobs => CommandKind.CancelJob,

            // "+ Backup" acts on the selected vault, which the item list shows the items of too, and in an item's detail
            // on that item's vault, which its title names.
            (InputMode.Main, _, 'e') when playing && state.Focus != Pane.Jobs => CommandKind.ConfigureProtection,
            (InputMode.Detail, _, 'e') when playing => CommandKind.ConfigureProtection,

            (_, _, 'b') when onItem => CommandKind.BackupNow,
            (_, _, 's') when onItem => CommandKind.StopProtection,
            (_, _, 'r') when onItem => CommandKind.ResumeProtection,
            (_, _, 'p') when onItem => CommandKind.ChangePolicy,
            (_, _, 'D') when onItem => CommandKind.DeleteBackupData,
            (_, _, 'u') when onItem => CommandKind.Undelete,

            // A VM whose data was purged, or that was never protected, has no item to press X on: on the vault list X
            // offers the region's deleted VMs to re-create.
            (InputMode.Main, _, 'X') when playing && state.Focus == Pane.Vaults => CommandKind.RecreateDeletedVm,

            // A deleted VM can only come back: X re-creates it there, as the footer and help then say.
            (_, _, 'X') when onItem => ItemQuery.Selected(state)?.DataSource is AzureVm { Exists: false } ? CommandKind.RecreateVm : CommandKind.DeleteVm,
            (_, _, 'v') when onItem => CommandKind.TogglePower,
            (_, _, 'a') when onItem => CommandKind.ToggleAgent,

            // Any other key says where it works, or that it works nowhere here (Enter on a vault is what a person
            // tries first): a key that does nothing visible looks like a program that hangs.
            _ => DashboardCommand.Unbound(key),
        };
    }
}
