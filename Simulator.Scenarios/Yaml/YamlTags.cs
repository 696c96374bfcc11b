using System.Text.RegularExpressions;
using YamlDotNet.Core;

namespace Simulator.Scenarios.Yaml;

/// <summary>The YAML tags a scenario file may write on a value: the standard ones, each on a field of its kind.</summary>
/// <remarks>
/// A scenario reads every value by its field, not by its tag, so a tag could only be ignored: <c>!!binary</c> would
/// name a vault by its base64 text, <c>!!int</c> on a name would say a number and read a text. A tag that says what
/// the field takes anyway (<c>!!str</c> on a name, <c>!!int</c> on a count) is harmless and read, when the value is one
/// the tag describes (<c>!!int 200.5</c> and <c>!!bool yes</c> are not); any other is refused.
/// <c>!!timestamp</c> is not among them: YAML reads a time without an offset as UTC, a scenario in its
/// <c>displayTimeZone</c>.
/// </remarks>
internal static partial class YamlTags
{
    private const string Standard = "tag:yaml.org,2002:";

    /// <summary>What each standard tag read here says a value is, the kinds of field it fits, and, for a scalar's, the
    /// values YAML 1.2's core schema gives that tag (null: any).</summary>
    private static readonly Dictionary<string, (string Says, YamlValueKind Fits, Regex? Describes)> Known = new(StringComparer.Ordinal)
    {
        [Standard + "str"] = ("a text", YamlValueKind.Text, null),
        [Standard + "int"] = ("a whole number", YamlValueKind.WholeNumber | YamlValueKind.Number, CoreInt()),
        [Standard + "float"] = ("a number", YamlValueKind.Number, CoreFloat()),
        [Standard + "bool"] = ("true or false", YamlValueKind.Boolean, CoreBool()),
        [Standard + "map"] = ("a mapping", YamlValueKind.Mapping, null),
        [Standard + "seq"] = ("a list", YamlValueKind.List, null),
    };

    /// <summary>Why a value tagged <paramref name="tag"/> can't be read as <paramref name="kind"/>; null when it has no tag or a fitting one.</summary>
    /// <param name="tag">The tag written on the value.</param>
    /// <param name="kind">What the field takes.</param>
    /// <param name="value">The scalar's text, which the tag must describe (<c>!!int 200.5</c>, <c>!!bool yes</c> don't);
    /// null for a mapping or a list.</param>
    public static string? Problem(TagName tag, YamlValueKind kind, string? value = null)
    {
        // '!' alone (non-specific) is YAML's way to say "a text", as quotes do.
        if (tag.IsEmpty || (tag.IsNonSpecific && tag.Value == "!" && kind.HasFlag(YamlValueKind.Text)))
        {
            return null;
        }

        var written = Written(tag);
        if (tag.Value == Standard + "null")
        {
            return $"the tag '{written}' says this has no value; write one, or leave it out.";
        }

        if (!Known.TryGetValue(tag.Value, out var known))
        {
            return $"the tag '{written}' is not read in scenario files (only {ReadTags}, on a value of that kind); write the value without it, in quotes if the '!' belongs to the value.";
        }

        if ((known.Fits & kind) == 0)
        {
            return $"the tag '{written}' makes this {known.Says}, but it takes {Says(kind)}; write the value without the tag.";
        }

        // A tag that fits the field yet not its value says two things; neither is taken over the other. A tag on nothing
        // is told it has no value where the value is read.
        return value is { Length: > 0 } && known.Describes is { } describes && !describes.IsMatch(value)
            ? $"the tag '{written}' makes this {known.Says}, which '{YamlCursor.Shorten(value)}' is not in YAML 1.2; correct the value, or write it without the tag."
            : null;
    }

    /// <summary>The tags a scenario file reads, as a person is told them.</summary>
    private const string ReadTags = "!!str, !!int, !!float, !!bool, !!map and !!seq";

