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
internal readonly record struct YamlCursor(YamlNode Node, string Path, YamlErrors Errors)
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

    public YamlCursor? Required(string key)
    {
        var value = Get(key);
        if (value is null && IsMapping && !Misspelt(key))
        {
            Errors.Add(this, Child(key), $"'{key}' is required here.");
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

    /// <summary>The scalar's text: the one place a scenario's values become strings.</summary>
    /// <param name="kind">What the field takes, which a tag written on the value must fit (<see cref="YamlTags"/>).</param>
    /// <remarks>Text holding a control character is refused here, so none reaches a name, a message or a report; only the
    /// header's <c>description</c> may hold line breaks and tabs.</remarks>
    public string? AsString(YamlValueKind kind = YamlValueKind.Text)
    {
        if (Node is YamlScalarNode scalar && YamlTags.Problem(Node.Tag, kind, scalar.Value ?? string.Empty) is { } tagged)
        {
            Error(tagged);
            return null;
        }

        if (NoValue(Node) is { } missing)
        {
            Error(missing);
            return null;
        }

        if (Node is YamlScalarNode { Value: { } value })
        {
            if (ControlCharacters.Problem(value, lineBreaksAllowed: Path == "description") is { } problem)
            {
                Error(problem);
                return null;
            }

            return value;
        }

        // A count written as a list is told it takes a number, not a text: the field's kind, not how it is read.
        Error($"expected {(kind == YamlValueKind.Text ? "a text value" : YamlTags.Says(kind))}, found {Describe(Node)}.");
        return null;
    }

    /// <summary>The value as text that is not blank: a name, an id, a message.</summary>
    public string? AsText()
    {
        var text = AsString();
        if (text is not null && string.IsNullOrWhiteSpace(text))
        {
            Error("must not be empty.");
            return null;
        }

        return text;
    }

    public string? String(string key, bool required = false) => (required ? Required(key) : Get(key))?.AsText();

    public long? AsInteger(long min, long max, string unit = "")
    {
        var text = AsString(YamlValueKind.WholeNumber);
        if (text is null || SpacedAround(text, trimmed => long.TryParse(trimmed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)))
        {
            return null;
        }

        if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            // Digits too many for a long are still a whole number, only out of range.
            var digits = text.StartsWith('-') || text.StartsWith('+') ? text[1..] : text;
            Error(digits.Length > 0 && digits.All(char.IsAsciiDigit)
                ? $"{Shorten(text)} is out of range; allowed is {min} to {max}{unit}."
                : YamlTags.NonDecimal(text) ?? $"'{Shorten(text)}' is not a whole number.");
            return null;
        }

        if (value < min || value > max)
        {
            Error($"{value} is out of range; allowed is {min} to {max}{unit}.");
            return null;
        }

        return value;
    }

    public int? Int(string key, int min, int max, string unit = "", bool required = false) =>
        (required ? Required(key) : Get(key))?.AsInteger(min, max, unit) is { } value ? (int)value : null;

    public double? AsNumber(double min, double max, string unit = "")
    {
        // NumberStyles.Float would read ' 300' as 300: a number is written alone, as every value is.
        var text = AsString(YamlValueKind.Number);
        if (text is null || SpacedAround(text, trimmed => double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out _) || YamlTags.CoreNonFinite(trimmed) is not null))
        {
            return null;
        }

        var range = $"{min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}{unit}";
        var read = double.TryParse(text, NumberStyles.Float & ~(NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite), CultureInfo.InvariantCulture, out var value);

        // YAML reads .inf, -.inf and .nan as floats (and .NET its Infinity and NaN): numbers of a kind, none in any
        // field's range, so told the range rather than that they are no number.
        if (NonFinite(text, read, value) is { } nonFinite)
        {
            Error($"'{Shorten(text)}' is {nonFinite}; write a finite number from {range}.");
            return null;
        }

        if (!read)
        {
            Error(YamlTags.NonDecimal(text) ?? $"'{Shorten(text)}' is not a number.");
            return null;
        }

        // Adding zero turns -0 into 0, which the core's guards (double.IsNegative) would otherwise refuse. A number too
        // large for a double reads as infinite: it is still a number, only out of range, and is said as the file writes
        // it (20 nines, not 1E+20).
        value += 0.0;
        if (value < min || value > max)
        {
            Error($"{Shorten(text)} is out of range; allowed is {range}.");
            return null;
        }

        return value;
    }

    /// <summary>"infinite" or "not a number" for a value written as a word for one (<c>.inf</c>, <c>.nan</c>,
    /// <c>Infinity</c>); null for a numeral, even one too large for a double, which is only out of range.</summary>
    private static string? NonFinite(string text, bool read, double value) =>
        YamlTags.CoreNonFinite(text)
        ?? (!read || double.IsFinite(value) || text.Any(char.IsAsciiDigit) ? null : double.IsNaN(value) ? "not a number" : "infinite");

    public double? Number(string key, double min, double max, string unit = "", bool required = false) =>
        (required ? Required(key) : Get(key))?.AsNumber(min, max, unit);

    public bool? Bool(string key)
    {
        var value = Get(key);
        var text = value?.AsString(YamlValueKind.Boolean);
        return text is null ? null : BooleanWord(text) ?? Fail<bool?>(value!.Value, $"'{Shorten(text)}' is not true or false.");
    }

    /// <summary>What <paramref name="text"/> says as a yes or no, in any case (true, yes, on; false, no, off); null when it is neither.</summary>
    /// <remarks>The one reading of a boolean, also for keys that take either a boolean or a text (<c>refused</c>, <c>noFailedJobs</c>).</remarks>
    public static bool? BooleanWord(string? text) => text?.ToLowerInvariant() switch
    {
        "true" or "yes" or "on" => true,
        "false" or "no" or "off" => false,
        _ => null,
    };

    public TEnum? AsEnum<TEnum>()
        where TEnum : struct, Enum =>
        AsWord([.. Words<TEnum>()]) is { } word ? System.Enum.Parse<TEnum>(word, ignoreCase: true) : null;

    /// <summary>The value as <paramref name="words"/> spell it, matched in any case, as every word of the file is.</summary>
    /// <remarks>Matched against the words, not through Enum.TryParse, which trims blank space, reads a number as a
    /// value and a comma-joined list ('Daily, Weekly') as one value: none of them is a word of the file.</remarks>
    public string? AsWord(IReadOnlyList<string> words)
    {
        var text = AsString();
        if (text is null)
        {
            return null;
        }

        if (words.FirstOrDefault(word => string.Equals(word, text, StringComparison.OrdinalIgnoreCase)) is { } word)
        {
            return word;
        }

        if (!SpacedAround(text, trimmed => words.Contains(trimmed, StringComparer.OrdinalIgnoreCase)))
        {
            NotOneOf(text, words);
        }

        return null;
    }

    /// <summary>The value, which must be one of <paramref name="words"/> as written there, case and all (an error code as Azure spells it).</summary>
    public string? AsOneOf(IReadOnlyList<string> words)
    {
        var text = AsText();
        if (text is null || words.Contains(text, StringComparer.Ordinal))
        {
            return text;
        }

        if (!SpacedAround(text, trimmed => words.Contains(trimmed, StringComparer.Ordinal)))
        {
            NotOneOf(text, words);
        }

        return null;
    }

    /// <summary>Whether <paramref name="text"/> has blank space around a value <paramref name="reads"/> takes, which it
    /// then reports: a value is written alone, and told so rather than that it is none of its kind.</summary>
    private bool SpacedAround(string text, Func<string, bool> reads)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0 || trimmed == text || !reads(trimmed))
        {
            return false;
        }

        Error(BlankSpaceAround(text, trimmed));
        return true;
    }

    /// <summary>What a value written with blank space around it is told: the one wording for every kind of value.</summary>
    internal static string BlankSpaceAround(string text, string trimmed) =>
        $"'{Shorten(text)}' has blank space around it; write {trimmed} alone.";

    private void NotOneOf(string text, IReadOnlyList<string> words)
    {
        // A slip in a value ('repairAgnet') is told what it was meant to be, as a slip in a key is.
        var meant = Abbreviations.TryGetValue(text, out var word) && words.Contains(word) ? word : Spelling.Closest(text, words);
        Error($"'{Shorten(text)}' is not one of {string.Join(", ", words)}.{(meant is null ? string.Empty : $" Did you mean '{meant}'?")}");
    }

    /// <summary>An enum's values as the documentation and the bundled files write them: verbs and modes in camelCase
    /// (<c>backupNow</c>, <c>retainForever</c>), states and kinds as the Azure API spells them (<c>Failed</c>, <c>Standard</c>).</summary>
    internal static IEnumerable<string> Words<TEnum>()
        where TEnum : struct, Enum
    {
        var names = System.Enum.GetNames<TEnum>();
        return CamelCased.Contains(typeof(TEnum)) ? names.Select(Camel) : names;
    }

    /// <summary>A verb or happening as the file writes it (<c>breakAgent</c>, <c>snapshotCompleted</c>).</summary>
    internal static string Word<TEnum>(TEnum value)
        where TEnum : struct, System.Enum => Camel(value.ToString());

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    public TEnum? Enum<TEnum>(string key, bool required = false)
        where TEnum : struct, Enum =>
        (required ? Required(key) : Get(key))?.AsEnum<TEnum>();

    /// <summary>Reads a duration (<c>3d</c>, <c>2h30m</c>, <c>90s</c>), at least <paramref name="min"/> and at most <paramref name="max"/>.</summary>
    /// <param name="min">The shortest allowed; none when null.</param>
    /// <param name="max">The longest allowed; with it, a value out of range is told the whole range and <paramref name="meaning"/>.</param>
    /// <param name="meaning">What the value is, ending the message of one out of range: why the range is what it is.</param>
    public NodaTime.Duration? AsDuration(NodaTime.Duration? min = null, NodaTime.Duration? max = null, string? meaning = null)
    {
        var text = AsString();
        if (text is null)
        {
            return null;
        }

        // One too long for any duration is out of a field's own range too, which says what the field allows.
        if (!ScenarioTime.TryParseDuration(text, out var duration, out var error) && !(max is not null && duration == NodaTime.Duration.MaxValue))
        {
            Error(error);
            return null;
        }

        var floor = min ?? NodaTime.Duration.Zero;
        if (max is { } ceiling && (duration < floor || duration > ceiling))
        {
            Error($"'{text}' is out of range; allowed is {ScenarioTime.Format(floor)} to {ScenarioTime.Format(ceiling)}{(meaning is null ? "." : $": {meaning}")}");
            return null;
        }

        if (duration < floor)
        {
            Error($"'{text}' is too short; it must be at least {ScenarioTime.Format(floor)}.");
            return null;
        }

        return duration;
    }

    public NodaTime.Duration? Duration(string key, bool required = false, NodaTime.Duration? min = null, NodaTime.Duration? max = null, string? meaning = null) =>
        (required ? Required(key) : Get(key))?.AsDuration(min, max, meaning);

    /// <summary>Reads a time (<see cref="ScenarioTime.TryParseInstant"/>).</summary>
    /// <param name="displayZone">Where a time without an offset is read.</param>
    /// <param name="offsetOrigin">Where the field takes a <c>+offset</c> too, what it counts from, told with a time that is none.</param>
    public NodaTime.Instant? AsInstant(NodaTime.DateTimeZone displayZone, string? offsetOrigin = null)
    {
        var text = AsString();
        if (text is null)
        {
            return null;
        }

        if (!ScenarioTime.TryParseInstant(text, displayZone, out var instant, out var error))
        {
            Error(offsetOrigin is null ? error : error + ScenarioTime.OffsetHint(text, offsetOrigin, error));
            return null;
        }

        return instant;
    }

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
