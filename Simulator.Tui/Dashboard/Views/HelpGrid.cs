using Spectre.Console;

namespace Simulator.Tui.Dashboard.Views;

/// <summary>Help's lines laid down its columns: which line goes where, how many lines a column has, and its key column's width.</summary>
/// <param name="Laid">The lines, down the first column, then the next; a heading or a blank has no keys, a key's label broken under itself no text.</param>
/// <param name="Columns">How many columns.</param>
/// <param name="Rows">The lines on screen.</param>
/// <param name="Length">The lines of each column: <paramref name="Rows"/>, or more where help scrolls.</param>
/// <param name="Scrolls">Whether the keys need more lines than the screen has.</param>
/// <param name="KeyWidths">Each column's key width, after which its descriptions start.</param>
internal sealed record HelpGrid(IReadOnlyList<(string? Keys, string Text)> Laid, int Columns, int Rows, int Length, bool Scrolls, int[] KeyWidths)
{
    /// <summary>The grid for <paramref name="entries"/> on <paramref name="width"/> columns and <paramref name="rows"/> lines.</summary>
    /// <remarks>
    /// As many columns as the window has room for with every description whole, and in each a key column as wide as
    /// the widest label that leaves the column's longest description whole beside it. A label wider than that goes on
    /// under itself, broken at a space ("Shift+Tab", then "← h"), and the columns are laid again with that line: at
    /// 80×24 it had pushed its own description four cells past the others'. Only a label with no space to break at
    /// (none is) would still push its own.
    /// </remarks>
    public static HelpGrid Of(IReadOnlyList<(string? Keys, string Text)> entries, int width, int rows)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var labels = entries.Where(e => e.Keys is not null).Select(e => e.Keys!.GetCellWidth()).Distinct().ToList();
        var breaks = new Dictionary<int, int>();
        var grid = Arranged(entries, breaks, labels, width, rows);

        // Each pass breaks the labels wider than their column's keys; the lines they add can move entries to another
        // column, with other key widths, so it settles in a few passes at most.
        for (var pass = 0; pass < 4; pass++)
        {
            var more = Unbroken(grid, entries, breaks);
            if (more.Count == 0)
            {
                break;
            }

            foreach (var (index, at) in more)
            {
                breaks[index] = at;
            }

            grid = Arranged(entries, breaks, labels, width, rows);
        }