    /// <summary>A tagged text found where a mapping or a list goes, as a person is told it: with its tag, which may be why it is a text at all (<c>!!binary</c>).</summary>
    /// <param name="shown">The text, as it is shown.</param>
    public static string Found(TagName tag, string shown) =>
        Known.ContainsKey(tag.Value)
            ? $"a value tagged '{Written(tag)}' ({shown})"
            : $"a value tagged '{Written(tag)}' ({shown}), a tag scenario files don't read (only {ReadTags})";

    /// <summary>The tag as a file writes it: <c>!!int</c> for the standard <c>tag:yaml.org,2002:int</c>.</summary>
    private static string Written(TagName tag) =>
        tag.Value.StartsWith(Standard, StringComparison.Ordinal) ? "!!" + tag.Value[Standard.Length..] : tag.Value;

    /// <summary>What a field of <paramref name="kind"/> takes, in words: also what a list or mapping written there is told it expected.</summary>
    internal static string Says(YamlValueKind kind) => kind switch
    {
        YamlValueKind.Text | YamlValueKind.Boolean => "true or a text",
        YamlValueKind.WholeNumber => "a whole number",
        YamlValueKind.Number => "a number",
        YamlValueKind.Boolean => "true or false",
        YamlValueKind.Mapping => "a mapping",
        YamlValueKind.List => "a list",
        _ => "a text",
    };

    /// <summary>Whether YAML 1.2's core schema reads the text, unquoted, as a number (an integer or a float).</summary>
    public static bool IsCoreNumber(string text) => CoreInt().IsMatch(text) || CoreFloat().IsMatch(text);

    /// <summary>What YAML 1.2's core schema reads the text as when it is a float but no finite number: "infinite"
    /// (<c>.inf</c>, <c>-.inf</c>) or "not a number" (<c>.nan</c>); null for any other text.</summary>
    public static string? CoreNonFinite(string text) =>
        CoreInfinity().IsMatch(text) ? "infinite" : CoreNaN().IsMatch(text) ? "not a number" : null;

    [GeneratedRegex(@"^[-+]?\.(inf|Inf|INF)$", RegexOptions.CultureInvariant)]
    private static partial Regex CoreInfinity();

    [GeneratedRegex(@"^\.(nan|NaN|NAN)$", RegexOptions.CultureInvariant)]
    private static partial Regex CoreNaN();

    /// <summary>What to say of a whole number YAML 1.2's core schema reads in hexadecimal (<c>0x10</c>) or octal
    /// (<c>0o17</c>): its decimal value, which a scenario writes; null for any other text.</summary>
    public static string? NonDecimal(string text)
    {
        var (digits, radix, name) = text switch
        {
            _ when HexInt().IsMatch(text) => (text[2..], 16, "hexadecimal"),
            _ when OctalInt().IsMatch(text) => (text[2..], 8, "octal"),
            _ => (string.Empty, 0, string.Empty),
        };
        if (radix == 0)
        {
            return null;
        }

        var value = digits.Aggregate(System.Numerics.BigInteger.Zero, (sum, digit) => (sum * radix) + Convert.ToInt32(digit.ToString(), 16));
        return $"'{YamlCursor.Shorten(text)}' is {name}; a scenario writes numbers in decimal: {YamlCursor.Shorten(value.ToString(System.Globalization.CultureInfo.InvariantCulture))}.";
    }

    [GeneratedRegex(@"^0x[0-9a-fA-F]+$", RegexOptions.CultureInvariant)]
    private static partial Regex HexInt();

    [GeneratedRegex(@"^0o[0-7]+$", RegexOptions.CultureInvariant)]
    private static partial Regex OctalInt();

    /// <summary>YAML 1.2 core schema's integers.</summary>
    [GeneratedRegex(@"^([-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex CoreInt();

    /// <summary>YAML 1.2 core schema's floats (which take a whole number too).</summary>
    [GeneratedRegex(@"^([-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))$", RegexOptions.CultureInvariant)]
    private static partial Regex CoreFloat();

    /// <summary>YAML 1.2 core schema's booleans: not yes, no, on or off, which only YAML 1.1 read so.</summary>
    [GeneratedRegex(@"^(true|True|TRUE|false|False|FALSE)$", RegexOptions.CultureInvariant)]
    private static partial Regex CoreBool();
}
