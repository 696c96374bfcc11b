using System.Text.RegularExpressions;

namespace Simulator.Scenarios.Yaml;

internal static partial class YamlSyntax
{
    /// <summary>A value quoted, then more text after its closing quote (<c>description: "A tour" of a vault</c>): where that text starts, and what to do; null when the line is no such value.</summary>
    /// <remarks>YamlDotNet reads the quoted text as the whole value and the rest as a key out of place, which sent a person to the line's indentation.</remarks>
    private static (int Line, int Column, string Message)? TextAfterClosingQuote(string text, int line)
    {
        if (text.Split('\n').ElementAtOrDefault(line - 1)?.TrimEnd('\r') is not { } written || QuotedThenMore().Match(written) is not { Success: true } match)
        {
            return null;
        }

        var quote = match.Groups["quoted"].Value[0];
        return (line, match.Groups["after"].Index + 1,
            $"text after the closing {quote} of a quoted value, which ends there; put the whole value inside the quotes, or leave the quotes out.");
    }

    /// <summary>A key, a value in double quotes (with its escapes) or single quotes (with '' for one), then more text.</summary>
    [GeneratedRegex(@"^ *(?:- +)*[^\s:#'""][^:#]*: +(?<quoted>""(?:[^""\\]|\\.)*""|'(?:[^']|'')*') +(?<after>[^\s#].*)$", RegexOptions.CultureInvariant)]
    private static partial Regex QuotedThenMore();
}
