using System.Globalization;
using Simulator.Core.Protection;

namespace Simulator.Tui.Dashboard.Views;

/// <summary>The vaults pane's "By state": how many of a vault's items are in each state, problems first, in the width it has.</summary>
/// <remarks>
/// A person scanning vaults looks for the ones that need them: errors, items never backed up, data about to be purged.
/// So those come first; where the names don't fit they are shortened (this column only: the items list keeps the
/// portal's), and where the counts still don't fit the last ones are summed as "N other" rather than cut mid-word.
/// </remarks>
internal static class StateCounts
{
    private const string SoftDeleted = "Soft-deleted";

    /// <summary>The states in the order they are read: what needs attention first, what is fine last.</summary>
    private static readonly (ProtectionState? State, string Name, string Short)[] Order =
    [
        (ProtectionState.ProtectionError, nameof(ProtectionState.ProtectionError), "Error"),
        (ProtectionState.IRPending, nameof(ProtectionState.IRPending), "IRPending"),
        (null, SoftDeleted, SoftDeleted),
        (ProtectionState.BackupsSuspended, nameof(ProtectionState.BackupsSuspended), "Suspended"),
        (ProtectionState.ProtectionStopped, nameof(ProtectionState.ProtectionStopped), "Stopped"),
        (ProtectionState.Protected, nameof(ProtectionState.Protected), "Protected"),
    ];

    /// <summary>Where <paramref name="item"/>'s state comes in the order above: 0 for an error, first.</summary>
    /// <remarks>The item list sorted by protection follows it too, so the problem the vault's counts name first heads the list.</remarks>
    public static int Rank(ProtectedItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        ProtectionState? state = item.DeleteState == DeleteState.ToBeDeleted ? null : item.State;
        return Array.FindIndex(Order, o => o.State == state);
    }

    /// <summary>The cells every count takes in its shortest words, none summed: what the column asks for before a region or a redundancy.</summary>
    public static int WholeWidth(IReadOnlyList<ProtectedItem> items)
    {
        var counts = Count(items);
        var shown = Present(counts);
        return shown.Count == 0 ? "no items".Length : string.Join(" · ", shown.Select(i => Part(counts, i, shortName: true))).Length;
    }

    /// <summary>The cells of the shortest text that still counts every item: the first count, then the others summed as "N other".</summary>
    /// <remarks>What a vault's name gives way to: "2 IRPending" alone left the vault's third item uncounted.</remarks>
    public static int LeastWidth(IReadOnlyList<ProtectedItem> items)
    {
        var counts = Count(items);
        var shown = Present(counts);
        return shown.Count == 0 ? "no items".Length : Least(counts, shown).Length;
    }

    public static string Text(IReadOnlyList<ProtectedItem> items, int width)
    {
        var counts = Count(items);
        var shown = Present(counts);
        if (shown.Count == 0)
        {
            return "no items";
        }

        var full = string.Join(" · ", shown.Select(i => Part(counts, i, shortName: false)));
        if (full.Length <= width)
        {
            return full;
        }

        var parts = shown.Select(i => Part(counts, i, shortName: true)).ToList();
        for (var kept = parts.Count; kept >= 1; kept--)
        {
            var other = kept == parts.Count ? [] : new[] { string.Create(CultureInfo.InvariantCulture, $"{shown.Skip(kept).Sum(i => counts[i])} other") };
            var text = string.Join(" · ", parts.Take(kept).Concat(other));
            if (text.Length <= width)
            {
                return text;
            }
        }

        // On a window narrower still the cell cuts it at its end, as it cuts any value: its "…" says more was counted.
        return Least(counts, shown);
    }

    /// <summary>The most pressing count and the others summed: the shortest text that still counts every item.</summary>
    private static string Least(int[] counts, List<int> shown) => shown.Count == 1
        ? Part(counts, shown[0], shortName: true)
        : string.Create(CultureInfo.InvariantCulture, $"{Part(counts, shown[0], shortName: true)} · {shown.Skip(1).Sum(i => counts[i])} other");

    /// <summary>How many items are in each state of <see cref="Order"/>.</summary>
    private static int[] Count(IReadOnlyList<ProtectedItem> items)
    {
        // Counted by the core's order, then read in this one: a vault may hold tens of thousands of items.
        var byState = new int[Enum.GetValues<ProtectionState>().Length];
        var softDeleted = 0;
        foreach (var item in items)
        {
            if (item.DeleteState == DeleteState.ToBeDeleted)
            {
                softDeleted++;
            }
            else
            {
                byState[(int)item.State]++;
            }
        }

        return Order.Select(o => o.State is { } state ? byState[(int)state] : softDeleted).ToArray();
    }

    /// <summary>The states that have items, in the order read.</summary>
    private static List<int> Present(int[] counts) => Enumerable.Range(0, Order.Length).Where(i => counts[i] > 0).ToList();

    private static string Part(int[] counts, int i, bool shortName) =>
        string.Create(CultureInfo.InvariantCulture, $"{counts[i]} {(shortName ? Order[i].Short : Order[i].Name)}");
}
