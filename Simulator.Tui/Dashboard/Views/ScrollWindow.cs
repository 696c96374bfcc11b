using System.Globalization;

namespace Simulator.Tui.Dashboard.Views;

/// <summary>The rows of a long list that fit on screen around the cursor: only these are ever built.</summary>
internal readonly record struct ScrollWindow(int First, int Count, int Cursor)
{
    /// <summary>The window that starts where the last one did (<paramref name="top"/>) and moves only as far as it must to show the cursor.</summary>
    /// <remarks>
    /// So ↑ and PgUp move the cursor within the rows on screen, as in any list, rather than pulling them along; and a
    /// list that shrank (or a window that grew) leaves no empty rows under its end while rows above are hidden.
    /// </remarks>
    public static ScrollWindow Of(int cursor, int total, int rows, int top)
    {
        if (total == 0 || rows <= 0)
        {
            return new ScrollWindow(0, 0, 0);
        }

        cursor = Math.Clamp(cursor, 0, total - 1);
        var first = Math.Clamp(top, cursor - rows + 1, cursor);
        first = Math.Max(0, Math.Min(first, total - rows));
        return new ScrollWindow(first, Math.Min(rows, total - first), cursor);
    }

    /// <summary>The line under a list cut to this window: which way the rest is, and how many show ("  ↓ more (7 of 13 shown)").</summary>
    /// <param name="length">The rows the window is over.</param>
    /// <param name="shown">What a person counts on screen, of <paramref name="of"/>: rows, or a help's keys.</param>
    public string More(int length, int shown, int of)
    {
        var ways = (First > 0 ? "↑" : string.Empty) + (First + Count < length ? "↓" : string.Empty);
        return string.Create(CultureInfo.InvariantCulture, $"  {ways} more ({shown} of {of} shown)");
    }
}
