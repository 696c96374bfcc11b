using System.Globalization;
using Simulator.Core;
using YamlDotNet.RepresentationModel;

namespace Simulator.Scenarios.Yaml;

/// <summary>Reading a node's value: text, numbers, yes or no, words of a list or an enum, durations and times.</summary>
/// <remarks>Each reader records a value it can't take in <see cref="YamlErrors"/> at the node, and returns null.</remarks>
internal readonly partial record struct YamlCursor
{
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
}
