using Spectre.Console;

namespace Simulator.Tui.Dashboard.Views;

/// <summary>The parts every list shares: the column header, the cursor gutter, and the line that says rows are left out.</summary>
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

    /// <summary>A new row with the mark of a list's chosen row while another list has the focus: '•', so the focused list's '›' stays the one cursor on screen.</summary>
    public static Line Chosen(Frame frame) => frame.NewLine().Add("• ", Palette.Dim);

    /// <summary>The fewest lines a list of <paramref name="total"/> keeps of those it shares with what goes under its rows (the selected job's lines, an item's timeline, a question): its cursor's row and, where rows are hidden, the line that says so.</summary>
    /// <remarks>
    /// The one rule for every list that shares its lines, so none is left a lone row that reads as all there is: at
    /// 80×24 the selected job's lines took all but one of the job list's, and "Jobs (8)" was the only sign of the
    /// other seven; at 60×18 an item's three points showed one, and nothing said so.
    /// </remarks>
    public static int Least(int total) => total > 1 ? 2 : 1;

    /// <summary>Of the <paramref name="lines"/> a list of <paramref name="total"/> shares, those it can give to what goes under its rows: all but its <see cref="Least"/>.</summary>
    public static int Spare(int total, int lines) => Math.Max(0, lines - Least(total));

    /// <summary>The rows of a list of <paramref name="total"/> on screen in <paramref name="rows"/> lines: where they don't all fit, one fewer, the last line left to say so (<see cref="More"/>).</summary>
    /// <remarks>
    /// A list's title counts its rows, but read the same whether they all showed or half were cut off. A list given
    /// fewer than its <see cref="Least"/> keeps its row: only the vault list, at its one line on the smallest window,
    /// where its title counts the vaults.
    /// </remarks>
    public static ScrollWindow Window(int cursor, int total, int rows, int top) =>
        ScrollWindow.Of(cursor, total, total > rows && rows >= Least(total) ? rows - 1 : rows, top);

    /// <summary>Under the rows of a list cut to <paramref name="window"/> (<see cref="Window"/>), a line that says how many show and which way the rest are; true if it added one.</summary>
    /// <remarks>Nothing where the list's one line has no room for it: the rows matter more.</remarks>
    public static bool More(Frame frame, ScrollWindow window, int total, int rows)
    {
        if (window.Count == total || window.Count >= rows)
        {
            return false;
        }

        frame.Add(window.More(total, window.Count, total), Palette.Dim);
        return true;
    }
}
