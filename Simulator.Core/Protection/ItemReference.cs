namespace Simulator.Core.Protection;

/// <summary>How a person names a protected item: its data source's name, or <c>vault/name</c> for its item in one vault.</summary>
/// <remarks>
/// A data source keeps an item in every vault it was protected in until that item's data is purged: reconfiguring
/// backup in another vault leaves the old points where they are (the alternate-vault tutorial, see README.md). A
/// name alone may therefore fit several items; <see cref="Simulation.FindItem"/> says which one it means. A vault
/// name holds no '/' (letters, digits and hyphens), so the first '/' splits the two parts.
/// </remarks>
/// <param name="Vault">The vault whose item is meant; null for the data source's current item.</param>
/// <param name="DataSource">The name of the VM or server.</param>
public readonly record struct ItemReference(string? Vault, string DataSource)
{
    /// <summary>Splits <c>vault/name</c>; text without a '/' names a data source alone.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static ItemReference Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        return slash <= 0 ? new ItemReference(null, text) : new ItemReference(text[..slash], text[(slash + 1)..]);
    }

    /// <summary>Whether this names the item of <paramref name="itemName"/> in <paramref name="vaultName"/> (ignoring case, as Azure does).</summary>
    /// <remarks>The whole text is compared with the name too: a MARS server's name may itself hold a '/'.</remarks>
    public bool Matches(string? vaultName, string itemName) =>
        (Same(itemName, DataSource) && (Vault is null || Same(vaultName, Vault))) || (Vault is not null && Same(itemName, ToString()));

    /// <summary>Whether this names <paramref name="item"/>.</summary>
    public bool Matches(ProtectedItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return Matches(item.Vault.Name.Value, item.Name);
    }

    public override string ToString() => Vault is null ? DataSource : $"{Vault}/{DataSource}";

    private static bool Same(string? a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
