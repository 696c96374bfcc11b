using System.Text.RegularExpressions;

namespace Simulator.Scenarios.Yaml;

/// <summary>Turns YamlDotNet's syntax errors into plain words, at the place in the file a person has to change.</summary>
/// <remarks>
/// YamlDotNet words its errors for a YAML implementer ("While scanning a plain scalar value, found invalid mapping.").
/// The common ones are said here as what to do; any other keeps YamlDotNet's words. A tab in the indentation is
/// found by YamlDotNet only at the end of the value before it, so its own line and column are looked up.
/// </remarks>
internal static partial class YamlSyntax
{
    private static readonly (string Start, string Words)[] Plain =
    [
        ("While scanning a plain scalar value, found invalid mapping", MappingInValue),
        ("While scanning a multiline plain scalar, found invalid mapping", MappingInValue),
        ("Mapping values are not allowed in this context", MappingInValue),
        ("While parsing a block mapping, did not find expected key", "expected a key here ('name: value') at the indentation of the keys above it; check this line's indentation."),
        ("While parsing a block collection, did not find expected '-' indicator", "expected a list item ('- ...') here at the indentation of the items above it; check this line's indentation."),
        ("While parsing a flow sequence, did not find expected ',' or ']'", "a list opened with '[' is not closed: a ',' or ']' is missing before this point."),
        ("While parsing a flow mapping, did not find expected ',' or '}'", "a mapping opened with '{' is not closed: a ',' or '}' is missing before this point."),
        ("While parsing a flow mapping,  did not find expected ',' or '}'", "a mapping opened with '{' is not closed: a ',' or '}' is missing before this point."),
        ("While scanning a quoted scalar, found unknown escape character", "a double-quoted text holds a backslash that starts no escape; write \\\\ for a backslash, or use single quotes."),
        ("While scanning a quoted scalar, found unexpected end of stream", "a quoted text is not closed: its closing quote is missing."),
        ("While scanning a quoted scalar, did not find expected hexadecimal number", "a \\x, \\u or \\U escape in a double-quoted text needs hexadecimal digits; write \\\\ for a backslash, or use single quotes."),
        ("While scanning a multi-line double-quoted scalar, found wrong indentation", "a quoted text runs on to a line that is not indented; is its closing quote missing?"),
        ("While scanning for the next token, found character that cannot start any token", "a value can't start with this character ('@' and '`' are reserved in YAML); put the value in quotes."),
        ("While scanning a plain scalar, found a tab character that violate indentation", Tab),
        ("While scanning a mapping, found invalid tab as indentation", Tab),
        ("While scanning a simple key, could not find expected ':'", "a key has no ':' after it, or a quote or bracket before it is not closed."),
        ("While parsing a node, did not find expected node content", "a value is missing here."),
        ("While parsing a node, found undefined tag handle", "a value starts with '!', which YAML reads as a tag; put the value in quotes."),
        ("While scanning a tag", "a value starts with '!', which YAML reads as a tag; put the value in quotes."),
        ("While scanning an anchor or alias", "a value starts with '&' or '*', which YAML reads as an anchor or alias; put the value in quotes."),
        ("While parsing a node, found more than one anchor", "a value has two anchors ('&a &b value'); give it one, or put the value in quotes if '&' belongs to it."),
        ("While scanning a version directive, did not find preceding <document end>", Directive),
        ("While parsing a document start node, could not find document end marker before version directive", Directive),
        ("While scanning a directive", Directive),
    ];

    private const string MappingInValue = "a ':' followed by a space here would start a mapping inside a value; put the value in quotes if the colon belongs to it, or check this line's indentation.";

    private const string Tab = "a tab in the indentation; YAML indents with spaces only.";

    private const string Directive = "a line that starts with '%' is a YAML directive, allowed only before the document; put the value in quotes.";

    /// <summary>Where the error is (1-based) and what it means, in plain words.</summary>
    /// <param name="text">The file's text, to find what YamlDotNet does not place.</param>
    /// <param name="line">The line YamlDotNet gives (1-based).</param>
    /// <param name="column">The column YamlDotNet gives (1-based).</param>
    /// <param name="message">YamlDotNet's message, without its position.</param>
    public static (int Line, int Column, string Message) Explain(string text, int line, int column, string message)
    {
        if (DuplicateKey().Match(message) is { Success: true } duplicate)
        {
            var key = duplicate.Groups["key"].Value;
            var first = FirstWritten(text, key, line, column) is { } at ? $" (first at line {at})" : string.Empty;
            return (line, column, $"the key '{key}' appears twice{first}; a mapping holds each key once.");
        }

        var words = Plain.FirstOrDefault(p => message.StartsWith(p.Start, StringComparison.Ordinal)).Words;
        if (ReferenceEquals(words, Tab) && IndentingTab(text, line) is { } tab)
        {
            return (tab.Line, tab.Column, Tab);
        }

        return (line, column, words ?? message);
    }

    /// <summary>The line where the mapping holding the key at <paramref name="line"/>:<paramref name="column"/> wrote it
    /// first: the nearest line above with the key at that column, within the mapping (block style); null when none is.</summary>
    private static int? FirstWritten(string text, string key, int line, int column)
    {
        var lines = text.Split('\n');
        for (var i = Math.Min(line, lines.Length) - 2; i >= 0; i--)
        {
            var content = lines[i].TrimEnd('\r');
            var indentation = content.Length - content.TrimStart(' ').Length;
            if (indentation == content.Length || content[indentation] == '#')
            {
                continue;
            }

            // A list item's first key sits after its '- ', and opens the mapping: nothing above it is the same mapping's.
            var dashed = content[indentation] == '-' && indentation + 1 < content.Length && content[indentation + 1] == ' ';
            var keyAt = dashed ? indentation + 1 + (content.Length - indentation - 1 - content[(indentation + 1)..].TrimStart(' ').Length) : indentation;
            if (keyAt == column - 1 && IsKey(content, keyAt, key))
            {
                return i + 1;
            }

            if (keyAt < column - 1 || (dashed && keyAt == column - 1))
            {
                return null;
            }
        }

        return null;
    }

    /// <remarks>The key may be written plain or in quotes (<c>'start':</c>, <c>"start":</c>): it is the same key.</remarks>
    private static bool IsKey(string content, int at, string key) =>
        new[] { key, $"'{key}'", $"\"{key}\"" }.Any(written =>
            string.CompareOrdinal(content, at, written, 0, written.Length) == 0 && content.AsSpan(at + written.Length).TrimStart(' ') is [':', ..]);

    /// <summary>The first tab in the indentation of a line from <paramref name="fromLine"/> on.</summary>
    private static (int Line, int Column)? IndentingTab(string text, int fromLine)
    {
        var lines = text.Split('\n');
        for (var i = Math.Max(0, fromLine - 1); i < lines.Length; i++)
        {
            var indentation = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t', 0, indentation);
            if (tab >= 0)
            {
                return (i + 1, tab + 1);
            }
        }

        return null;
    }

    [GeneratedRegex(@"^Duplicate key (?<key>.*)$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex DuplicateKey();
}
