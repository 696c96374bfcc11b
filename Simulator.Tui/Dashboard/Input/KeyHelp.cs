namespace Simulator.Tui.Dashboard.Input;

/// <summary>What the keys do in the current mode, found by asking the key map about every known key.</summary>
internal static class KeyHelp
{
    /// <summary>The commands that work now, each with its keys, in the catalogue's order.</summary>
    public static IReadOnlyList<(IReadOnlyList<string> Keys, CommandKind Command)> Bindings(DashboardState state)
    {
        var bindings = new List<(List<string> Keys, CommandKind Command)>();
        foreach (var (label, key) in KeyCatalog.Keys)
        {
            if (KeyMap.Map(state, key) is not { } command || command.Kind == CommandKind.Type)
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

    /// <summary>A short word for the footer.</summary>
    public static string Short(CommandKind command) => command switch
    {
        CommandKind.Quit => "quit",
        CommandKind.TogglePause => "pause",
        CommandKind.Faster => "faster",
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
        CommandKind.BackupNow => "backup now",
        CommandKind.StopProtection => "stop",
        CommandKind.ResumeProtection => "resume",
        CommandKind.ChangePolicy => "policy",
        CommandKind.DeleteBackupData => "delete data",
        CommandKind.Undelete => "undelete",
        CommandKind.DeleteVm => "delete VM",
        CommandKind.TogglePower => "power",
        CommandKind.ToggleAgent => "agent",
        CommandKind.CancelJob => "cancel job",
        CommandKind.Accept => "confirm",
        CommandKind.Erase => "erase",
        _ => command.ToString(),
    };

    /// <summary>A sentence for the help screen.</summary>
    public static string Describe(CommandKind command) => command switch
    {
        CommandKind.Quit => "Quit and restore the terminal",
        CommandKind.TogglePause => "Pause or resume the clock",
        CommandKind.Faster => "Faster: 1×, 1 min/s, 10 min/s, 1 h/s, 1 day/s",
        CommandKind.Slower => "Slower",
        CommandKind.NextEvent => "Step to the next event",
        CommandKind.GoToTime => "Go to a time (ISO 8601, local time, or +offset from the start)",
        CommandKind.NextPane => "Next pane",
        CommandKind.PreviousPane => "Previous pane",
        CommandKind.Open => "Open the item: recovery points, next runs, timeline",
        CommandKind.Back => "Back, close, or clear the filter",
        CommandKind.Filter => "Filter items and jobs by item name",
        CommandKind.Help => "This help",
        CommandKind.CycleJobFilter => "Jobs: All, In progress, Failed",
        CommandKind.CycleSort => "Sort items: name, state, last backup, latest restore point",
        CommandKind.ToggleTimeline => "Show the timeline instead of the job list",
        CommandKind.BackupNow => "Backup now (asks for retain-until)",
        CommandKind.StopProtection => "Stop protection: retain forever, as per policy, or delete data",
        CommandKind.ResumeProtection => "Resume protection with a chosen policy",
        CommandKind.ChangePolicy => "Switch the item to another policy",
        CommandKind.DeleteBackupData => "Delete backup data (type the item's name)",
        CommandKind.Undelete => "Undelete soft-deleted backup data",
        CommandKind.DeleteVm => "Fault: delete the VM (type its name)",
        CommandKind.TogglePower => "Fault: deallocate or start the VM",
        CommandKind.ToggleAgent => "Fault: break or repair the VM agent",
        CommandKind.CancelJob => "Cancel the job (only while it takes its snapshot)",
        CommandKind.Accept => "Confirm",
        _ => $"Move {Short(command)}",
    };
}
