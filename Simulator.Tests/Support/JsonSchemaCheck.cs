using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Simulator.Tests.Support;

/// <summary>Checks a value against a JSON Schema as an editor does, for the keywords scenario.schema.json uses (and
/// <c>allOf</c>, <c>if</c>/<c>then</c>/<c>else</c>); a keyword it does not know fails the check rather than pass in
/// silence. YAML is read as yaml-language-server reads it: a plain scalar that looks like a number, true, false or null
/// is one, anything quoted is text.</summary>
internal static class JsonSchemaCheck
{
    private static readonly HashSet<string> Known =
    [
        "$schema", "$id", "$defs", "title", "description", "default", "patternErrorMessage", "type", "enum", "const", "minimum", "maximum", "pattern",
        "minLength", "maxLength", "items", "minItems", "maxItems", "uniqueItems", "properties", "patternProperties",
        "additionalProperties", "required", "oneOf", "anyOf", "allOf", "not", "if", "then", "else",
    ];

    /// <summary>The schema with each <c>{"$ref": "#/$defs/NAME"}</c> replaced by that definition, as an editor resolves it,
    /// so that checks and tests read a policy where it is used.</summary>
    public static JsonElement Inlined(JsonElement schema)
    {
        var root = JsonNode.Parse(schema.GetRawText())!;
        var definitions = root["$defs"]?.AsObject();
        JsonNode? Resolve(JsonNode? node) => node switch
        {
            JsonObject o when o.Count == 1 && o["$ref"]?.GetValue<string>() is { } target =>
                Resolve(definitions?[target.Replace("#/$defs/", string.Empty, StringComparison.Ordinal)]?.DeepClone() ?? throw new InvalidOperationException($"no definition for {target}")),
            JsonObject o => new JsonObject(o.Select(p => KeyValuePair.Create(p.Key, Resolve(p.Value)))),
            JsonArray a => new JsonArray(a.Select(Resolve).ToArray()),
            _ => node?.DeepClone(),
        };

        return JsonDocument.Parse(Resolve(root)!.ToJsonString()).RootElement;
    }

    public static JsonNode? FromYaml(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return Convert(stream.Documents[0].RootNode);
    }

