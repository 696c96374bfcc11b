namespace Simulator.Core.DataSources;

/// <summary>Azure's rules for a virtual machine's name: 1 to 64 characters, none of <c>\/"'[]:|&lt;&gt;+=;,?*@&amp;</c>
/// and no whitespace, not starting with an underscore, not ending with a period or hyphen.</summary>
/// <remarks>
/// Source: "Naming rules and restrictions for Azure resources", Microsoft.Compute, virtualMachines
/// (learn.microsoft.com/azure/azure-resource-manager/management/resource-name-rules; MicrosoftDocs/azure-docs
/// <c>articles/azure-resource-manager/management/resource-name-rules.md</c>). Its table limits a Windows VM to 15
/// characters, but its note says those limits are the host name's and "the actual resource name can have up to 64
/// characters". The name here is the resource name, the one Azure Backup lists, so 64 holds for every OS.
/// </remarks>
public static class VmName
{
    /// <summary>The characters a VM's name can't hold, besides whitespace.</summary>
    public const string ForbiddenCharacters = "\\/\"'[]:|<>+=;,?*@&";

    /// <summary>The longest name a VM can have.</summary>
    public const int MaxLength = 64;

    /// <summary>What is wrong with a candidate name for a VM, or null when it is valid.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public static string? Problem(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length is < 1 or > MaxLength)
        {
            return $"it has {name.Length} characters, and a VM's name has 1 to {MaxLength}";
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
