using Simulator.Scenarios.Yaml;

namespace Simulator.Scenarios.Parsing;

public sealed partial class ScenarioParser
{
    /// <summary>Reads a reference to a VM or MARS server of the world.</summary>
    /// <returns>The name when the world defines it; null otherwise, reported unless its definition's own mistake was.</returns>
    private static string? ReadItemReference(YamlCursor node, WorldNames names) =>
        node.AsText() is { } name
            ? Resolve(node, name, names.Source(name), () => $"no VM or server named '{YamlCursor.Shorten(name)}' is defined.{Hint(names.SourceLike(name))} {names.SourceList}")
            : null;

    /// <summary>Reads a reference to a vault of the world.</summary>
    /// <returns>The name when the world defines it; null otherwise, reported unless its definition's own mistake was.</returns>
    private static string? ReadVaultReference(YamlCursor node, WorldNames names) =>
        node.AsText() is { } name
            ? Resolve(node, name, names.Vault(name), () => $"no vault named '{YamlCursor.Shorten(name)}' is defined. {names.VaultList}")
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