    private static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(c => KeyValuePair.Create(((YamlScalarNode)c.Key).Value!, Convert(c.Value)))),
        YamlSequenceNode list => new JsonArray(list.Children.Select(Convert).ToArray()),
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain } plain => Plain(plain.Value ?? string.Empty),
        YamlScalarNode quoted => JsonValue.Create(quoted.Value),
        _ => throw new InvalidOperationException($"no JSON for {node.NodeType}"),
    };

    private static JsonNode? Plain(string text) => text switch
    {
        "true" => JsonValue.Create(true),
        "false" => JsonValue.Create(false),
        "null" or "~" or "" => null,
        _ when Regex.IsMatch(text, "^-?[0-9]+$") && long.TryParse(text, CultureInfo.InvariantCulture, out var whole) => JsonValue.Create(whole),
        _ when Regex.IsMatch(text, @"^-?[0-9]+(\.[0-9]*)?([eE][-+]?[0-9]+)?$") => JsonValue.Create(double.Parse(text, CultureInfo.InvariantCulture)),
        _ => JsonValue.Create(text),
    };

    /// <summary>Each place the value breaks the schema, as <c>path: keyword</c>; none when it holds.</summary>
    public static List<string> Problems(JsonElement schema, JsonNode? value, string path = "$")
    {
        var problems = new List<string>();
        foreach (var keyword in schema.EnumerateObject())
        {
            if (!Known.Contains(keyword.Name))
            {
                problems.Add($"{path}: keyword '{keyword.Name}' is not checked here");
            }
            else if (!Holds(keyword.Name, keyword.Value, schema, value, path, problems))
            {
                problems.Add($"{path}: {keyword.Name}");
            }
        }

        return problems;
    }

    public static bool Accepts(JsonElement schema, JsonNode? value) => Problems(schema, value).Count == 0;

    private static bool Holds(string keyword, JsonElement rule, JsonElement schema, JsonNode? value, string path, List<string> problems) => keyword switch
    {
        "type" => TypeOf(value) == rule.GetString() || (rule.GetString() == "number" && TypeOf(value) == "integer"),
        "enum" => rule.EnumerateArray().Any(v => Same(v, value)),
        "const" => Same(rule, value),
        "minimum" => Number(value) is not { } n || n >= rule.GetDouble(),
        "maximum" => Number(value) is not { } n || n <= rule.GetDouble(),
        "pattern" => Text(value) is not { } t || Regex.IsMatch(t, rule.GetString()!),
        "minLength" => Text(value) is not { } t || t.Length >= rule.GetInt32(),
        "maxLength" => Text(value) is not { } t || t.Length <= rule.GetInt32(),
        "minItems" => value is not JsonArray a || a.Count >= rule.GetInt32(),
        "maxItems" => value is not JsonArray a || a.Count <= rule.GetInt32(),
        "uniqueItems" => value is not JsonArray a || !rule.GetBoolean() || a.Select(v => v?.ToJsonString()).Distinct().Count() == a.Count,
        "items" => value is not JsonArray a || Each(a.Select((v, i) => Problems(rule, v, $"{path}[{i}]")), problems),
        "properties" => value is not JsonObject o || Each(o.Where(p => rule.TryGetProperty(p.Key, out _)).Select(p => Problems(rule.GetProperty(p.Key), p.Value, $"{path}.{p.Key}")), problems),
        "patternProperties" => value is not JsonObject o || Each(rule.EnumerateObject().SelectMany(r => o.Where(p => Regex.IsMatch(p.Key, r.Name)).Select(p => Problems(r.Value, p.Value, $"{path}.{p.Key}"))), problems),
        "additionalProperties" => value is not JsonObject o || rule.ValueKind != JsonValueKind.False || o.All(p => Declared(schema, p.Key)),
        "required" => value is not JsonObject o || rule.EnumerateArray().All(k => o.ContainsKey(k.GetString()!)),
        "oneOf" => rule.EnumerateArray().Count(c => Accepts(c, value)) == 1,
        "anyOf" => rule.EnumerateArray().Any(c => Accepts(c, value)),
        "allOf" => Each(rule.EnumerateArray().Select(c => Problems(c, value, path)), problems),
        "not" => !Accepts(rule, value),
        "if" => Accepts(rule, value)
            ? !schema.TryGetProperty("then", out var then) || Each([Problems(then, value, path)], problems)
            : !schema.TryGetProperty("else", out var otherwise) || Each([Problems(otherwise, value, path)], problems),
        _ => true, // annotations, and 'then'/'else', which 'if' reads
    };

    private static bool Each(IEnumerable<List<string>> results, List<string> problems)
    {
        var found = results.SelectMany(r => r).ToList();
        problems.AddRange(found);
        return true; // the problems found below are reported where they are, not again here
    }

    private static bool Declared(JsonElement schema, string key) =>
        (schema.TryGetProperty("properties", out var properties) && properties.TryGetProperty(key, out _))
        || (schema.TryGetProperty("patternProperties", out var patterns) && patterns.EnumerateObject().Any(p => Regex.IsMatch(key, p.Name)));

    private static string TypeOf(JsonNode? value) => value switch
    {
        null => "null",
        JsonObject => "object",
        JsonArray => "array",
        JsonValue v when v.TryGetValue<bool>(out _) => "boolean",
        JsonValue v when v.TryGetValue<string>(out _) => "string",
        JsonValue v when v.TryGetValue<long>(out _) => "integer",
        _ => "number",
    };

    private static double? Number(JsonNode? value) => TypeOf(value) switch
    {
        "integer" => value!.GetValue<long>(),
        "number" => value!.GetValue<double>(),
        _ => null,
    };

    private static string? Text(JsonNode? value) => TypeOf(value) == "string" ? value!.GetValue<string>() : null;

    private static bool Same(JsonElement rule, JsonNode? value) => rule.ValueKind switch
    {
        JsonValueKind.String => Text(value) == rule.GetString(),
        JsonValueKind.Number => Number(value) == rule.GetDouble(),
        JsonValueKind.True or JsonValueKind.False => TypeOf(value) == "boolean" && value!.GetValue<bool>() == rule.GetBoolean(),
        JsonValueKind.Null => value is null,
        _ => false,
    };
}
