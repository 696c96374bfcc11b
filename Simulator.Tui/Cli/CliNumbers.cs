using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;

namespace Simulator.Tui.Cli;

/// <summary>The commands' whole-number options, read one way and refused with one wording.</summary>
internal static partial class CliNumbers
{
    /// <summary>Reads <paramref name="text"/> as a whole number from <paramref name="min"/> to <paramref name="max"/>.</summary>
    /// <remarks>
    /// Thousands may be grouped as people write them (10,000 or 10_000), but only in threes, so that a slip such as
    /// 1,0,0 is refused rather than read as 100. The number is read whatever its length, so that twenty nines are
    /// called out of range rather than not a number.
    /// </remarks>
    /// <param name="why">Why the range is what it is, when that is worth saying; it follows the range in brackets.</param>
    /// <exception cref="CliInputException">The text is not a whole number, or it is out of range.</exception>
    public static int Parse(string text, string option, int min, int max, string? why = null)
    {
        var allowed = string.Create(CultureInfo.InvariantCulture, $"allowed is a whole number from {min:N0} to {max:N0}{(why is null ? string.Empty : $" ({why})")}");
        var digits = text.Replace("_", string.Empty, StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal);
        if (!WholeNumber().IsMatch(text) || !BigInteger.TryParse(digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            throw new CliInputException($"{option}: '{text}' is not a whole number; {allowed}.");
        }

        if (value < min || value > max)
        {
            throw new CliInputException($"{option}: '{text}' is out of range; {allowed}.");
        }

        return (int)value;
    }

    [GeneratedRegex(@"^[+-]?(\d+|\d{1,3}([,_]\d{3})+)$", RegexOptions.CultureInvariant)]
    private static partial Regex WholeNumber();
}
