using System.Globalization;
using System.Numerics;

namespace Simulator.Tui.Cli;

/// <summary>The commands' whole-number options, read one way and refused with one wording.</summary>
internal static class CliNumbers
{
    /// <summary>Reads <paramref name="text"/> as a whole number from <paramref name="min"/> to <paramref name="max"/>.</summary>
    /// <remarks>
    /// Thousands may be grouped as people write them (10,000 or 10_000). The number is read whatever its length, so
    /// that twenty nines are called out of range rather than not a number.
    /// </remarks>
    /// <exception cref="CliInputException">The text is not a whole number, or it is out of range.</exception>
    public static int Parse(string text, string option, int min, int max)
    {
        var allowed = string.Create(CultureInfo.InvariantCulture, $"allowed is a whole number from {min:N0} to {max:N0}");
        var digits = text.Replace("_", string.Empty, StringComparison.Ordinal);
        if (!BigInteger.TryParse(digits, NumberStyles.AllowThousands | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            throw new CliInputException($"{option}: '{text}' is not a whole number; {allowed}.");
        }

        if (value < min || value > max)
        {
            throw new CliInputException($"{option}: '{text}' is out of range; {allowed}.");
        }

        return (int)value;
    }
}
