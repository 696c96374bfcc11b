using System.Globalization;
using Simulator.Core.Protection;
using Simulator.Core.Vaults;

namespace Simulator.Tui.Dashboard.Views;

/// <summary>The vaults: redundancy and how many items are in each protection state.</summary>
internal static class VaultsView
{
    private static readonly Column[] Columns =
    [
        new("Vault", 22),
        new("Region", 12, DropOrder: 2),
        new("Redundancy", 16, DropOrder: 1),
        new("Items", 6),
        new("By state", 12, Flex: true),
    ];

    // Beyond these a name or region is cut rather than pushing the counts off a narrow screen.
    private const int WidestName = 40;
    private const int WidestRegion = 20;

    public static void Add(Frame frame, DashboardState state, int rows)
    {
        var vaults = state.World.Simulation.Vaults;
        var focused = state.Focus == Pane.Vaults;
        frame.Title(string.Create(CultureInfo.InvariantCulture, $"Vaults ({vaults.Count})"), focused);
        var window = ScrollWindow.Of(state.VaultCursor, vaults.Count, rows);
        var columns = FittedTo(vaults, window);
        var widths = Column.Fit(columns, frame.Width - 2);
        ListRows.Header(frame, columns, widths);
        for (var i = window.First; i < window.First + window.Count; i++)
        {
            var vault = vaults[i];
            var line = ListRows.Gutter(frame, focused && i == window.Cursor);
            line.Cell(vault.Name.Value, widths[0], focused && i == window.Cursor ? Palette.Selected : null)
                .Cell(vault.Region, widths[1])
                .Cell(vault.StorageRedundancy.ToString(), widths[2])
                .Cell(vault.Items.Count.ToString(CultureInfo.InvariantCulture), widths[3], alignRight: true)
                .Cell(CountByState(vault.Items), widths[4]);
            frame.Add(line);
        }
    }

    /// <summary>The name and region columns as wide as the vaults on screen need, so that "australiaeast" is not cut.</summary>
    private static Column[] FittedTo(IReadOnlyList<Vault> vaults, ScrollWindow window)
    {
        var (longestName, longestRegion) = (0, 0);
        for (var i = window.First; i < window.First + window.Count; i++)
        {
            longestName = Math.Max(longestName, vaults[i].Name.Value.Length);
            longestRegion = Math.Max(longestRegion, vaults[i].Region.Length);
        }

        var columns = (Column[])Columns.Clone();
        columns[0] = Columns[0].FittedTo(longestName, WidestName);
        columns[1] = Columns[1].FittedTo(longestRegion, WidestRegion);
        return columns;
    }

    private static string CountByState(IReadOnlyList<ProtectedItem> items)
    {
        var counts = new int[Enum.GetValues<ProtectionState>().Length];
        var softDeleted = 0;
        foreach (var item in items)
        {
            if (item.DeleteState == DeleteState.ToBeDeleted)
            {
                softDeleted++;
            }
            else
            {
                counts[(int)item.State]++;
            }
        }

        var parts = Enum.GetValues<ProtectionState>().Where(s => counts[(int)s] > 0).Select(s => string.Create(CultureInfo.InvariantCulture, $"{counts[(int)s]} {s}")).ToList();
        if (softDeleted > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{softDeleted} Soft-deleted"));
        }

        return parts.Count == 0 ? "no items" : string.Join(" · ", parts);
    }
}
