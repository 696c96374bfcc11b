using Simulator.Core.DataSources;

namespace Simulator.Tui.Dashboard.Input;

/// <summary>The keys help lists: every key of the screen, those that work only elsewhere on it under the way there.</summary>
internal static partial class KeyHelp
{
    /// <summary>The keys that work here, then, in groups headed by the way there, those that work on the same screen once
    /// another pane has the focus, a VM's item is selected or the job list shows in place of the timeline.</summary>
    /// <remarks>
    /// The footer offers only the focus's keys; help is where a person looks for the rest ("? lists them all"). Each
    /// key is asked of the key map in each of those places, so help never lists a key that does nothing on the screen
    /// nor leaves out one that works, and a key shows once, in the first place it works: here if it works here.
    /// </remarks>
    public static IReadOnlyList<(string? Way, IReadOnlyList<(IReadOnlyList<string> Keys, CommandKind Command)> Bindings)> ForHelp(DashboardState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var here = Bindings(state);
        var groups = new List<(string?, IReadOnlyList<(IReadOnlyList<string>, CommandKind)>)> { (null, here) };
        var listed = here.Select(b => b.Command).ToHashSet();
        foreach (var (there, way) in Elsewhere(state))
        {
            var more = Bindings(there).Where(b => listed.Add(b.Command)).ToList();
            if (more.Count > 0)
            {
                groups.Add((way, more));
            }
        }

        return groups;
    }

    /// <summary>The other places of the main screen a key may work in, each with the way there in a few words.</summary>
    /// <remarks>The panes in Tab's order, as the status line names them for a key pressed in the wrong one.</remarks>
    private static IEnumerable<(DashboardState There, string Way)> Elsewhere(DashboardState state)
    {
        if (state.Mode != InputMode.Main)
        {
            yield break;
        }

        foreach (var pane in Enum.GetValues<Pane>().Where(pane => pane != state.Focus))
        {
            // Tab moves the focus to the next pane, ← to the previous: "Tab" alone sent a person from the items away from the vaults.
            var key = pane == state.Focus.Next() ? "Tab" : "←";
            yield return (state with { Focus = pane }, $"On {PaneName(pane, state)} ({key} to {(pane == Pane.Jobs && state.ShowTimeline ? "it" : "them")})");
        }

        // The VM faults are left out on a MARS server (FitsSelection); they work on the VMs listed with it.
        var items = ItemQuery.Items(state);
        if (ItemQuery.Selected(state)?.DataSource is not AzureVm && FirstVm(items) is var vm and >= 0)
        {
            yield return (state with { Focus = Pane.Items, ItemCursor = vm }, "On an Azure VM's item (↑/↓ to one)");
        }

        if (state.ShowTimeline)
        {
            yield return (state with { ShowTimeline = false }, "On the job list (t to it)");
        }
    }

    private static int FirstVm(IReadOnlyList<Simulator.Core.Protection.ProtectedItem> items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].DataSource is AzureVm)
            {
                return i;
            }
        }

        return -1;
    }

    private static string PaneName(Pane pane, DashboardState state) => pane switch
    {
        Pane.Vaults => "the vaults",
        Pane.Items => "the protected items",
        _ => state.ShowTimeline ? "the timeline" : "the jobs",
    };
}
