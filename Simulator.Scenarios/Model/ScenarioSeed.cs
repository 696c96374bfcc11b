using System.Globalization;

namespace Simulator.Scenarios.Model;

/// <summary>The seeds a scenario may run with: the rule a scenario file and the command line's <c>--seed</c> share.</summary>
public static class ScenarioSeed
{
    /// <summary>The seed of a scenario whose file names none.</summary>
    public const long Default = 1;

    /// <summary>The smallest seed; any larger whole number up to <see cref="long.MaxValue"/> is allowed.</summary>
    public const long Min = 0;

    /// <summary>Why <paramref name="seed"/> can't be used, worded to follow the field or option that gave it; null when it can.</summary>
    public static string? Refusal(long seed) => seed < Min ? OutOfRange(seed.ToString(CultureInfo.InvariantCulture)) : null;

    /// <summary>Why the whole number written as <paramref name="text"/> can't be used, however many digits it has; null
    /// when it can, and when the text is no whole number at all (which its reader words itself).</summary>
    public static string? Refusal(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seed))
        {
            return Refusal(seed);
        }

        // Digits that do not fit a seed are a number out of range, not something other than a number.
        var digits = text.StartsWith('-') || text.StartsWith('+') ? text[1..] : text;
        return digits.Length > 0 && digits.All(char.IsAsciiDigit) ? OutOfRange(text) : null;
    }

    /// <remarks>Shortened as other numbers out of range are: a seed of 100,000 digits was echoed whole.</remarks>
    private static string OutOfRange(string seed) =>
        string.Create(CultureInfo.InvariantCulture, $"{Yaml.YamlCursor.Shorten(seed)} is out of range; allowed is {Min} to {long.MaxValue}.");
}
