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
    private static (int Line, int Column, string Message)? DeeperKeyAt(string text, int line) =>
        KeysAt(text, line, KeyWithPlainValue()) is var (here, above, aboveLine) && here.Index > above.Index
            ? (line, here.Index + 1, $"'{here.Value}' is indented {Spaces(here.Index - above.Index)} deeper than '{above.Value}' on line {aboveLine}, so YAML reads it as part of that key's value; start it at column {above.Index + 1}, as the keys beside it.")
            : null;

    /// <summary>A key indented less than the key on the line above it, where YAML expected a key or a list item; null for any other line.</summary>
    /// <remarks>
    /// YAML finds no level for it, and said only "check this line's indentation": the keys beside it are where the
    /// person most likely meant it, a key one space short of the line above's being the usual slip.
    /// </remarks>
    private static (int Line, int Column, string Message)? ShallowerKeyAt(string text, int line) =>
        KeysAt(text, line, AnyKey()) is var (here, above, aboveLine) && here.Index < above.Index
            ? (line, here.Index + 1, $"'{here.Value}' starts at column {here.Index + 1}, {Spaces(above.Index - here.Index)} short of '{above.Value}' on line {aboveLine}; start it at column {above.Index + 1}, as the keys beside it, or at the column of the keys it belongs to.")
            : null;

    /// <summary>The key of <paramref name="line"/> and the key of the written line above it, when each line is one (the one above as <paramref name="above"/> reads it).</summary>
    private static (Group Here, Group Above, int AboveLine)? KeysAt(string text, int line, Regex above)
    {
        var lines = text.Split('\n');
        if (line < 2 || line > lines.Length || KeyLine().Match(lines[line - 1].TrimEnd('\r')) is not { Success: true } here)
        {
            return null;
        }

        for (var i = line - 2; i >= 0; i--)
        {
            var written = lines[i].TrimEnd('\r');
            if (written.Trim().Length > 0 && !written.TrimStart().StartsWith('#'))
            {
                return above.Match(written) is { Success: true } key ? (here.Groups["key"], key.Groups["key"], i + 1) : null;
            }
        }

        return null;
    }

    private static string Spaces(int count) => count == 1 ? "1 space" : $"{count} spaces";

    /// <summary>A line that is a key and the space after its colon, nothing before it but indentation.</summary>
    [GeneratedRegex(@"^ *(?<key>[A-Za-z][A-Za-z0-9-]*): ", RegexOptions.CultureInvariant)]
    private static partial Regex KeyLine();

    /// <summary>A key, maybe opening a list item, and its colon.</summary>
    [GeneratedRegex(@"^ *(?:- +)*(?<key>[A-Za-z][A-Za-z0-9-]*):(?: |$)", RegexOptions.CultureInvariant)]
    private static partial Regex AnyKey();

    /// <summary>A key, maybe opening a list item, with a plain value after it: one a line below may run on into.</summary>
    [GeneratedRegex(@"^ *(?:- +)*(?<key>[A-Za-z][A-Za-z0-9-]*): +[^\s#&*!|>'""\[{]", RegexOptions.CultureInvariant)]
    private static partial Regex KeyWithPlainValue();
}
