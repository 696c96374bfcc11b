using Simulator.Tui.Dashboard.Input;

namespace Simulator.Tui.Dashboard.Views;

/// <summary>Which keys the footer offers, and which it keeps first where they don't all fit.</summary>
internal static partial class FooterView
{
    /// <summary>What an item's detail and the item list do to the item, the most used first; "+ Backup" acts on its vault, so it follows them.</summary>
    /// <remarks>
    /// Resume is offered only on a stopped item, whose stop can only delete its data (as D does): there it comes first,
    /// where 60 columns otherwise offered a stopped item "s stop" and no resume.
    /// </remarks>
    private static readonly CommandKind[] ItemActions =
    [
        CommandKind.BackupNow, CommandKind.ResumeProtection, CommandKind.StopProtection, CommandKind.ChangePolicy, CommandKind.DeleteBackupData,
        CommandKind.Undelete, CommandKind.ConfigureProtection, CommandKind.DeleteVm, CommandKind.RecreateVm, CommandKind.TogglePower, CommandKind.ToggleAgent,
    ];

    /// <summary>The keys that work whatever has the focus, the most needed first.</summary>
    /// <remarks>Esc is among them only on the lists with a filter on, where it clears it. The event log comes last: it
    /// gives way first where a line is short, as at 80 columns, and help lists it.</remarks>
    private static readonly CommandKind[] Everywhere =
    [
        CommandKind.TogglePause, CommandKind.NextPane, CommandKind.Back, CommandKind.Faster, CommandKind.NextEvent, CommandKind.GoToTime,
        CommandKind.Filter, CommandKind.CycleSort, CommandKind.CycleJobFilter, CommandKind.ToggleTimeline, CommandKind.ShowLog,
    ];

    /// <summary>The keys that come before every key of the focus but its first: without them the clock can't be stopped, nor the focus moved.</summary>
    private static readonly CommandKind[] Essential = [CommandKind.TogglePause, CommandKind.NextPane, CommandKind.Back];

    /// <summary>Movement is what a person tries first with no reminder; the second key of speed shares the first's hint ("+/- speed").</summary>
    private static readonly CommandKind[] Unoffered =
        [CommandKind.Up, CommandKind.Down, CommandKind.PageUp, CommandKind.PageDown, CommandKind.Top, CommandKind.Bottom, CommandKind.PreviousPane, CommandKind.Slower,
            CommandKind.Suspend];

    /// <summary>Whether the footer offers <paramref name="command"/>, whose key works here.</summary>
    /// <remarks>
    /// An action the core would refuse whatever is then chosen is left out, as the portal greys it out: so the item
    /// actions change with the item under the cursor. Its key still answers with the core's reason, and help lists it.
    /// An empty list (or timeline) offers no Enter, nor a job whose item's data was purged: there is nothing to open.
    /// Esc with no filter on the lists is left out by the key help itself, for help too.
    /// </remarks>
    private static bool Offered(DashboardState state, CommandKind command) =>
        !Unoffered.Contains(command)
        && !(command == CommandKind.Open && ItemQuery.ToOpen(state) is null)
        && !ActionRefusals.RefusedWhateverChosen(state, command);

    /// <summary>The keys of what has the focus, the most needed first.</summary>
    /// <remarks>
    /// On the job list (and the timeline) t comes before cancel: it is the one way between the two views, always
    /// offered, where cancel is offered only while the selected job takes its snapshot. So 80 columns with a filter on
    /// (whose Esc comes first) still offer it, and 60 columns offer it beside Enter.
    /// </remarks>
    private static CommandKind[] Here(DashboardState state) => state.Mode switch
    {
        InputMode.Detail => [CommandKind.Back, .. ItemActions],
        InputMode.Log => [CommandKind.Back],
        InputMode.Main => state.Focus switch
        {
            Pane.Vaults => [CommandKind.ConfigureProtection, CommandKind.RecreateDeletedVm],
            Pane.Items => [CommandKind.Open, .. ItemActions],
            _ => [CommandKind.Open, CommandKind.ToggleTimeline, CommandKind.CancelJob, CommandKind.CycleJobFilter],
        },
        _ => [CommandKind.Accept, CommandKind.Back, CommandKind.Erase],
    };

    private static int Rank(CommandKind command) => Array.IndexOf(Everywhere, command) is var rank and >= 0 ? rank : Everywhere.Length;

    /// <summary>One line's order of need: the focus's first key, then pausing and moving the focus, then the focus's other keys, then the rest.</summary>
    private static IEnumerable<Hint> Importance(List<Hint> here, List<Hint> everywhere) =>
    [
        .. here.Take(1),
        .. everywhere.Where(h => Essential.Contains(h.Command)),
        .. here.Skip(1),
        .. everywhere.Where(h => !Essential.Contains(h.Command)),
    ];
}
