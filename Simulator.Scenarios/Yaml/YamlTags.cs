using YamlDotNet.Core;

namespace Simulator.Scenarios.Yaml;

/// <summary>The YAML tags a scenario file may write on a value: the standard ones, each on a field of its kind.</summary>
/// <remarks>
/// A scenario reads every value by its field, not by its tag, so a tag could only be ignored: <c>!!binary</c> would
/// name a vault by its base64 text, <c>!!int</c> on a name would say a number and read a text. A tag that says what
/// the field takes anyway (<c>!!str</c> on a name, <c>!!int</c> on a count) is harmless and read; any other is refused.
/// <c>!!timestamp</c> is not among them: YAML reads a time without an offset as UTC, a scenario in its
/// <c>displayTimeZone</c>.
/// </remarks>
internal static class YamlTags
{
    private const string Standard = "tag:yaml.org,2002:";

    /// <summary>What each standard tag read here says a value is, and the kinds of field it fits.</summary>
    private static readonly Dictionary<string, (string Says, YamlValueKind Fits)> Known = new(StringComparer.Ordinal)
    {
        [Standard + "str"] = ("a text", YamlValueKind.Text),
        [Standard + "int"] = ("a whole number", YamlValueKind.WholeNumber | YamlValueKind.Number),
        [Standard + "float"] = ("a number", YamlValueKind.Number),
        [Standard + "bool"] = ("true or false", YamlValueKind.Boolean),
        [Standard + "map"] = ("a mapping", YamlValueKind.Mapping),
        [Standard + "seq"] = ("a list", YamlValueKind.List),
    };

    /// <summary>Why a value tagged <paramref name="tag"/> can't be read as <paramref name="kind"/>; null when it has no tag or a fitting one.</summary>
    public static string? Problem(TagName tag, YamlValueKind kind)
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
            return $"the tag '{written}' is not read in scenario files (only !!str, !!int, !!float, !!bool, !!map and !!seq, on a value of that kind); write the value without it, in quotes if the '!' belongs to the value.";
        }

        return (known.Fits & kind) != 0
            ? null
            : $"the tag '{written}' makes this {known.Says}, but it takes {Says(kind)}; write the value without the tag.";
    }

    /// <summary>The tag as a file writes it: <c>!!int</c> for the standard <c>tag:yaml.org,2002:int</c>.</summary>
    private static string Written(TagName tag) =>
        tag.Value.StartsWith(Standard, StringComparison.Ordinal) ? "!!" + tag.Value[Standard.Length..] : tag.Value;

    private static string Says(YamlValueKind kind) => kind switch
    {
        YamlValueKind.Text | YamlValueKind.Boolean => "true or a text",
        YamlValueKind.WholeNumber => "a whole number",
        YamlValueKind.Number => "a number",
        YamlValueKind.Boolean => "true or false",
        YamlValueKind.Mapping => "a mapping",
        YamlValueKind.List => "a list",
        _ => "a text",
    };
}
