using System.Globalization;
using Simulator.Core;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Simulator.Scenarios.Yaml;

/// <summary>Loads one YAML document, turning every syntax problem into a located error instead of an exception.</summary>
internal static class YamlDocumentLoader
{
    public const int MaxDepth = 32;
    /// <summary>The most characters a scenario's text may have; a file is held to as many bytes as it is read (<see cref="InputText"/>).</summary>
    public const int MaxLength = InputText.MaxBytes;

    /// <summary>How many values a document may hold once its aliases are expanded.</summary>
    /// <remarks>More than a file of <see cref="MaxLength"/> characters can hold without aliases (a value takes at least
    /// two), so only repetition reaches it: a few lines of aliases of aliases would otherwise describe billions of values,
    /// and reading them would keep <c>validate</c> busy for hours.</remarks>
    public const long MaxValues = 1_000_000;

    /// <summary>What a file that holds no scenario is told it needs.</summary>
    private const string Minimum = "a scenario needs at least 'name', 'start' and 'duration' (or 'end').";

    public static YamlNode? Load(string text, YamlErrors errors)
    {
        if (text.Length > MaxLength)
        {
            errors.Add(1, 1, string.Empty, $"the file has {text.Length} characters; a scenario may have at most {MaxLength}.");
            return null;
        }

        if (UnseenLineBreak(text) is { } unseen)
        {
            errors.Add(unseen.Line, unseen.Column, string.Empty, unseen.Message);
            return null;
        }

        // The representation model loads nodes recursively; a depth check on the (iterative) event stream first keeps
        // a maliciously deep file from overflowing the stack, which no catch could handle. The same pass notes where
        // the aliases are, which the model forgets.
        var documents = new List<Mark>();
        if (!Scan(text, errors, documents))
        {
            return null;
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            Report(errors, text, e);
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or IndexOutOfRangeException or FormatException)
        {
            errors.Add(1, 1, string.Empty, $"not valid YAML: {e.Message}");
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            // A file of comments is no more a scenario than an empty one, but "empty" would send its author looking
            // for lost text.
            errors.Add(1, 1, string.Empty, text.AsSpan().TrimStart('\uFEFF').IsWhiteSpace()
                ? $"the file is empty; {Minimum}"
                : $"the file holds only comments; {Minimum}");
            return null;
        }

        if (stream.Documents.Count > 1)
        {
            var second = documents[1];
            errors.Add((int)second.Line, (int)second.Column, string.Empty, "a second YAML document starts here; a scenario is one. Remove this line and the text after it, or move that text to a file of its own.");
            return null;
        }

        var root = stream.Documents[0].RootNode;
        if (root is YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" } && root.Tag.IsEmpty && root.Anchor.IsEmpty)
        {
            // A '---' with nothing after it: YamlDotNet places the missing value past the end of the line.
            errors.Add((int)documents[0].Line, (int)documents[0].Column, string.Empty, $"the document holds nothing; {Minimum}");
            return null;
        }

        return root;
    }

    /// <summary>Where the text first holds a next-line, line-separator or paragraph-separator character, as an editor
    /// counts lines, and what to say of it; null when it holds none.</summary>
    /// <remarks>
    /// YamlDotNet reads YAML 1.1, which takes them for line breaks, where editors (and YAML 1.2) see none: text after
    /// one in a comment was read as a key, one in a value split it into a mistake on a line the editor doesn't have,
    /// and every line number after it was one off. Written as an escape in double quotes (<c>"\u2028"</c>) it is a
    /// value's character, which <see cref="ControlCharacters"/> refuses where it is read.
    /// </remarks>
    private static (int Line, int Column, string Message)? UnseenLineBreak(string text)
    {
        var at = text.AsSpan().IndexOfAny('\u0085', '\u2028', '\u2029');
        if (at < 0)
        {
            return null;
        }

        var before = text.AsSpan(0, at);
        var line = before.Count('\n') + 1;
        var column = at - (before.LastIndexOf('\n') + 1) + 1;
        var name = text[at] switch
        {
            '\u0085' => "U+0085, next line",
            '\u2028' => "U+2028, line separator",
            _ => "U+2029, paragraph separator",
        };
        return (line, column, $"the file holds an invisible line break ({name}), which YAML reads as the end of a line where an editor shows none; remove it, or break the line there with Enter.");
    }

    /// <summary>Reads the event stream once: refuses nesting deeper than <see cref="MaxDepth"/>, an alias written before
    /// its anchor or inside the value it repeats, more than <see cref="MaxValues"/> values once aliases are expanded, and
    /// notes where every other alias is (<see cref="YamlErrors.Aliases"/>).</summary>
    /// <param name="text">The file's text.</param>
    /// <param name="errors">Where the mistakes found go.</param>
    /// <param name="documents">Filled with where each document starts: its '---', or its first value when it has none.</param>
    private static bool Scan(string text, YamlErrors errors, List<Mark> documents)
    {
        var parser = new Parser(new StringReader(text));
        var open = new Stack<Frame>();
        var anchors = new Dictionary<string, Anchor>(StringComparer.Ordinal);
        var early = new List<(AnchorAlias Alias, string Field)>();

        // Every value counts once, and an alias as many as the value it repeats holds: checked at each alias, the count
        // stops at the first past the limit, long before it could overflow.
        var values = 0L;
        var last = Mark.Empty;
        try
        {
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                last = current.End;
                if (current is MappingEnd or SequenceEnd)
                {
                    var closed = open.Pop();
                    if (closed.Anchor is { } anchored && anchors[anchored].At.Index == closed.Start)
                    {
                        anchors[anchored] = anchors[anchored] with { Values = values - closed.ValuesBefore };
                    }

                    continue;
                }

                if (current is DocumentStart)
                {
                    documents.Add(current.Start);
                    // An anchor belongs to its document (a file of several is refused once they are read).
                    anchors.Clear();
                    continue;
                }

                if (current is not (NodeEvent or AnchorAlias))
                {
                    continue;
                }

                var parent = open.Count > 0 ? open.Peek() : null;
                var place = parent is null ? 0 : parent.Count++;
                var field = parent?.FieldAt(place) ?? string.Empty;
                switch (current)
                {
                    case AnchorAlias alias:
                        var name = alias.Value.Value;
                        if (parent is null || !anchors.TryGetValue(name, out var anchor))
                        {
                            // YamlDotNet resolves an alias to an anchor written after it; YAML does not. A document's
                            // first node, the only one outside any mapping or list, has nothing before it to repeat.
                            early.Add((alias, field));
                            break;
                        }

                        if (open.Any(f => f.Anchor == name && f.Start == anchor.At.Index))
                        {
                            errors.Add((int)alias.Start.Line, (int)alias.Start.Column, field, $"the alias '*{name}' is inside the value anchored '&{name}' at line {anchor.At.Line}, which it repeats; a value can't hold itself.");
                            return false;
                        }

                        values += anchor.Values;
                        if (values > MaxValues)
                        {
                            errors.Add((int)alias.Start.Line, (int)alias.Start.Column, field, string.Create(CultureInfo.InvariantCulture, $"with this alias, the file holds more than {MaxValues:N0} values once its aliases are repeated out; a scenario may hold at most that many. Repeat less through aliases."));
                            return false;
                        }

                        errors.Aliases.Add(parent.Start, parent.Mapping, place, new YamlAlias(name, (int)alias.Start.Line, (int)alias.Start.Column, (int)anchor.At.Line, (int)anchor.At.Column));
                        parent.Name(place, anchor.Text);
                        break;
                    case NodeEvent node:
                        values++;
                        if (!node.Anchor.IsEmpty)
                        {
                            // A mapping or list's count is known at its end.
                            anchors[node.Anchor.Value] = new Anchor(node.Start, (node as Scalar)?.Value, 1);
                        }

                        parent?.Name(place, (node as Scalar)?.Value);
                        if (node is MappingStart or SequenceStart)
                        {
                            if (open.Count + 1 > MaxDepth)
                            {
                                errors.Add((int)node.Start.Line, (int)node.Start.Column, string.Empty, $"the file nests deeper than {MaxDepth} levels.");
                                return false;
                            }

                            open.Push(new Frame(node.Start.Index, node is MappingStart, field, node.Anchor.IsEmpty ? null : node.Anchor.Value, values - 1));
                        }

                        break;
                }
            }
        }
        catch (YamlException e)
        {
            Report(errors, text, e);
            return false;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or IndexOutOfRangeException or FormatException)
        {
            // YamlDotNet's scanner can fail without a YamlException on some malformed input; the end of the last
            // event it read is the best position there is.
            errors.Add(Math.Max(1, (int)last.Line), Math.Max(1, (int)last.Column), string.Empty, "not valid YAML: the text after this point can't be read (an unclosed bracket or quote?).");
            return false;
        }

        foreach (var (alias, field) in early)
        {
            var name = alias.Value.Value;
            errors.Add((int)alias.Start.Line, (int)alias.Start.Column, field, anchors.TryGetValue(name, out var later)
                ? $"not valid YAML: the alias '*{name}' comes before its anchor '&{name}' at line {later.At.Line}; write the anchor first."
                : $"not valid YAML: the alias '*{name}' refers to no anchor '&{name}' before it; put the value in quotes if '*' belongs to it.");
        }

        return early.Count == 0;
    }

