using System.Globalization;
using Simulator.Core.Vaults;

namespace Simulator.Tui.Dashboard.Views;

/// <summary>The vaults: redundancy and how many items are in each protection state.</summary>
internal static class VaultsView
{
    private static readonly Column[] Columns =
    [
        new("Vault", 12),
        new("Region", 12, DropOrder: 2),
        new("Redundancy", 10, DropOrder: 1),
        new("Items", 5),
        new("By state", 12, Flex: true),
    ];

    private const int NameColumn = 0;
    private const int CountsColumn = 4;

    // Beyond these a name or region is cut rather than pushing the counts off a narrow screen.
    private const int WidestName = 40;
    private const int WidestRegion = 20;

    public static void Add(Frame frame, DashboardState state, int rows)
    {
        var vaults = state.World.Simulation.Vaults;
        var focused = state.Focus == Pane.Vaults;
        frame.Title(string.Create(CultureInfo.InvariantCulture, $"Vaults ({vaults.Count})"), focused);
        var window = ListRows.Window(state.VaultCursor, vaults.Count, rows, state.Tops.Vaults);
        frame.Shown = frame.Shown with { Vaults = window.First, Pages = frame.Shown.Pages with { Vaults = window.Count } };
        var columns = FittedTo(vaults, window);
        var widths = Column.Fit(columns, frame.Width - 2);

        // The name gives way to the counts, down to its header's width, before a count would go unsaid: at 60 columns
        // a long name left "2 IRPending" of a vault's three items.
        var least = 0;
        for (var i = window.First; i < window.First + window.Count; i++)
        {
            least = Math.Max(least, StateCounts.LeastWidth(vaults[i].Items));
        }

        Column.Lend(widths, NameColumn, CountsColumn, least, Columns[NameColumn].Width);
        ListRows.Header(frame, columns, widths);
        for (var i = window.First; i < window.First + window.Count; i++)
        {
            var vault = vaults[i];
            // With several vaults, the one whose items and jobs the lists show stays marked once the focus has left the
            // vaults: the fleet's two vaults' items read alike, and nothing else on screen said whose they were.
            var line = !focused && vaults.Count > 1 && i == window.Cursor ? ListRows.Chosen(frame) : ListRows.Gutter(frame, focused && i == window.Cursor);
            line.NameCell(vault.Name.Value, widths[0], focused && i == window.Cursor ? Palette.Selected : null)
                .Cell(vault.Region, widths[1])
                .Cell(vault.StorageRedundancy.ToString(), widths[2])
                .Cell(vault.Items.Count.ToString(CultureInfo.InvariantCulture), widths[3], alignRight: true)
                .Cell(StateCounts.Text(vault.Items, widths[4]), widths[4]);
            frame.Add(line);
        }

        ListRows.More(frame, window, vaults.Count, rows);
    }

    /// <summary>The name, region and redundancy columns as wide as the vaults on screen need, so that "australiaeast" is not cut, and the rest goes to the counts.</summary>
    /// <remarks>
    /// The counts are what a person scans the vaults for, so they ask for the room to show each of them in its short
    /// words, and the redundancy, then the region, give way to them: at 60 columns "2 IRPending · 46 Protected" read
    /// "2 IRPending" alone, the 46 others unsaid, beside a region the vault's name often tells already. A long name
    /// gives way too, where the counts would otherwise leave an item uncounted (<see cref="Add"/>).
    /// </remarks>
    private static Column[] FittedTo(IReadOnlyList<Vault> vaults, ScrollWindow window)
    {
        var (longestName, longestRegion, longestRedundancy, longestCounts) = (0, 0, 0, 0);
        for (var i = window.First; i < window.First + window.Count; i++)
        {
            longestName = Math.Max(longestName, vaults[i].Name.Value.Length);
            longestRegion = Math.Max(longestRegion, vaults[i].Region.Length);
            longestRedundancy = Math.Max(longestRedundancy, vaults[i].StorageRedundancy.ToString().Length);
            longestCounts = Math.Max(longestCounts, StateCounts.WholeWidth(vaults[i].Items));
        }

        var columns = (Column[])Columns.Clone();
        columns[NameColumn] = Columns[NameColumn].FittedTo(longestName, WidestName);
        columns[1] = Columns[1].FittedTo(longestRegion, WidestRegion);
        columns[2] = Columns[2].FittedTo(longestRedundancy);
        columns[CountsColumn] = Columns[CountsColumn] with { Width = Math.Max(Columns[CountsColumn].Width, longestCounts) };
        return columns;
    }
}
