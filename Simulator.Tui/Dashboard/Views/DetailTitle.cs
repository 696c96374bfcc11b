using Simulator.Core.Protection;
using Spectre.Console;

namespace Simulator.Tui.Dashboard.Views;

/// <summary>An item's detail title (its name, vault and protection state), and the lines under it that take what it can't hold whole.</summary>
/// <remarks>
/// The VM's power and agent state explain its faults, and the policy which runs it gets and which of its vault's
/// policies a switch would leave: cut at the window's edge ("policy Def…") either reads as something else. Each gets a
/// line of its own where the title can't hold it whole, the policy with the source where that line can. A long vault
/// name is cut in its middle, as the lists cut it, before the state leaves the title to head the lines under it, and
/// the vault follows it there before the item's name is cut. Cut at a word, the title had read
/// "vm-…-frontend-01 in …", its vault and state shown nowhere, with 23 columns of rule to spare at 80.
/// </remarks>
internal static class DetailTitle
{
    /// <summary>The fewest cells a vault's name keeps in the title, as the vault list's column keeps: fewer read as no name.</summary>
    private const int FewestVaultCells = 12;

    /// <summary>What the title bar adds around its text: "─ " before, a space after.</summary>
    private const int Bar = 3;

    public static (string Title, IReadOnlyList<string> Under) Lines(ProtectedItem item, int width)
    {
        ArgumentNullException.ThrowIfNull(item);
        var room = width - Bar;
        var name = MiddleCut.Fit(item.Name, room);
        var vault = item.Vault.Name.Value;
        var state = $" · {Labels.StateOf(item)}";
        (string Label, string? Name) policy = item.AttachedPolicyName is { } attached ? ("policy", attached) : ("no policy attached", null);
        (string, string?) source = (Labels.Of(item.DataSource), null);
        bool Fits(string title) => Frame.TitleFits(title, width);

        var head = $"{name} in {vault}{state}";
        if (Fits($"{head} · {Text(policy)} · {Text(source)}"))
        {
            return ($"{head} · {Text(policy)} · {Text(source)}", []);
        }

        if (Fits($"{head} · {Text(policy)}"))
        {
            return ($"{head} · {Text(policy)}", [Text(source)]);
        }

        if (Fits(head))
        {
            return (head, Under([policy, source], width));
        }

        if (VaultCut(name, vault, state, room) is { } cut)
        {
            return (cut, Under([policy, source], width));
        }

        // The state moves under the title, then the vault too, rather than cut the item's name, which only the title
        // gives whole.
        var protection = ("protection", Labels.StateOf(item));
        var vaultRoom = room - $"{name} in ".GetCellWidth();
        return vaultRoom >= FewestVaultCells
            ? ($"{name} in {MiddleCut.Fit(vault, vaultRoom)}", Under([protection, policy, source], width))
            : (name, Under([("vault", vault), protection, policy, source], width));
    }

    /// <summary>The title of an item's pane once its data is purged: its name, its vault where the reference has one, and that it was purged.</summary>
    /// <remarks>
    /// No line goes under it: the sentence under it names the item and its vault whole, so here the name gives way
    /// too, in its middle, once the vault is down to its fewest cells. Cut at a word, a long name's title read
    /// "vm-gone-01-… in …", neither the vault nor that it was purged shown.
    /// </remarks>
    public static string Purged(string name, string? vault, int width)
    {
        ArgumentNullException.ThrowIfNull(name);
        const string State = " · Purged";
        var room = width - Bar;
        if (vault is null)
        {
            return $"{MiddleCut.Fit(name, room - State.Length)}{State}";
        }

        if (Frame.TitleFits($"{name} in {vault}{State}", width))
        {
            return $"{name} in {vault}{State}";
        }

        var cutName = MiddleCut.Fit(name, Math.Max(1, room - $" in {State}".Length - FewestVaultCells));
        return VaultCut(name, vault, State, room) ?? VaultCut(cutName, vault, State, room) ?? $"{cutName}{State}";
    }

    /// <summary>"name in vault" then the state in <paramref name="room"/> cells, the vault cut in its middle; null where that leaves it fewer than <see cref="FewestVaultCells"/>.</summary>
    private static string? VaultCut(string name, string vault, string state, int room)
    {
        var vaultRoom = room - $"{name} in {state}".GetCellWidth();
        return vaultRoom >= FewestVaultCells ? $"{name} in {MiddleCut.Fit(vault, vaultRoom)}{state}" : null;
    }

    /// <summary>The parts on lines under the title, as many whole on a line as it holds, each line's first capitalised.</summary>
    /// <remarks>A name too long for a line of its own is cut in its middle, as every name is: its end tells a "…-A" from a "…-B".</remarks>
    private static List<string> Under(IReadOnlyList<(string Label, string? Name)> parts, int width)
    {
        var room = width - "  ".Length;
        var lines = new List<string>();
        foreach (var part in parts)
        {
            if (lines.Count > 0 && $"{lines[^1]} · {Text(part)}".GetCellWidth() <= room)
            {
                lines[^1] = $"{lines[^1]} · {Text(part)}";
                continue;
            }

            var label = $"{char.ToUpperInvariant(part.Label[0])}{part.Label[1..]}";
            lines.Add(part.Name is { } name ? $"{label} {MiddleCut.Fit(name, room - label.Length - 1)}" : label);
        }

        return lines;
    }

    private static string Text((string Label, string? Name) part) => part.Name is { } name ? $"{part.Label} {name}" : part.Label;
}
