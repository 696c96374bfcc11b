using System.CommandLine.Parsing;
using System.Text.RegularExpressions;

namespace Simulator.Tui.Cli;

/// <summary>Tells an option given more than once (<c>--seed 1 --seed 2</c>) as that, rather than as arguments counted.</summary>
/// <remarks>
/// System.CommandLine says "Option '--seed' expects a single argument but 2 were provided", which reads as though one
/// <c>--seed</c> were followed by two values; and the second <c>--seed</c> was once refused as an option the command
/// lacks, with "Did you mean '--seed'?" (see <see cref="UnknownOptions"/>).
/// </remarks>
internal static partial class RepeatedOptions
{
    /// <summary>The refusal of an option given more than once; null for any other error of the parser's.</summary>
    public static string? Told(ParseError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return Repeated().Match(error.Message) is { Success: true } match
            ? $"{match.Groups["option"].Value} is given {match.Groups["count"].Value} times; it takes one value, so give it once."
            : null;
    }

    [GeneratedRegex(@"^Option '(?<option>.*)' expects a single argument but (?<count>\d+) were provided\.$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex Repeated();
}
