namespace Simulator.Core.Journal;

/// <summary>How wide a journal line's vault/item and what columns are: decided once for a whole journal, so that its lines stay aligned.</summary>
/// <remarks>
/// A column is never narrower than its minimum (<see cref="MinItemWidth"/>, <see cref="MinWhatWidth"/>), the width
/// journal lines always had, so a journal whose names fit it reads byte for byte as before; and never wider than its
/// maximum, so a vault name of up to 50 characters and a VM name of up to 64 don't make every line 115 columns wide,
/// nor a long policy name every line's state start far to the right. A text longer than its column is cut in the
/// middle, at "...", keeping its start (the vault, or "Policy" and the name's start) and its end (where VM and policy
/// names differ).
/// </remarks>
public readonly record struct JournalColumns
{
    /// <summary>The narrowest vault/item column, and the one <see cref="JournalFormatter.Format(DomainEvent)"/> uses.</summary>
    public const int MinItemWidth = 34;

    /// <summary>The widest vault/item column.</summary>
    public const int MaxItemWidth = 64;

    /// <summary>The narrowest what column, and the one <see cref="JournalFormatter.Format(DomainEvent)"/> uses: as wide
    /// as the longest text the core writes there ("Transfer data to vault").</summary>
    public const int MinWhatWidth = 22;

    /// <summary>The widest what column: "Policy " and a name of up to 41 characters.</summary>
    public const int MaxWhatWidth = 48;

    private const string Cut = "...";

    /// <summary>Creates columns with a vault/item column of <paramref name="itemWidth"/> characters and a what column of
    /// <paramref name="whatWidth"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="itemWidth"/> is not from <see cref="MinItemWidth"/>
    /// to <see cref="MaxItemWidth"/>, or <paramref name="whatWidth"/> not from <see cref="MinWhatWidth"/> to <see cref="MaxWhatWidth"/>.</exception>
    public JournalColumns(int itemWidth, int whatWidth)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(itemWidth, MinItemWidth);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(itemWidth, MaxItemWidth);
        ArgumentOutOfRangeException.ThrowIfLessThan(whatWidth, MinWhatWidth);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(whatWidth, MaxWhatWidth);
        ItemWidth = itemWidth;
        WhatWidth = whatWidth;
    }

    /// <summary>The vault/item column's width in characters.</summary>
    public int ItemWidth { get; }

    /// <summary>The what column's width in characters.</summary>
    public int WhatWidth { get; }

    /// <summary>Columns as wide as the longest of <paramref name="items"/> (as <see cref="JournalFormatter.ItemText"/>
    /// writes them) and of <paramref name="whats"/> (as <see cref="DomainEvent.What"/> does), each within its limits.</summary>
    public static JournalColumns Fitting(IEnumerable<string> items, IEnumerable<string> whats)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(whats);
        return new JournalColumns(Widest(items, MinItemWidth, MaxItemWidth), Widest(whats, MinWhatWidth, MaxWhatWidth));
    }

    /// <summary>The item's text padded to the column, or cut in the middle to fit it.</summary>
    internal string FitItem(string item) => Fit(item, ItemWidth, MinItemWidth);

    /// <summary>The what text padded to the column, or cut in the middle to fit it.</summary>
    internal string FitWhat(string what) => Fit(what, WhatWidth, MinWhatWidth);

    private static int Widest(IEnumerable<string> texts, int min, int max) => Math.Clamp(texts.Select(t => t.Length).DefaultIfEmpty(0).Max(), min, max);

    private static string Fit(string text, int width, int min)
    {
        // A default instance (never constructed) has widths 0; it reads as the narrowest columns.
        width = Math.Max(width, min);
        if (text.Length <= width)
        {
            return text.PadRight(width);
        }

        var head = (width - Cut.Length) / 2;
        var tail = width - Cut.Length - head;
        return string.Concat(text.AsSpan(0, head), Cut, text.AsSpan(text.Length - tail));
    }
}
