using Simulator.Core;

namespace Simulator.Scenarios.Yaml;

/// <summary>The allowed keys an unknown key was probably meant to be, for its "did you mean".</summary>
internal static class KeySpelling
{
    // The name `report items` gives a key the scenario names otherwise: copied from a report, it means that key, where
    // its spelling alone pointed to protectionState, a field of other values.
    private static readonly Dictionary<string, string> ReportNames = new(StringComparer.OrdinalIgnoreCase) { ["protectionStatus"] = "health" };

    /// <summary>The allowed keys <paramref name="key"/> probably means, in the order allowed; none when no key fits.</summary>
    /// <remarks>A slip of the keyboard means the closest spelling (<see cref="Spelling.Closest"/>). A key that is the
    /// last words of longer ones, as 'state' is of protectionState and deleteState, is too far from them by letters to
    /// be told a slip, yet plainly means one of them: each key it ends on a word boundary is named, as which one was
    /// meant is for the writer to say.</remarks>
    public static IReadOnlyList<string> Meant(string key, IReadOnlyCollection<string> allowed)
    {
        if (ReportNames.TryGetValue(key, out var named) && allowed.Contains(named))
        {
            return [named];
        }

        if (Spelling.Closest(key, allowed) is { } close)
        {
            return [close];
        }

        return key.Length < 3
            ? []
            : [.. allowed.Where(a => a.Length > key.Length && a.EndsWith(key, StringComparison.OrdinalIgnoreCase) && char.IsUpper(a[^key.Length]))];
    }

    /// <summary>" Did you mean 'a' or 'b'?" for the keys meant, or nothing when there are none.</summary>
    public static string Hint(IReadOnlyList<string> meant) => meant.Count switch
    {
        0 => string.Empty,
        1 => $" Did you mean '{meant[0]}'?",
        _ => $" Did you mean {string.Join(", ", meant.Take(meant.Count - 1).Select(m => $"'{m}'"))} or '{meant[^1]}'?",
    };
}
