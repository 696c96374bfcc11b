using Spectre.Console;

namespace Simulator.Tui.Dashboard.Views;

/// <summary>The parts every list shares: the column header and the cursor gutter.</summary>
internal static class ListRows
{
    public static void Header(Frame frame, IReadOnlyList<Column> columns, int[] widths)
    {
        var line = frame.NewLine().Add("  ");
        for (var i = 0; i < columns.Count; i++)
        {
            line.Cell(columns[i].Header, widths[i], Palette.ColumnHeader);
        }

        frame.Add(line);
    }

    /// <summary>A new row with its gutter: a marker on the cursor row of the focused list, so it shows without colour too.</summary>
    public static Line Gutter(Frame frame, bool cursor) => frame.NewLine().Add(cursor ? "› " : "  ", cursor ? Palette.Key : Style.Plain);
}
