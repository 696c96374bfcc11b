using System.Text.RegularExpressions;
using Simulator.Core;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using Tokens = YamlDotNet.Core.Tokens;

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
        ("While parsing a block mapping, did not find expected key", ExpectedKey),
        ("While parsing a block collection, did not find expected '-' indicator", ExpectedListItem),
        ("While parsing a flow sequence, did not find expected ',' or ']'", "a list opened with '[' is not closed: a ',' or ']' is missing before this point."),
        ("While parsing a flow mapping, did not find expected ',' or '}'", "a mapping opened with '{' is not closed: a ',' or '}' is missing before this point."),
        ("While parsing a flow mapping,  did not find expected ',' or '}'", "a mapping opened with '{' is not closed: a ',' or '}' is missing before this point."),
        ("While scanning a quoted scalar, found unknown escape character", "a double-quoted text holds a backslash that starts no escape; write \\\\ for a backslash, or use single quotes."),
        ("While scanning a quoted scalar, found unexpected end of stream", "a quoted text is not closed: its closing quote is missing."),
        ("While scanning a quoted scalar, did not find expected hexadecimal number", "a \\x, \\u or \\U escape in a double-quoted text needs hexadecimal digits; write \\\\ for a backslash, or use single quotes."),
        ("While scanning a multi-line double-quoted scalar, found wrong indentation", "a quoted text runs on to a line that is not indented; is its closing quote missing?"),
        ("While scanning for the next token, found character that cannot start any token", "a value can't start with this character ('@', '`' and '%' are reserved in YAML); put the value in quotes."),
        ("While scanning a plain scalar, found a tab character that violate indentation", Tab),
        ("While scanning a mapping, found invalid tab as indentation", Tab),
        ("While scanning a simple key, could not find expected ':'", "a key has no ':' after it, or a quote or bracket before it is not closed."),
        (NoNodeContent, "a value is missing here."),
        ("While parsing a node, found undefined tag handle", "a value starts with '!', which YAML reads as a tag; put the value in quotes."),
        ("While scanning a tag", "a value starts with '!', which YAML reads as a tag; put the value in quotes."),
        ("While scanning an anchor or alias", "a value starts with '&' or '*', which YAML reads as an anchor or alias; put the value in quotes."),
        ("While parsing a node, found more than one anchor", "a value has two anchors ('&a &b value'); give it one, or put the value in quotes if '&' belongs to it."),
        ("While scanning a version directive, did not find preceding <document end>", Directive),
        ("While parsing a document start node, could not find document end marker before version directive", Directive),
        ("While scanning a directive", Directive),
    ];

    private const string NoNodeContent = "While parsing a node, did not find expected node content";

    private const string MappingInValue = "a ':' followed by a space here would start a mapping inside a value; put the value in quotes if the colon belongs to it, or check this line's indentation.";

    private const string ExpectedKey = "expected a key here ('name: value') at the indentation of the keys above it; check this line's indentation.";

    private const string ExpectedListItem = "expected a list item ('- ...') here at the indentation of the items above it; check this line's indentation.";

    private const string Tab = "a tab in the indentation; YAML indents with spaces only.";

    private const string Directive = "a line that starts with '%' is a YAML directive, allowed only before the document; put the value in quotes.";

    /// <summary>Where the error is (1-based) and what it means, in plain words.</summary>
    /// <param name="text">The file's text, to find what YamlDotNet does not place.</param>
    /// <param name="line">The line YamlDotNet gives (1-based).</param>
    /// <param name="column">The column YamlDotNet gives (1-based).</param>
    /// <param name="message">YamlDotNet's message, without its position.</param>
    public static (int Line, int Column, string Message) Explain(string text, int line, int column, string message)
    {
        // A character that shows as nothing (a byte-order mark where two files were joined) is what to remove, not
        // the indentation or the colon YamlDotNet then finds wrong.
        if (text.Split('\n').ElementAtOrDefault(line - 1) is { } written && ControlCharacters.FirstOnLine(written) is { } unseen)
        {
            return (line, unseen.Column, ControlCharacters.Problem(unseen.Character.ToString(), lineBreaksAllowed: false, "the line")!);
        }

        // A no-break space where YAML needs a space makes a key and its value one text, which YAML finds wrong on
        // that line or, as a text runs on, on the next: the space is what to change, and it looks like any other.
        if (NoBreakSpaceAt(text, line) is { } space)
        {
            return (space.Line, space.Column, NoBreakSpaces.Problem(space.Space, "the line"));
        }

        if (MistypedLineAt(text, line) is { } joined)
        {
            return (joined.Line, joined.Column, joined.Message);
        }

        if (DuplicateKey().Match(message) is { Success: true } duplicate)
        {
            var key = duplicate.Groups["key"].Value;
            var first = FirstWritten(text, key, line, column) is { } at ? $" (first at line {at.Line}, column {at.Column})" : string.Empty;
            return (line, column, $"the key '{key}' appears twice{first}; a mapping holds each key once.");
        }

        if (message.StartsWith(NoNodeContent, StringComparison.Ordinal) && UnclosedAtEnd(text, line, column) is { } open)
        {
            // At the end of the file, "a value is missing here" sends a person to a line past their text; the bracket
            // left open is what to change.
            var (kind, closer) = open.Bracket == '[' ? ("list", ']') : ("mapping", '}');
            return (open.Line, open.Column, $"a {kind} opened with '{open.Bracket}' here is not closed: a '{closer}' is missing before the end of the file.");
        }

        var words = Plain.FirstOrDefault(p => message.StartsWith(p.Start, StringComparison.Ordinal)).Words;
        if (ReferenceEquals(words, MappingInValue) && DeeperKeyAt(text, line) is { } deeper)
        {
            return deeper;
        }

        if (ReferenceEquals(words, ExpectedKey) && TextAfterClosingQuote(text, line) is { } after)
        {
            return after;
        }

        if ((ReferenceEquals(words, ExpectedListItem) || ReferenceEquals(words, ExpectedKey)) && ShallowerKeyAt(text, line) is { } shallower)
        {
            return shallower;
        }

        if (ReferenceEquals(words, Tab) && IndentingTab(text, line) is { } tab)
        {
            return (tab.Line, tab.Column, Tab);
        }

        return (line, column, words ?? message);
    }

    /// <summary>Where the mapping holding the key at <paramref name="line"/>:<paramref name="column"/> wrote it first,
    /// block or flow style (<c>{ item: a, item: b }</c>); null when the file can't be read that far.</summary>
    /// <remarks>Read from the event stream, which, unlike the representation model, does not refuse a duplicate: keys
    /// are matched as YAML reads them, plain or quoted, and a mapping nested between the two is not the same one.</remarks>
    private static (int Line, int Column)? FirstWritten(string text, string key, int line, int column)
    {
        var open = new Stack<(Dictionary<string, Mark>? Keys, bool AtKey)>();
        try
        {
            var parser = new Parser(new StringReader(text));
            while (parser.MoveNext())
            {
                switch (parser.Current)
                {
                    case MappingStart:
                        open.Push((new Dictionary<string, Mark>(StringComparer.Ordinal), true));
                        break;
                    case SequenceStart:
                        open.Push((null, false));
                        break;
                    case MappingEnd or SequenceEnd:
                        open.Pop();
                        Filled(open);
                        break;
                    case Scalar scalar when open.TryPeek(out var top) && top is { Keys: { } keys, AtKey: true }:
                        if (scalar.Start.Line == line && scalar.Start.Column == column && scalar.Value == key)
                        {
                            return keys.TryGetValue(key, out var first) ? ((int)first.Line, (int)first.Column) : null;
                        }

                        keys.TryAdd(scalar.Value, scalar.Start);
                        Filled(open);
                        break;
                    case Scalar or AnchorAlias:
                        Filled(open);
                        break;
                }
            }
        }
        catch (YamlException)
        {
            return null;
        }

        return null;
    }

    /// <summary>The innermost '[' or '{' still open where the file ends, when the error at <paramref name="line"/>:<paramref name="column"/>
    /// has nothing but blank space and comments after it; null otherwise.</summary>
    private static (char Bracket, int Line, int Column)? UnclosedAtEnd(string text, int line, int column)
    {
        var open = new Stack<(char Bracket, int Line, int Column)>();
        try
        {
            var scanner = new Scanner(new StringReader(text), skipComments: true);
            while (scanner.MoveNext())
            {
                var token = scanner.Current!;
                if (token.Start.Line > line || (token.Start.Line == line && token.Start.Column >= column))
                {
                    return token is Tokens.StreamEnd && open.Count > 0 ? open.Peek() : null;
                }

                switch (token)
                {
                    case Tokens.FlowSequenceStart or Tokens.FlowMappingStart:
                        open.Push((token is Tokens.FlowSequenceStart ? '[' : '{', (int)token.Start.Line, (int)token.Start.Column));
                        break;
                    case Tokens.FlowSequenceEnd or Tokens.FlowMappingEnd when open.Count > 0:
                        open.Pop();
                        break;
                }
            }
        }
        catch (YamlException)
        {
            return null;
        }

        return null;
    }

    /// <summary>A node is complete in the mapping or list it is in: a mapping's next node is a key if this one was its value.</summary>
    private static void Filled(Stack<(Dictionary<string, Mark>? Keys, bool AtKey)> open)
    {
        if (open.TryPop(out var top))
        {
            open.Push(top.Keys is null ? top : (top.Keys, !top.AtKey));
        }
    }

    /// <summary>A key written against its value (<c>seed:3</c>), and what to say of it; null when <paramref name="text"/>
    /// is not one.</summary>
    /// <remarks>
    /// JSON and many configuration files take no space after a ':', YAML needs one: without it the line is one text,
    /// which YAML finds where a key belongs and told as "check this line's indentation", of a line indented right.
    /// </remarks>
    public static (string Key, string Message)? KeyAgainstValue(string text) =>
        JoinedKey().Match(text) is { Success: true } joined
            ? (joined.Groups["key"].Value, $"'{text}' has no space after its ':', so YAML reads it as one text, not a key and its value; write '{joined.Groups["key"].Value}: {joined.Groups["value"].Value}'.")
            : null;

    /// <summary>A key written against its value, or a list item's '-' against its key or typed as another dash, on the
    /// line of the error or the line before: where to change it, and what to say.</summary>
    private static (int Line, int Column, string Message)? MistypedLineAt(string text, int line)
    {
        var lines = text.Split('\n');
        for (var i = line - 1; i >= Math.Max(0, line - 2); i--)
        {
            if (i >= lines.Length)
            {
                continue;
            }

            var written = lines[i].TrimEnd('\r');
            if (TypographicDash().Match(written) is { Success: true } typed)
            {
                // A word processor's autocorrect turns '- ' into a dash, which looks like it and is a letter to YAML.
                var (name, code) = typed.Value[^2] switch
                {
                    '\u2013' => ("an en dash", "U+2013"),
                    '\u2014' => ("an em dash", "U+2014"),
                    _ => ("a minus sign", "U+2212"),
                };
                return (i + 1, typed.Length - 1, $"the line starts with {name} ({code}) where a list item starts with '-', and YAML reads it as a letter; type '-' in its place.");
            }

            if (DashAgainstKey().Match(written) is { Success: true } dash)
            {
                // '-name: x' is a key '-name', not a list item: its value then runs on to the next line's key.
                var key = dash.Groups["key"].Value;
                return (i + 1, dash.Groups["key"].Index + 1, $"'-{key}' has no space after its '-', so YAML reads it as a key, not a list item; write '- {key}'.");
            }

            var item = ListItem().Match(written);
            var entry = written[item.Length..];
            if (KeyAgainstValue(entry.TrimEnd(' ')) is { } joined)
            {
                return (i + 1, item.Length + joined.Key.Length + 2, joined.Message);
            }
        }

        return null;
    }

    /// <summary>A space YAML does not read as one where it needs a plain space, on the line of the error or the line before.</summary>
    private static (char Space, int Line, int Column)? NoBreakSpaceAt(string text, int line)
    {
        var lines = text.Split('\n');
        for (var i = line - 1; i >= Math.Max(0, line - 2); i--)
        {
            if (i < lines.Length && NoBreakSpaces.WhereYamlNeedsASpace(lines[i]) is { } found)
            {
                return (found.Space, i + 1, found.Column);
            }
        }

        return null;
    }

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

    /// <summary>A key of letters, digits and hyphens, then a ':' and at once its value.</summary>
    [GeneratedRegex(@"^(?<key>[A-Za-z][A-Za-z0-9-]*):(?<value>[^\s:/#].*)$", RegexOptions.CultureInvariant)]
    private static partial Regex JoinedKey();

    /// <summary>A line opened as a list item with a dash other than YAML's '-', and the space after it.</summary>
    [GeneratedRegex(@"^ *[\u2013\u2014\u2212] ", RegexOptions.CultureInvariant)]
    private static partial Regex TypographicDash();

    /// <summary>A list item's '-' written against its first key (<c>  -name: x</c>).</summary>
    [GeneratedRegex(@"^ *-(?<key>[A-Za-z][A-Za-z0-9-]*):(?: |$)", RegexOptions.CultureInvariant)]
    private static partial Regex DashAgainstKey();

    /// <summary>A line's indentation and the list items it opens (<c>  - </c>), before its first key.</summary>
    [GeneratedRegex(@"^ *(?:- +)*", RegexOptions.CultureInvariant)]
    private static partial Regex ListItem();
}
