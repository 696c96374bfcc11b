using System.Globalization;
using Spectre.Console;

namespace Simulator.Tui.Dashboard.Views;

/// <summary>The protected items of the selected vault; only the rows on screen are built.</summary>
/// <remarks>
/// The name and last-backup columns are as wide as what the rows on screen hold (within bounds), so a long name or the
/// portal's longest status is read whole where the window allows: other columns give way first, then the name (cut in
/// its middle) down to <see cref="LeastName"/>, and only then the status.
/// </remarks>
internal static class ItemsView
{
    private const int NameColumn = 0;
    private const int ProtectionColumn = 2;
    private const int LastBackupColumn = 3;
    private const int LatestPointColumn = 4;
    private const int PolicyColumn = 5;

    /// <summary>The fewest cells a name gives way to the status down to.</summary>
    /// <remarks>
    /// Fourteen keep a fleet's names apart by their ends ("vm-con…tend-02") and leave the portal's longest status
    /// ("Warning (Initial backup pending)") whole at 60 columns beside a short state. The status cut first read
    /// "Warning (Initial b…", which no name, however whole, made up for.
    /// </remarks>
    private const int LeastName = 14;

    /// <summary>The widest a name's column grows to; the timeline's names grow as far.</summary>
    internal const int WidestName = 40;

    private static readonly Column[] Columns =
    [
        new("Name", 12, Flex: true),
        new("Type", 8, DropOrder: 1),
        new("Protection", 17),
        new("Last backup", 11),
        new("Latest point", 12, DropOrder: 4),
        new("Policy", 14, DropOrder: 3),
        new("Health", 12, DropOrder: 2),
    ];

    public static void Add(Frame frame, DashboardState state, int rows)
    {
        var items = ItemQuery.Items(state);
        var focused = state.Focus == Pane.Items;
        var filter = state.Filter.Length > 0 ? $" · filter '{state.Filter}'" : string.Empty;
        var sort = $" · sort: {SortLabel(state.Sort)}";
        var times = $" · {TimeText.ListZone(state.World.Start, state.World.DisplayZone)}";
        var count = string.Create(CultureInfo.InvariantCulture, $"({items.Count})");

        // At 60 columns a longer sort, or a filter, cut the zone the list's times are in ("times Europe/Ams…"): the
        // pane's name gives way first, then the sort, whose order the rows show; the filter says why rows are missing.
        string[] titles = [$"Protected items {count}{sort}{filter}{times}", $"Items {count}{sort}{filter}{times}", $"Items {count}{filter}{times}"];
        frame.Title(titles.FirstOrDefault(title => Frame.TitleFits(title, frame.Width)) ?? titles[^1], focused);
        var zone = state.World.DisplayZone;
        var window = ListRows.Window(state.ItemCursor, items.Count, rows, state.Tops.Items);
        frame.Shown = frame.Shown with { Items = window.First, Pages = frame.Shown.Pages with { Items = window.Count } };
        var (columns, widths) = Fit(items, window, frame.Width - 2, state.Sort);
        ListRows.Header(frame, columns, widths);
        for (var i = window.First; i < window.First + window.Count; i++)
        {
            var item = items[i];
            var cursor = focused && i == window.Cursor;
            var line = ListRows.Gutter(frame, cursor)
                .NameCell(item.Name, widths[0], cursor ? Palette.Selected : null)
                .Cell(Labels.Of(item.DataSource.Type), widths[1])
                .Cell(Labels.StateOf(item), widths[2], Palette.Of(item.State))
                .Cell(Labels.LastBackupOf(item), widths[3], Palette.LastBackupOf(item))
                .Cell(TimeText.LocalNear(item.LatestRecoveryPointTime, state.World.Now, zone), widths[4])
                .Cell(Labels.PolicyOf(item), widths[5])
                .Cell(Labels.HealthOf(item), widths[6], Palette.HealthOf(item));
            frame.Add(line);
        }

        ListRows.More(frame, window, items.Count, rows);
        if (items.Count == 0)
        {
            frame.AddWrapped(NoneListed(state), Palette.Dim, rows);
        }
    }

    /// <summary>Why no item is listed: the filter, or a vault that protects nothing; the timeline, whose rows are the listed items, says it too.</summary>
    internal static string NoneListed(DashboardState state) => state.Filter.Length > 0 ? NoneMatch(state) : "No protected items.";

