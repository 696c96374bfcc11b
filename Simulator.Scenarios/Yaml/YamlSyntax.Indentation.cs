using System.Text.RegularExpressions;

namespace Simulator.Scenarios.Yaml;

internal static partial class YamlSyntax
{
    /// <summary>A key indented deeper than the key with a value on the line above it, which YAML reads as that value
    /// running on; null for any other line.</summary>
    /// <remarks>
    /// YAML finds the mistake at the key's colon, "a mapping inside a value", and quoting the value, the first way out
    /// that message gives, would make the key part of the name above it ('vm-fin-01 policy: Fourteen').
    /// </remarks>
    private static (int Line, int Column, string Message)? DeeperKeyAt(string text, int line)
    {
        var lines = text.Split('\n');
        if (line < 2 || line > lines.Length || KeyLine().Match(lines[line - 1].TrimEnd('\r')) is not { Success: true } here)
        {
            return null;
        }

        for (var i = line - 2; i >= 0; i--)
        {
            var above = lines[i].TrimEnd('\r');
            if (above.Trim().Length == 0 || above.TrimStart().StartsWith('#'))
            {
                continue;
            }

            if (KeyWithPlainValue().Match(above) is not { Success: true } previous)
            {
                return null;
            }

            var (column, aboveColumn) = (here.Groups["key"].Index, previous.Groups["key"].Index);
            var deeper = column - aboveColumn;
            return deeper > 0
                ? (line, column + 1, $"'{here.Groups["key"].Value}' is indented {deeper} {(deeper == 1 ? "space" : "spaces")} deeper than '{previous.Groups["key"].Value}' on line {i + 1}, so YAML reads it as part of that key's value; start it at column {aboveColumn + 1}, as the keys beside it.")
                : null;
        }

        return null;
    }

    /// <summary>A line that is a key and the space after its colon, nothing before it but indentation.</summary>
    [GeneratedRegex(@"^ *(?<key>[A-Za-z][A-Za-z0-9-]*): ", RegexOptions.CultureInvariant)]
    private static partial Regex KeyLine();

    /// <summary>A key, maybe opening a list item, with a plain value after it: one a line below may run on into.</summary>
    [GeneratedRegex(@"^ *(?:- +)*(?<key>[A-Za-z][A-Za-z0-9-]*): +[^\s#&*!|>'""\[{]", RegexOptions.CultureInvariant)]
    private static partial Regex KeyWithPlainValue();
}
