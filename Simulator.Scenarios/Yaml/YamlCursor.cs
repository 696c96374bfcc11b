using System.Globalization;
using Simulator.Core;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Simulator.Scenarios.Yaml;

/// <summary>A node of a YAML document with its field path, for reading values and reporting mistakes where they are.</summary>
/// <remarks>
/// Reading never throws: a missing, mistyped or out-of-range value is recorded in <see cref="YamlErrors"/> with the
/// file, line, column and field, and the reader gets null, so one pass reports every mistake in a file. A node
/// reached through an alias is reported at the alias, where the path to the field is written, not at its anchor.
/// </remarks>
internal readonly partial record struct YamlCursor(YamlNode Node, string Path, YamlErrors Errors)
{
    /// <summary>The plain key YAML 1.1 reads as a merge; scenario files don't merge mappings.</summary>
    private const string MergeKey = "<<";

    /// <summary>The short names the Azure portal and documentation give values that scenario files write out in full.</summary>
    /// <remarks>No spelling is close to them ('LRS' is 13 letters from LocallyRedundant), yet they are what a trainer
    /// reads in the portal.</remarks>
    private static readonly Dictionary<string, string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        ["LRS"] = "LocallyRedundant",
        ["GRS"] = "GeoRedundant",
        ["ZRS"] = "ZoneRedundant",
    };

    /// <summary>The enums whose values scenario files write in camelCase, as actions: read ignoring case all the same.</summary>
    private static readonly HashSet<Type> CamelCased =
        [typeof(Model.ActionVerb), typeof(Core.Protection.StopProtectionMode), typeof(Model.HappeningKind)];

    /// <summary>The alias this node was reached through, outermost first: where its mistakes are reported.</summary>
    public YamlAlias? Via { get; init; }

    /// <summary>Where the node is written as a person reads the file: at the alias it was reached through, if any.</summary>
    public (int Line, int Column) Position => Via is { } alias ? (alias.Line, alias.Column) : ((int)Node.Start.Line, (int)Node.Start.Column);

    public bool IsMapping => Node is YamlMappingNode;

    public bool IsSequence => Node is YamlSequenceNode;

    /// <summary>The scalar's raw text, for telling forms apart; null for a mapping or list, for text holding a control
    /// character and for a value tagged other than as text, which only <see cref="AsString"/> reads (and refuses).</summary>
    public string? Scalar => ScalarOf(YamlValueKind.Text);

    /// <summary>The scalar's raw text, as <see cref="Scalar"/>, when it has no tag or one that fits <paramref name="kind"/>.</summary>
    public string? ScalarOf(YamlValueKind kind) =>
        (Node as YamlScalarNode)?.Value is { } text && ControlCharacters.Problem(text, lineBreaksAllowed: false) is null && YamlTags.Problem(Node.Tag, kind, text) is null ? text : null;

    /// <summary>Whether the value is a number as YAML's core schema reads one unquoted (<c>1</c>, <c>-2.5</c>, <c>1e3</c>,
    /// <c>0x1F</c>, <c>.inf</c>): for a field that takes text, where a number is more likely a slip than the text meant.</summary>
    public bool IsPlainNumber => Node is YamlScalarNode { Style: ScalarStyle.Plain, Value: { } text } && Node.Tag.IsEmpty && YamlTags.IsCoreNumber(text);

    public void Error(string message) => Errors.Add(this, Path, message);

    public string Child(string key) => Path.Length == 0 ? key : $"{Path}.{key}";

    /// <summary>Reports every key not in <paramref name="allowed"/>, suggesting the closest allowed one.</summary>
    public bool ExpectMapping(params string[] allowed) => ExpectMapping(allowed, extensionPrefix: null);

    /// <summary>Reports every key not in <paramref name="allowed"/> and not starting with <paramref name="extensionPrefix"/>,
    /// suggesting the closest allowed one.</summary>
    /// <remarks>A key starting with the prefix may hold anything: nothing reads it, so nothing in it is checked where it
    /// is written (a value an alias repeats from it is checked at the alias).</remarks>
    public bool ExpectMapping(string[] allowed, string? extensionPrefix)
    {
        if (Node is not YamlMappingNode mapping)
        {
            Error($"expected a mapping with keys {string.Join(", ", allowed)}, found {Describe(Node)}.");
            return false;
        }

        if (YamlTags.Problem(Node.Tag, YamlValueKind.Mapping) is { } tagged)
        {
            Error(tagged);
        }

        var seen = new Dictionary<string, (int Line, int Column)>(StringComparer.Ordinal);
        var place = 0;
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var at = Descend(keyNode, Path, place);
            var value = Descend(valueNode, Path, place + 1);
            place += 2;
            var key = (keyNode as YamlScalarNode)?.Value;
            if (key is null)
            {
                Errors.Add(at, Path, "keys must be plain names.");
                continue;
            }

            if (keyNode is YamlScalarNode { Style: ScalarStyle.Plain, Value: "" })
            {
                // YAML reads ': value' as a value under an empty key, which it places where the mapping starts: the
                // value is where the key is missing.
                Errors.Add(value, Path, "a key is missing before this value's ':'; write it as 'key: value'.");
                continue;
            }

            if (YamlTags.Problem(keyNode.Tag, YamlValueKind.Text) is { } keyTagged)
            {
                Errors.Add(at, Child(ControlCharacters.Visible(key)), keyTagged);
                continue;
            }

            if (ControlCharacters.Problem(key, lineBreaksAllowed: false, "the key") is { } problem)
            {
                // A key that reads as an allowed one is that key's one mistake: it is not also missing.
                if (allowed.Contains(ControlCharacters.Unseen(key), StringComparer.Ordinal))
                {
                    Errors.NoteMisspelling(Node, ControlCharacters.Unseen(key));
                }

                Errors.Add(at, Child(ControlCharacters.Visible(key)), problem);
                continue;
            }

            if (NoBreakSpaces.AnyIn(key) && !(extensionPrefix is not null && key.StartsWith(extensionPrefix, StringComparison.Ordinal)))
            {
                // Shown as spaces, '    policy' read as an unknown key a person can't tell from the one they wrote.
                if (allowed.Contains(NoBreakSpaces.Plain(key), StringComparer.Ordinal))
                {
                    Errors.NoteMisspelling(Node, NoBreakSpaces.Plain(key));
                }

                Errors.Add(at, Child(NoBreakSpaces.Visible(key)), NoBreakSpaces.Problem(NoBreakSpaces.First(key), "the key"));
                continue;
            }

            if (!seen.TryAdd(key, at.Position))
            {
                Errors.Add(at, Child(key), $"this key appears twice (first at line {seen[key].Line}, column {seen[key].Column}); a mapping holds each key once.");
            }
            else if (IsMerge(keyNode))
            {
                // The keys the merge was meant to bring are missing for that one reason: it says so, once.
                Errors.NoteMerge(Node);
                Errors.Add(at, Child(key), "'<<' (a YAML merge key) is not read in scenario files; write this mapping's keys out. An alias can still repeat a whole value, as in 'schedule: *daily'.");
            }
            else if (!allowed.Contains(key, StringComparer.Ordinal) && !(extensionPrefix is not null && key.StartsWith(extensionPrefix, StringComparison.Ordinal)))
            {
                if (YamlSyntax.KeyAgainstValue(key) is { } joined && allowed.Contains(joined.Key, StringComparer.Ordinal))
                {
                    // In braces YAML takes 'item:vm-a' for a key; told as unknown, with 'item' missing beside it.
                    Errors.NoteMisspelling(Node, joined.Key);
                    if (at.Via is null)
                    {
                        Errors.Add((int)keyNode.Start.Line, (int)keyNode.Start.Column + joined.Key.Length + 1, Child(key), joined.Message);
                    }
                    else
                    {
                        Errors.Add(at, Child(key), joined.Message);
                    }

                    continue;
                }

                var meant = KeySpelling.Meant(key, allowed);
                foreach (var close in meant)
                {
                    Errors.NoteMisspelling(Node, close);
                }

                var hint = KeySpelling.Hint(meant);
                var extensions = extensionPrefix is null ? string.Empty : $", and any key starting with '{extensionPrefix}' (not read: a place for anchors)";
                Errors.Add(at, Child(key), $"unknown key '{key}'.{hint} Allowed here: {string.Join(", ", allowed)}{extensions}.");
            }
        }

        return true;
    }

    /// <summary>The mapping's keys that are plain text; none when this is no mapping.</summary>
    public IEnumerable<string> Keys => Node is YamlMappingNode mapping
        ? mapping.Children.Keys.Select(k => (k as YamlScalarNode)?.Value).OfType<string>()
        : [];

    /// <summary>Whether the mapping has a key <see cref="ExpectMapping(string[], string?)"/> reports as unknown, and, when
    /// <paramref name="meant"/> is given, one it probably means (<see cref="KeySpelling.Meant"/>) among them.</summary>
    /// <remarks>A required key that seems missing because it was misspelt is one mistake: the unknown key, with its
    /// "did you mean", says it; the caller then leaves out its own "missing" message. A merge key (<c>&lt;&lt;</c>)
    /// may have been meant to bring any key, so it counts for all.</remarks>
    public bool HasUnknownKey(IReadOnlyCollection<string> allowed, params string[] meant) =>
        Keys.Any(key => !allowed.Contains(key, StringComparer.Ordinal)
            && (meant.Length == 0 || key == MergeKey || KeySpelling.Meant(key, allowed).Any(close => meant.Contains(close, StringComparer.Ordinal))));

    public YamlCursor? Get(string key)
    {
        if (Node is not YamlMappingNode mapping)
        {
            return null;
        }

        var place = 1;
        foreach (var (keyNode, value) in mapping.Children)
        {
            if (keyNode is YamlScalarNode { Value: { } name } && name == key)
            {
                return Descend(value, Child(key), place);
            }

            place += 2;
        }

        return null;
    }

    public bool Has(string key) => Get(key) is not null;

    /// <summary>The deepest node along a relative path such as <c>retention.daily.days</c> or <c>schedule.times[0]</c>.</summary>
    /// <remarks>Stops at the last part that exists, which is where a mistake about a missing part belongs.</remarks>
    public YamlCursor Find(string relativePath)
    {
        var current = this;
        foreach (var part in relativePath.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var bracket = part.IndexOf('[', StringComparison.Ordinal);
            var key = bracket < 0 ? part : part[..bracket];
            if (current.Get(key) is not { } child)
            {
                return current;
            }

            current = child;
            if (bracket >= 0 && int.TryParse(part[(bracket + 1)..^1], CultureInfo.InvariantCulture, out var index)
                && current.Node is YamlSequenceNode sequence && index >= 0 && index < sequence.Children.Count)
            {
                current = current.Descend(sequence.Children[index], $"{current.Path}[{index}]", index);
            }
        }

        return current;
    }

    /// <summary>The child under <paramref name="key"/> when there is one, else this node: where to report a mistake about it.</summary>
    public YamlCursor At(string key) => Get(key) ?? this;

    /// <summary>True when this mapping holds a key reported as a misspelling of <paramref name="key"/>, or a merge key
    /// that may have been meant to bring it.</summary>
    public bool Misspelt(string key) => Errors.WasMisspelt(Node, key);

    /// <summary>Reports a key this mapping lacks, at the mapping, under the key's field as <see cref="Required"/> does.</summary>
    public void Missing(string key, string message) => Errors.Add(this, Child(key), message);

    public YamlCursor? Required(string key)
    {
        var value = Get(key);
        if (value is null && IsMapping && !Misspelt(key))
        {
            Missing(key, $"'{key}' is required here.");
        }

        return value;
    }

    public IEnumerable<YamlCursor> Items()
    {
        if (Node is not YamlSequenceNode sequence)
        {
            Error($"expected a list, found {Describe(Node)}.");
            yield break;
        }

        if (YamlTags.Problem(Node.Tag, YamlValueKind.List) is { } tagged)
        {
            Error(tagged);
            yield break;
        }

        var index = 0;
        foreach (var child in sequence.Children)
        {
            yield return Descend(child, $"{Path}[{index}]", index);
            index++;
        }
    }

    public IEnumerable<YamlCursor> ItemsOf(string key) => Get(key) is { } list ? list.Items() : [];

    /// <summary>A child of this mapping or list, at its place there (<see cref="YamlAliases"/>), reached through the
    /// alias written there if there is one, or through the one this node was reached through.</summary>
    private YamlCursor Descend(YamlNode child, string path, int place) =>
        new(child, path, Errors) { Via = Via ?? Errors.Aliases.At(Node, place) };

    private static bool IsMerge(YamlNode key) => key is YamlScalarNode { Value: MergeKey, Style: ScalarStyle.Plain };

    private static T Fail<T>(YamlCursor at, string message)
    {
        at.Error(message);
        return default!;
    }

    internal static string Shorten(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 37), "...");

    /// <summary>What to say of a value YAML reads as null (nothing after the colon, <c>~</c>, <c>null</c>); null for any other node.</summary>
    /// <remarks>Read as text, <c>name: ~</c> would name a scenario '~' and <c>days: null</c> be "not a whole number";
    /// quoted, <c>"~"</c> is text as written.</remarks>
    private static string? NoValue(YamlNode node) => node switch
    {
        YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" } => "has no value; write one, or leave it out.",
        YamlScalarNode { Style: ScalarStyle.Plain, Value: "~" or "null" or "Null" or "NULL" } scalar =>
            $"has no value: YAML reads '{scalar.Value}' as none. Write one (in quotes if '{scalar.Value}' itself is meant), or leave it out.",
        _ => null,
    };

    private static string Shown(string? text) => $"'{Shorten(ControlCharacters.Visible(text ?? string.Empty))}'";

    private static string Describe(YamlNode node) => node switch
    {
        _ when NoValue(node) is not null => "no value",
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        YamlScalarNode { Value: var v } when node.Tag.IsEmpty || node.Tag.IsNonSpecific => Shown(v),
        YamlScalarNode { Value: var v } => YamlTags.Found(node.Tag, Shown(v)),
        _ => "an alias",
    };
}
