namespace Simulator.Tui.Dashboard.Views;

/// <summary>The rows of a long list that fit on screen around the cursor: only these are ever built.</summary>
internal readonly record struct ScrollWindow(int First, int Count, int Cursor)
{
    public static ScrollWindow Of(int cursor, int total, int rows)
    {
        if (total == 0 || rows <= 0)
        {
            return new ScrollWindow(0, 0, 0);
        }

        cursor = Math.Clamp(cursor, 0, total - 1);

        // Stateless scrolling: the list starts at the top until the cursor would leave the screen, then follows it.
        var first = cursor < rows ? 0 : cursor - rows + 1;
        return new ScrollWindow(first, Math.Min(rows, total - first), cursor);
    }
}
