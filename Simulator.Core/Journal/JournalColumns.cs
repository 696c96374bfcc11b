namespace Simulator.Core.Journal;

/// <summary>How wide a journal line's vault/item column is: decided once for a whole journal, so that its lines stay aligned.</summary>
/// <remarks>
/// The column is never narrower than <see cref="MinItemWidth"/>, the width journal lines always had, so a journal
/// whose names fit it reads byte for byte as before; and never wider than <see cref="MaxItemWidth"/>, so a vault
/// name of up to 50 characters and a VM name of up to 64 don't make every line 115 columns wide. A name longer than
/// the column is cut in the middle, at "...", keeping its start (the vault) and its end (where VM names differ).
/// </remarks>
public readonly record struct JournalColumns
{
    /// <summary>The narrowest vault/item column, and the one <see cref="JournalFormatter.Format(DomainEvent)"/> uses.</summary>
    public const int MinItemWidth = 34;

    /// <summary>The widest vault/item column.</summary>
    public const int MaxItemWidth = 64;

    private const string Cut = "...";

    /// <summary>Creates columns with a vault/item column of <paramref name="itemWidth"/> characters.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="itemWidth"/> is not from <see cref="MinItemWidth"/> to <see cref="MaxItemWidth"/>.</exception>
    public JournalColumns(int itemWidth)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(itemWidth, MinItemWidth);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(itemWidth, MaxItemWidth);
        ItemWidth = itemWidth;
    }

    /// <summary>The vault/item column's width in characters.</summary>
    public int ItemWidth { get; }

    /// <summary>Columns as wide as the longest of <paramref name="items"/> (as <see cref="JournalFormatter.ItemText"/>
    /// writes them), within <see cref="MinItemWidth"/> and <see cref="MaxItemWidth"/>.</summary>
    public static JournalColumns Fitting(IEnumerable<string> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return new JournalColumns(Math.Clamp(items.Select(i => i.Length).DefaultIfEmpty(0).Max(), MinItemWidth, MaxItemWidth));
    }

    /// <summary>The item's text padded to the column, or cut in the middle to fit it.</summary>
    internal string Fit(string item)
    {
        // A default instance (never constructed) has width 0; it reads as the narrowest column.
        var width = Math.Max(ItemWidth, MinItemWidth);
        if (item.Length <= width)
        {
            return item.PadRight(width);
        }

        var head = (width - Cut.Length) / 2;
        var tail = width - Cut.Length - head;
        return string.Concat(item.AsSpan(0, head), Cut, item.AsSpan(item.Length - tail));
    }
}
