namespace Simulator.Tui.Dashboard.Views;

/// <summary>A column of a list: its header, its width, and when it gives way on a narrow screen.</summary>
/// <param name="Header">The header text.</param>
/// <param name="Width">The width, or the least width of the flexible column.</param>
/// <param name="DropOrder">0 keeps the column always; otherwise columns go in ascending order until the row fits.</param>
/// <param name="Flex">The one column that takes the width left over, up to <paramref name="Widest"/>.</param>
/// <param name="Widest">The most a flexible column grows to; the width left beyond it stays blank after the last column.</param>
internal readonly record struct Column(string Header, int Width, int DropOrder = 0, bool Flex = false, int Widest = int.MaxValue)
{
    /// <summary>This column as wide as <paramref name="longest"/> (the longest value on screen), within its own width and <paramref name="widest"/>, and no wider if it flexes.</summary>
    /// <remarks>A name a wide window stretched to ninety cells sat far from its state: the eye lost the row between them.</remarks>
    public Column FittedTo(int longest, int widest = int.MaxValue)
    {
        var fitted = Math.Clamp(longest, Width, Math.Max(Width, widest));
        return this with { Width = fitted, Widest = fitted };
    }

    /// <summary>The widths the columns get on a row of <paramref name="width"/> cells (after the gutter); 0 for a dropped column.</summary>
    public static int[] Fit(IReadOnlyList<Column> columns, int width)
    {
        var widths = columns.Select(c => c.Width).ToArray();
        int Needed() => widths.Sum() + widths.Count(w => w > 0) - 1;
        var dropped = new Stack<int>();
        foreach (var drop in columns.Select((c, i) => (c.DropOrder, i)).Where(c => c.DropOrder > 0).OrderBy(c => c.DropOrder))
        {
            if (Needed() <= width)
            {
                break;
            }

            widths[drop.i] = 0;
            dropped.Push(drop.i);
        }

        // A wide column that had to go may have freed more than was lacking: the ones dropped before it come back
        // where they fit, last dropped first.
        while (dropped.TryPop(out var back))
        {
            widths[back] = columns[back].Width;
            if (Needed() > width)
            {
                widths[back] = 0;
            }
        }

        var flex = columns.ToList().FindIndex(c => c.Flex);
        if (flex >= 0)
        {
            widths[flex] = Math.Max(1, Math.Min(widths[flex] + width - Needed(), Math.Max(columns[flex].Width, columns[flex].Widest)));
        }

        return widths;
    }

    /// <summary>Moves cells of <paramref name="widths"/> from column <paramref name="from"/> to column <paramref name="to"/>, until <paramref name="to"/> is <paramref name="upTo"/> wide or <paramref name="from"/> down to <paramref name="least"/>.</summary>
    /// <remarks>Where <see cref="Fit"/> left the flexible column short, a view says in its own order which column gives way to which.</remarks>
    public static void Lend(int[] widths, int from, int to, int upTo, int least)
    {
        ArgumentNullException.ThrowIfNull(widths);
        var moved = Math.Min(upTo - widths[to], widths[from] - least);
        if (moved > 0)
        {
            widths[from] -= moved;
            widths[to] += moved;
        }
    }
}