    /// <summary>Where an anchor is written, its text when it anchors a plain value (an aliased key's name), and how many
    /// values it holds with its own aliases expanded.</summary>
    private readonly record struct Anchor(Mark At, string? Text, long Values);

    /// <summary>A mapping or list the scan is inside: its start, its field path, its anchor's name if it has one, the
    /// values counted before it, how many nodes it holds so far and the key being read.</summary>
    private sealed class Frame(long start, bool mapping, string path, string? anchor, long valuesBefore)
    {
        private string? _key;

        public long Start => start;

        public bool Mapping => mapping;

        public string? Anchor => anchor;

        public long ValuesBefore => valuesBefore;

        public int Count { get; set; }

        /// <summary>Notes the key a mapping's next value belongs to, when the node at <paramref name="place"/> is a key.</summary>
        public void Name(int place, string? key)
        {
            if (mapping && place % 2 == 0)
            {
                _key = key;
            }
        }

        /// <summary>The field a node at <paramref name="place"/> fills, as <see cref="YamlCursor.Path"/> writes it; a key names its mapping.</summary>
        public string FieldAt(int place) => !mapping
            ? $"{path}[{place}]"
            : place % 2 == 0 ? path
            : path.Length == 0 ? _key ?? string.Empty : $"{path}.{_key}";
    }

    private static void Report(YamlErrors errors, string text, YamlException e)
    {
        var (line, column, message) = YamlSyntax.Explain(text, Math.Max(1, (int)e.Start.Line), Math.Max(1, (int)e.Start.Column), Clean(e));
        errors.Add(line, column, string.Empty, $"not valid YAML: {message}");
    }

    private static string Clean(YamlException e)
    {
        // YamlDotNet prefixes its messages with the position, which the error already carries.
        var message = e.InnerException?.Message ?? e.Message;
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return (message.StartsWith('(') && close > 0 ? message[(close + 3)..] : message).Trim();
    }
}
