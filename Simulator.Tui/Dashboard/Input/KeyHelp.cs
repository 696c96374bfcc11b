using Simulator.Core.DataSources;

namespace Simulator.Tui.Dashboard.Input;

/// <summary>What the keys do in the current mode, found by asking the key map about every known key.</summary>
internal static partial class KeyHelp
{
    /// <summary>The commands that work now, each with its keys, in the catalogue's order.</summary>
    public static IReadOnlyList<(IReadOnlyList<string> Keys, CommandKind Command)> Bindings(DashboardState state)
    {
        var bindings = new List<(List<string> Keys, CommandKind Command)>();
        foreach (var (label, key) in KeyCatalog.Keys)
        {
            if (KeyMap.Map(state, key) is not { } command || command.Kind is CommandKind.Type or CommandKind.Unbound || !FitsSelection(state, command.Kind)
                || ClearsNothing(state, command.Kind))
            {
                continue;
            }

            var index = bindings.FindIndex(b => b.Command == command.Kind);
            if (index < 0)
            {
                bindings.Add(([label], command.Kind));
            }
            else if (!bindings[index].Keys.Contains(label))
            {
                bindings[index].Keys.Add(label);
            }
        }

        return bindings.Select(b => ((IReadOnlyList<string>)b.Keys, b.Command)).ToList();
    }

    /// <summary>The keys that answer here in the footer's words, but quitting and suspending, which work everywhere: "Enter confirm, Esc cancel, Bksp erase".</summary>
    /// <remarks>What a prompt says of a key it ignores; from the same bindings and words as the footer, so the two never differ.</remarks>
    public static string Answers(DashboardState state) =>
        string.Join(", ", Bindings(state).Where(b => b.Command is not (CommandKind.Quit or CommandKind.Suspend)).Select(b => $"{string.Join('/', b.Keys)} {Short(b.Command, state)}"));

    /// <summary>False for a VM fault while the selected item is no Azure VM (a MARS server), or for re-creating a deleted VM while no VM is deleted: it could not apply.</summary>
    /// <remarks>
    /// Its key still answers, with the controller's reason; it is only not offered. X on the vault list is left out
    /// of help until a VM is deleted, so that the help of a world with none still fits an 80×24 window whole.
    /// </remarks>
    private static bool FitsSelection(DashboardState state, CommandKind command) => command switch
    {
        CommandKind.DeleteVm or CommandKind.RecreateVm or CommandKind.TogglePower or CommandKind.ToggleAgent => ItemQuery.Selected(state)?.DataSource is AzureVm,
        CommandKind.RecreateDeletedVm => ActionRefusals.AnyDeletedVm(state.World),
        _ => true,
    };

    /// <summary>True for Esc on the lists with no filter on: it would clear the filter, and there is none.</summary>
    /// <remarks>Its key still answers (it says there is no filter to clear); the footer and help both leave it out, by this one rule.</remarks>
    private static bool ClearsNothing(DashboardState state, CommandKind command) =>
        command == CommandKind.Back && state.Mode == InputMode.Main && state.Filter.Length == 0;

    /// <summary>A short word for the footer, in the words the screen above it uses for the same key.</summary>
    /// <remarks>
    /// Esc cancels a menu or a confirmation (as their hints say), closes help (as its title says), clears the filter
    /// as it is typed and on the lists (as the prompt and the empty list say), and goes back from an item's detail.
    /// t names where it goes: the timeline, or back to the job list from it.
    /// </remarks>
    public static string Short(CommandKind command, DashboardState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return (command, state) switch
        {
            (CommandKind.Back, { Overlay: HelpOverlay }) => "close",
            (CommandKind.Back, { Overlay: PromptOverlay { Kind: PromptKind.Filter } }) => "clear",
            (CommandKind.Back, { Overlay: not null }) => "cancel",
            (CommandKind.Back, { ShowLog: true }) => "back",
            (CommandKind.Back, { OpenItem: null }) => "clear filter",
            (CommandKind.Accept, { Overlay: PromptOverlay { Kind: PromptKind.Filter } }) => "keep",
            (CommandKind.ToggleTimeline, { ShowTimeline: true }) => "job list",
            (CommandKind.TogglePause, { Paused: true }) => "play",
            _ => Word(command),
        };
    }

