using System.Globalization;

namespace Simulator.Tui.Dashboard.Views;

/// <summary>The protected items of the selected vault; only the rows on screen are built.</summary>
internal static class ItemsView
{
    private static readonly Column[] Columns =
    [
        new("Name", 12, Flex: true),
        new("Type", 8, DropOrder: 1),
        new("Protection", 17),
        new("Last backup", 25),
        new("Latest point", 12, DropOrder: 4),
        new("Policy", 14, DropOrder: 3),
        new("Health", 12, DropOrder: 2),
    ];

    public static void Add(Frame frame, DashboardState state, int rows)
    {
        var items = ItemQuery.Items(state);
        var focused = state.Focus == Pane.Items;
        var filter = state.Filter.Length > 0 ? $" · filter '{state.Filter}'" : string.Empty;
        frame.Title(string.Create(CultureInfo.InvariantCulture, $"Protected items ({items.Count}) · sort: {state.Sort}{filter}"), focused);
        var widths = Column.Fit(Columns, frame.Width - 2);
        ListRows.Header(frame, Columns, widths);
        var zone = state.World.DisplayZone;
        var window = ScrollWindow.Of(state.ItemCursor, items.Count, rows);
        for (var i = window.First; i < window.First + window.Count; i++)
        {
            var item = items[i];
            var cursor = focused && i == window.Cursor;
            var line = ListRows.Gutter(frame, cursor)
                .Cell(item.Name, widths[0], cursor ? Palette.Selected : null)
                .Cell(Labels.Of(item.DataSource.Type), widths[1])
                .Cell(Labels.StateOf(item), widths[2], Palette.Of(item.State))
                .Cell(Labels.LastBackupOf(item), widths[3], Palette.LastBackupOf(item))
                .Cell(TimeText.Local(item.LatestRecoveryPoint?.Time, zone), widths[4])
                .Cell(Labels.PolicyOf(item), widths[5])
                .Cell(item.Health.ToString(), widths[6], Palette.Of(item.Health));
            frame.Add(line);
        }

        if (items.Count == 0)
        {
            frame.Add(state.Filter.Length > 0 ? $"  No item name contains '{state.Filter}'. Esc clears the filter." : "  No protected items.", Palette.Dim);
        }
    }
}
