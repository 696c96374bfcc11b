namespace Simulator.Core.Vaults;

/// <summary>A Recovery Services vault name: 2 to 50 characters, a letter A to Z first, then letters A to Z, digits and hyphens.</summary>
public readonly record struct VaultName
{
    public VaultName(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (Problem(value) is { } problem)
        {
            throw new ArgumentException($"Vault name '{value}' is not valid: {problem}.", nameof(value));
        }

        Value = value;
    }

    public string Value { get; }

    /// <summary>What is wrong with a candidate name, or null when it is valid.</summary>
    public static string? Problem(string value)
    {
        if (value.Length is < 2 or > 50)
        {
            return $"it has {CountText.Of(value.Length, "character")} and must have 2 to 50";
        }

        if (!char.IsAsciiLetter(value[0]))
        {
            return $"it must start with a letter A to Z, and '{value[0]}' is none";
        }

        var bad = value.FirstOrDefault(c => !char.IsAsciiLetterOrDigit(c) && c != '-');
        return bad == default ? null : $"'{bad}' is not allowed; use letters A to Z, digits and hyphens only";
    }

    public override string ToString() => Value;
}
