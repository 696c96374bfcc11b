namespace Simulator.Core.DataSources;

/// <summary>The rules for a MARS server's name: the Windows computer name, or the FQDN, the agent registers it by:
/// parts of 1 to 63 letters A to Z, digits and hyphens, separated by dots, not starting or ending with a hyphen, at
/// most 255 characters in all, the computer name not all digits.</summary>
/// <remarks>
/// The MARS agent runs on Windows only (domain.md §3) and registers the machine to the vault by its name, which the
/// vault's list of protected servers shows. Sources: "Naming conventions in Active Directory for computers, domains,
/// sites, and OUs" (learn.microsoft.com, KB 909264): a DNS host name holds A to Z, a to z, 0 to 9 and hyphens (no
/// whitespace, underscore or other sign), 63 bytes a label and 255 an FQDN, and a computer of a domain can't have a
/// name of digits only; RFC 1123 adds that a label neither starts nor ends with a hyphen. The NetBIOS name's 15
/// characters are not a limit here: a longer host name is cut to them only for NetBIOS.
/// </remarks>
public static class MarsServerName
{
    /// <summary>The longest name a server can have: an FQDN's 255.</summary>
    public const int MaxLength = 255;

    /// <summary>The longest part between dots: a DNS label's 63.</summary>
    public const int MaxPartLength = 63;

    private const string Allowed = "a server is registered by its computer name or FQDN (fs-01, fs-01.contoso.com): letters A to Z, digits and hyphens, with dots only between its parts";

    /// <summary>What is wrong with a candidate name for a MARS server, or null when it is valid.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public static string? Problem(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length is < 1 or > MaxLength)
        {
            return $"it has {name.Length} characters, and a server's name has 1 to {MaxLength}";
        }

        var bad = name.FirstOrDefault(c => !char.IsAsciiLetterOrDigit(c) && c is not ('-' or '.'));
        if (bad != default)
        {
            var what = char.IsWhiteSpace(bad) ? "whitespace" : $"'{bad}'";
            return $"{what} is not allowed; {Allowed}";
        }

        var parts = name.Split('.');
        if (parts.Any(p => p.Length == 0))
        {
            return $"it has an empty part: {Allowed}";
        }

        if (parts.FirstOrDefault(p => p.Length > MaxPartLength) is { } longPart)
        {
            return $"its part '{longPart[..10]}...' has {longPart.Length} characters, and a part between dots has 1 to {MaxPartLength}";
        }

        if (parts.FirstOrDefault(p => p[0] == '-' || p[^1] == '-') is { } hyphened)
        {
            return $"its part '{hyphened}' {(hyphened[0] == '-' ? "starts" : "ends")} with '-', which a computer name or domain never does";
        }

        return parts[0].All(char.IsAsciiDigit)
            ? $"its computer name '{parts[0]}' is all digits, which Windows does not allow in a domain; add a letter"
            : null;
    }
}