    /// <summary>Why a filter shows no item: the list is the selected vault's, so with several vaults it names it, and the vaults that have one.</summary>
    /// <remarks>"No item name contains 'neu-05'" read as if no vault had it, where another vault's db-neu-05 did.</remarks>
    private static string NoneMatch(DashboardState state)
    {
        var vaults = state.World.Simulation.Vaults;
        if (vaults.Count < 2 || ItemQuery.SelectedVault(state) is not { } selected)
        {
            return $"No item name contains '{state.Filter}'. Esc clears the filter.";
        }

        var others = vaults.Where(vault => vault != selected)
            .Select(vault => (vault.Name, Count: vault.Items.Count(item => ItemQuery.Matches(state, item.Name))))
            .Where(other => other.Count > 0)
            .ToList();
        return others.Count switch
        {
            0 => $"No item in any vault contains '{state.Filter}'. Esc clears the filter.",
            1 => string.Create(CultureInfo.InvariantCulture, $"No item in {selected.Name} contains '{state.Filter}'; {others[0].Name} has {others[0].Count}."),
            _ => string.Create(CultureInfo.InvariantCulture, $"No item in {selected.Name} contains '{state.Filter}'; {others.Count} other vaults have {others.Sum(o => o.Count)}."),
        };
    }

    /// <summary>The sort as the header of the column it orders by, so the title names what the list shows.</summary>
    private static string SortLabel(ItemSort sort) => sort switch
    {
        ItemSort.ProtectionState => Columns[2].Header,
        ItemSort.LastBackupStatus => Columns[LastBackupColumn].Header,
        ItemSort.LatestRestorePoint => Columns[LatestPointColumn].Header,
        _ => Columns[NameColumn].Header,
    };

    /// <remarks>
    /// The column the list is sorted by stays: "sort: Latest point" over rows without their latest point (at 80 columns
    /// a fleet's names left room for the type, which came back in its place) showed an order no one could check.
    /// </remarks>
    private static (Column[] Columns, int[] Widths) Fit(IReadOnlyList<Core.Protection.ProtectedItem> items, ScrollWindow window, int width, ItemSort sort)
    {
        var (longestName, longestState, longestStatus, longestPolicy) = (0, 0, 0, 0);
        for (var i = window.First; i < window.First + window.Count; i++)
        {
            longestName = Math.Max(longestName, items[i].Name.GetCellWidth());
            longestState = Math.Max(longestState, Labels.StateOf(items[i]).Length);
            longestStatus = Math.Max(longestStatus, Labels.LastBackupOf(items[i]).Length);
            longestPolicy = Math.Max(longestPolicy, Labels.PolicyOf(items[i]).Length);
        }

        var columns = (Column[])Columns.Clone();
        columns[NameColumn] = Columns[NameColumn].FittedTo(longestName, WidestName);
        columns[LastBackupColumn] = Columns[LastBackupColumn].FittedTo(longestStatus);
        if (sort == ItemSort.LatestRestorePoint)
        {
            columns[LatestPointColumn] = columns[LatestPointColumn] with { DropOrder = 0 };
        }

        // With every column that may go gone, the name is what gave way. It gets back first the cells the protection
        // column keeps for states not on screen ("ProtectionStopped"), then, from the status, what it lacks of its least.
        var widths = Column.Fit(columns, width);
        Column.Lend(widths, ProtectionColumn, NameColumn, columns[NameColumn].Width, Math.Max(Columns[ProtectionColumn].Header.Length, longestState));
        Column.Lend(widths, LastBackupColumn, NameColumn, Math.Min(LeastName, columns[NameColumn].Width), Columns[LastBackupColumn].Width);

        // Room left at the row's end goes to a policy name its column would cut ("Daily10-Resav…" with columns to spare).
        var left = width - (widths.Sum() + widths.Count(w => w > 0) - 1);
        if (widths[PolicyColumn] > 0 && left > 0 && longestPolicy > widths[PolicyColumn])
        {
            widths[PolicyColumn] += Math.Min(left, longestPolicy - widths[PolicyColumn]);
        }

        return (columns, widths);
    }
}
