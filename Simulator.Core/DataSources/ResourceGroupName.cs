namespace Simulator.Core.DataSources;

/// <summary>Azure's rules for a resource group's name: 1 to 90 letters, digits, underscores, parentheses, hyphens
/// and periods, not ending with a period.</summary>
/// <remarks>
/// Source: "Naming rules and restrictions for Azure resources", Microsoft.Resources, resourcegroups
/// (learn.microsoft.com/azure/azure-resource-manager/management/resource-name-rules). Letters and digits are those of
/// <see cref="char.IsLetterOrDigit(char)"/>, as the article says.
/// </remarks>
public static class ResourceGroupName
{
    /// <summary>The longest name a resource group can have.</summary>
    public const int MaxLength = 90;

    /// <summary>What is wrong with a candidate name for a resource group, or null when it is valid.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public static string? Problem(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length is < 1 or > MaxLength)
        {
            return $"it has {name.Length} characters, and a resource group's name has 1 to {MaxLength}";
        }

        var bad = name.FirstOrDefault(c => !char.IsLetterOrDigit(c) && c is not ('_' or '(' or ')' or '-' or '.'));
        if (bad != default)
        {
            var what = char.IsWhiteSpace(bad) ? "whitespace" : $"'{bad}'";
            return $"{what} is not allowed; a resource group's name holds letters, digits, '_', '(', ')', '-' and '.'";
        }

        return name[^1] == '.' ? "it must not end with '.'" : null;
    }
}