        return grid;
    }

    /// <summary>The entries whose label is wider than its column's keys and can break to fit them, with that width.</summary>
    private static List<(int Index, int At)> Unbroken(HelpGrid grid, IReadOnlyList<(string? Keys, string Text)> entries, Dictionary<int, int> breaks)
    {
        var more = new List<(int, int)>();
        var next = 0;
        for (var line = 0; line < grid.Laid.Count; line++)
        {
            var (keys, text) = grid.Laid[line];
            if (keys is null || text.Length == 0)
            {
                continue;
            }

            // The entries come in order, each once with its text, so the n-th such line is the n-th key's.
            while (entries[next].Keys is null)
            {
                next++;
            }

            var keyWidth = grid.KeyWidths[Math.Min(grid.Columns - 1, line / grid.Length)];
            var widestWord = entries[next].Keys!.Split(' ').Max(word => word.GetCellWidth());
            if (keys.GetCellWidth() > keyWidth && widestWord <= keyWidth && (!breaks.TryGetValue(next, out var at) || at != keyWidth))
            {
                more.Add((next, keyWidth));
            }

            next++;
        }

        return more;
    }

    private static HelpGrid Arranged(IReadOnlyList<(string? Keys, string Text)> entries, Dictionary<int, int> breaks, List<int> labels, int width, int rows)
    {
        var blocks = Blocks(entries, breaks);
        var lines = blocks.SelectMany(block => block).ToList();
        var inline = lines.Where(l => l.Keys is not null).Max(l => l.Keys!.GetCellWidth() + 1 + l.Text.GetCellWidth());
        var heading = 1 + lines.Max(l => l.Keys is null ? l.Text.GetCellWidth() : 0) + 1;
        var roomFor = Math.Max(1, width / Math.Max(1 + inline + 1, heading));
        var whole = Flow(blocks, rows);
        var columns = (whole.Count + rows - 1) / rows;
        if (columns <= roomFor)
        {
            return WithKeyWidths(whole, columns, rows, Math.Min(rows, whole.Count), scrolls: false, labels, width);
        }

        // Scrolling, the columns share the lines evenly, a block that would cross into the next column starting it.
        rows = Math.Max(1, rows - 1);
        var length = (lines.Count + roomFor - 1) / roomFor;
        var laid = Flow(blocks, length);
        while (laid.Count > length * roomFor)
        {
            length++;
            laid = Flow(blocks, length);
        }

        return WithKeyWidths(laid, roomFor, rows, length, scrolls: true, labels, width);
    }

    /// <summary>The grid with each column's key width: the widest label that leaves the column's longest description whole beside it.</summary>
    /// <remarks>Measured against the longest of all, PgUp/PgDn pushed its own at 80 columns on an item's detail, where only the first column's needed the cell.</remarks>
    private static HelpGrid WithKeyWidths(List<(string? Keys, string Text)> laid, int columns, int rows, int length, bool scrolls, List<int> labels, int width)
    {
        var columnWidth = width / columns;
        var keyWidths = Enumerable.Range(0, columns).Select(c =>
        {
            var longest = laid.Skip(c * length).Take(length).Where(l => l.Keys is not null).Select(l => l.Text.GetCellWidth()).DefaultIfEmpty(0).Max();
            return labels.Where(label => label + 1 + longest + 2 <= columnWidth).DefaultIfEmpty(0).Max();
        }).ToArray();
        return new HelpGrid(laid, columns, rows, length, scrolls, keyWidths);
    }

    /// <summary>The entries as blocks a column keeps together: a key with the rest of its label under it, a heading with the key after it.</summary>
    private static List<List<(string? Keys, string Text)>> Blocks(IReadOnlyList<(string? Keys, string Text)> entries, Dictionary<int, int> breaks)
    {
        var blocks = new List<List<(string? Keys, string Text)>>();
        List<(string? Keys, string Text)>? headings = null;
        for (var i = 0; i < entries.Count; i++)
        {
            var (keys, text) = entries[i];
            if (keys is null)
            {
                (headings ??= []).Add((keys, text));
                continue;
            }

            var block = headings ?? [];
            headings = null;
            var pieces = breaks.TryGetValue(i, out var at) ? Broken(keys, at) : [keys];
            block.Add((pieces[0], text));
            block.AddRange(pieces.Skip(1).Select(piece => ((string?)piece, string.Empty)));
            blocks.Add(block);
        }

        if (headings is not null)
        {
            blocks.Add(headings);
        }

        return blocks;
    }

    /// <summary>The blocks down columns of <paramref name="rows"/> lines, one that would cross into the next column starting it.</summary>
    /// <remarks>A heading ending a column, or "← h" topping the next, read as belonging to nothing.</remarks>
    private static List<(string? Keys, string Text)> Flow(List<List<(string? Keys, string Text)>> blocks, int rows)
    {
        var laid = new List<(string? Keys, string Text)>();
        foreach (var block in blocks)
        {
            var at = laid.Count % rows;
            if (at > 0 && at + block.Count > rows && block.Count <= rows)
            {
                laid.AddRange(Enumerable.Repeat(((string?)null, string.Empty), rows - at));
            }

            laid.AddRange(block);
        }

        return laid;
    }

    /// <summary>A label in lines of at most <paramref name="width"/> cells, broken at its spaces: a key's name is never split.</summary>
    private static List<string> Broken(string label, int width)
    {
        var lines = new List<string>();
        foreach (var word in label.Split(' '))
        {
            if (lines.Count > 0 && $"{lines[^1]} {word}".GetCellWidth() <= width)
            {
                lines[^1] = $"{lines[^1]} {word}";
            }
            else
            {
                lines.Add(word);
            }
        }

        return lines;
    }
}
