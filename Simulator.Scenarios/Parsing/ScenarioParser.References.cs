using Simulator.Scenarios.Yaml;

namespace Simulator.Scenarios.Parsing;

public sealed partial class ScenarioParser
{
    /// <summary>Reads a reference to a VM or MARS server of the world, or to its item in one vault (<c>vault/name</c>).</summary>
    /// <param name="node">The reference.</param>
    /// <param name="names">What the world defines.</param>
    /// <param name="inVault">False where the data source itself is meant (protecting it, a fault), which no vault qualifies.</param>
    /// <returns>The reference when the world defines it; null otherwise, reported unless its definition's own mistake was.</returns>
    private static string? ReadItemReference(YamlCursor node, WorldNames names, bool inVault = true)
    {
        if (node.AsText() is not { } text)
        {
            return null;
        }

        // A name the file defines, even one refused at its definition ('a/b' for a server), is that name: its
        // mistake is told there once, not again here as a vault 'a'.
        var reference = names.Source(text) == NameStatus.Undefined ? Core.Protection.ItemReference.Parse(text) : new(null, text);
        if (reference.Vault is not { } vault)
        {
            return ReadSourceName(node, text, names);
        }

        if (!inVault)
        {
            node.Error($"'{YamlCursor.Shorten(text)}' names an item in a vault; this action concerns the VM or server itself. Write '{YamlCursor.Shorten(reference.DataSource)}'.");
            return null;
        }

        var vaultName = Resolve(node, vault, names.Vault(vault), () => $"no vault named '{YamlCursor.Shorten(vault)}' is defined (in '{YamlCursor.Shorten(text)}', vault/name). {names.VaultHint(vault)}");
        var sourceName = vaultName is null ? null : ReadSourceName(node, reference.DataSource, names);
        return sourceName is null ? null : text;
    }

    private static string? ReadSourceName(YamlCursor node, string name, WorldNames names) =>
        Resolve(node, name, names.Source(name), () => $"no VM or server named '{YamlCursor.Shorten(name)}' is defined.{Hint(names.SourceLike(name))} {names.SourceList}");

    /// <summary>Reads a reference to a vault of the world.</summary>
    /// <returns>The name when the world defines it; null otherwise, reported unless its definition's own mistake was.</returns>
    private static string? ReadVaultReference(YamlCursor node, WorldNames names) =>
        node.AsText() is { } name
            ? Resolve(node, name, names.Vault(name), () => $"no vault named '{YamlCursor.Shorten(name)}' is defined. {names.VaultHint(name)}")
            : null;

    private static string Hint(string? meant) => meant is null ? string.Empty : $" Did you mean '{meant}'?";

    private static string? Resolve(YamlCursor node, string name, NameStatus status, Func<string> undefined)
    {
        if (status == NameStatus.Undefined)
        {
            node.Error(undefined());
        }

        return status == NameStatus.Defined ? name : null;
    }
}