    private static string Word(CommandKind command) => command switch
    {
        CommandKind.Quit => "quit",
        CommandKind.Suspend => "suspend",
        CommandKind.TogglePause => "pause",

        // The footer offers + and - together, as one speed key.
        CommandKind.Faster => "speed",
        CommandKind.Slower => "slower",
        CommandKind.NextEvent => "next event",
        CommandKind.GoToTime => "go to",
        CommandKind.Up => "up",
        CommandKind.Down => "down",
        CommandKind.PageUp => "page up",
        CommandKind.PageDown => "page down",
        CommandKind.Top => "top",
        CommandKind.Bottom => "bottom",
        CommandKind.NextPane => "pane",
        CommandKind.PreviousPane => "back pane",
        CommandKind.Open => "open",
        CommandKind.Back => "back",
        CommandKind.Filter => "filter",
        CommandKind.Help => "help",
        CommandKind.CycleJobFilter => "jobs filter",
        CommandKind.CycleSort => "sort",
        CommandKind.ToggleTimeline => "timeline",
        CommandKind.ShowLog => "log",
        CommandKind.ConfigureProtection => "+ Backup",
        CommandKind.BackupNow => "backup now",
        CommandKind.StopProtection => "stop",
        CommandKind.ResumeProtection => "resume",
        CommandKind.ChangePolicy => "policy",
        CommandKind.DeleteBackupData => "delete data",
        CommandKind.Undelete => "undelete",
        CommandKind.DeleteVm => "delete VM",
        CommandKind.RecreateVm or CommandKind.RecreateDeletedVm => "re-create VM",
        CommandKind.TogglePower => "power",
        CommandKind.ToggleAgent => "agent",
        // Only the job list and the timeline take c, on the job under the cursor: "job" is said by where it stands,
        // and the room it took left the job list's t off an 80-column footer.
        CommandKind.CancelJob => "cancel",
        CommandKind.Accept => "confirm",
        CommandKind.Erase => "erase",
        _ => command.ToString(),
    };

    /// <summary>A sentence for the help screen opened on <paramref name="under"/>.</summary>
    public static string Describe(CommandKind command, InputMode under) => command switch
    {
        // In the detail Esc only closes the item; the filter stays, and the lists come back filtered.
        CommandKind.Back when under == InputMode.Detail => "Back to the lists",
        CommandKind.Back when under == InputMode.Log => "Back to where it was opened",
        CommandKind.Up or CommandKind.Down or CommandKind.PageUp or CommandKind.PageDown when under == InputMode.Log => $"Scroll {Word(command)}",
        CommandKind.Top when under == InputMode.Log => "Scroll to the oldest event",
        CommandKind.Bottom when under == InputMode.Log => "Newest, following new ones",
        CommandKind.ConfigureProtection when under == InputMode.Detail => "+ Backup in this item's vault",
        CommandKind.Quit => "Quit, restoring the terminal",
        CommandKind.Suspend => "Suspend to the shell (fg)",
        CommandKind.TogglePause => "Pause or resume the clock",
        CommandKind.Faster => "Faster, up to 1 day/s",
        CommandKind.Slower => "Slower, down to 1×",
        CommandKind.NextEvent => "Step to the next event",
        CommandKind.GoToTime => "Go to a time, or +offset",
        CommandKind.NextPane => "Next pane",
        CommandKind.PreviousPane => "Previous pane",
        CommandKind.Open => "Open: points, runs, timeline",
        CommandKind.Back => "Clear the filter",
        CommandKind.Filter => "Filter by item name",
        CommandKind.Help => "This help",
        CommandKind.CycleJobFilter => "Jobs: all/in progress/failed",
        CommandKind.CycleSort => "Sort the items",
        CommandKind.ToggleTimeline => "Timeline or job list",
        CommandKind.ShowLog => "Event log, full screen",
        CommandKind.ConfigureProtection => "+ Backup a VM or server",
        CommandKind.BackupNow => "Backup now, retain until…",
        CommandKind.StopProtection => "Stop protection (3 ways)",
        CommandKind.ResumeProtection => "Resume with a policy",
        CommandKind.ChangePolicy => "Change policy",
        CommandKind.DeleteBackupData => "Delete backup data",
        CommandKind.Undelete => "Undelete soft-deleted data",
        CommandKind.DeleteVm => "Fault: delete the VM",
        CommandKind.RecreateVm => "Fault: re-create the VM",
        CommandKind.RecreateDeletedVm => "Fault: re-create deleted VM",
        CommandKind.TogglePower => "Fault: deallocate/start VM",
        CommandKind.ToggleAgent => "Fault: break/repair agent",
        // A VM's job is cancelled only during its snapshot, a MARS job during its transfer, its one phase (D11).
        CommandKind.CancelJob => "Cancel job (VM: in snapshot)",
        CommandKind.Accept => "Confirm",
        _ => $"Move {Word(command)}",
    };
}
