namespace Simulator.Core.DataSources;

/// <summary>Azure's rules for a virtual machine's name: 1 to 15 characters for Windows and 1 to 64 for Linux, none of
/// <c>\/"'[]:|&lt;&gt;+=;,?*@&amp;</c> and no whitespace, not starting with an underscore, not ending with a period or hyphen.</summary>
/// <remarks>
/// Source: "Naming rules and restrictions for Azure resources", Microsoft.Compute, virtualMachines
/// (learn.microsoft.com/azure/azure-resource-manager/management/resource-name-rules; MicrosoftDocs/azure-docs
/// <c>articles/azure-resource-manager/management/resource-name-rules.md</c>). The limits are the host name's, which the
/// portal sets to the resource name; a resource name alone may be longer.
/// </remarks>
public static class VmName
{
    /// <summary>The characters a VM's name can't hold, besides whitespace.</summary>
    public const string ForbiddenCharacters = "\\/\"'[]:|<>+=;,?*@&";

    /// <summary>The longest name a VM running <paramref name="os"/> can have.</summary>
    public static int MaxLength(OsType os) => os == OsType.Windows ? 15 : 64;

    /// <summary>What is wrong with a candidate name for a VM running <paramref name="os"/>, or null when it is valid.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public static string? Problem(string name, OsType os)
    {
        ArgumentNullException.ThrowIfNull(name);
        var max = MaxLength(os);
        if (name.Length < 1 || name.Length > max)
        {
            return $"it has {name.Length} characters, and a {os} VM's name has 1 to {max}";
        }

        var bad = name.FirstOrDefault(c => char.IsWhiteSpace(c) || ForbiddenCharacters.Contains(c, StringComparison.Ordinal));
        if (bad != default)
        {
            var what = char.IsWhiteSpace(bad) ? "whitespace" : $"'{bad}'";
            return $"{what} is not allowed; a VM's name holds no whitespace and none of {ForbiddenCharacters}";
        }

        if (name[0] == '_')
        {
            return "it must not start with '_'";
        }

        return name[^1] is '.' or '-' ? $"it must not end with '{name[^1]}'" : null;
    }
}
