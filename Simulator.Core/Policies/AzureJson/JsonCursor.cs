using System.Globalization;
using System.Numerics;
using System.Text.Json;

namespace Simulator.Core.Policies.AzureJson;

/// <summary>A JSON value together with its path, so every reading error names where it happened.</summary>
/// <remarks>
/// Property names are matched exactly first and then ignoring case, because the CLI and the REST API spell some
/// keys differently (<c>instantRpDetails</c> and <c>instantRPDetails</c>). A JSON null counts as absent, as the CLI
/// prints every unset attribute as null.
/// </remarks>
/// <param name="Outsized">Where a whole number too large for an <see cref="int"/> is noted, when the reader tells those itself.</param>
internal readonly record struct JsonCursor(JsonElement Element, string Path, string Source, List<OutsizedNumber>? Outsized = null)
{
    public JsonCursor? Optional(string name)
    {
        if (Element.ValueKind != JsonValueKind.Object)
        {
            throw Fail($"expected an object, found {Describe(Element)}");
        }

        if (!Element.TryGetProperty(name, out var value))
        {
            value = default;
            foreach (var property in Element.EnumerateObject())
            {
                if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    value = property.Value;
                    break;
                }
            }
        }

        if (value.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null && Slip(name) is { } slip)
        {
            // Passed over as any member Azure has and vaultsim does not read, it would leave the policy without this one.
            throw new AzurePolicyJsonException(Source, Child(slip), $"is not a member of an Azure policy; did you mean '{name}'? As written, it would be passed over");
        }

        return value.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null ? null : new JsonCursor(value, Child(name), Source, Outsized);
    }

    /// <summary>A member of this object that is no member Azure has and is a slip for <paramref name="name"/>, which it lacks or leaves null (as `az backup policy show` writes a rule a policy has not).</summary>
    private string? Slip(string name) => Element.EnumerateObject()
        .Select(p => p.Name)
        .FirstOrDefault(member => !AzureNames.Members.Contains(member) && Spelling.Closest(member, [name]) is not null);

    public JsonCursor Required(string name, string allowed) =>
        Optional(name) ?? throw new AzurePolicyJsonException(Source, Child(name), $"is missing; expected {allowed}");

    public string String()
    {
        if (Element.ValueKind != JsonValueKind.String)
        {
            throw Fail($"expected a string, found {Describe(Element)}");
        }

        return Element.GetString()!;
    }

    /// <summary>A whole number; one beyond an <see cref="int"/> stands in as the nearest one, noted in <see cref="Outsized"/> (see <see cref="OutsizedNumber"/>).</summary>
    public int Int32()
    {
        if (Element.ValueKind == JsonValueKind.Number && Element.TryGetInt32(out var value))
        {
            return value;
        }

        var text = Element.ValueKind == JsonValueKind.Number ? Element.GetRawText() : null;
        if (Outsized is { } outsized && text is not null && BigInteger.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole))
        {
            outsized.Add(new OutsizedNumber(Path, text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 37), "...")));
            return OutsizedNumber.StandIn(whole);
        }

        throw Fail($"expected a whole number, found {Describe(Element)}");
    }

    public bool Boolean() => Element.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw Fail($"expected true or false, found {Describe(Element)}"),
    };

    public IReadOnlyList<JsonCursor> Items()
    {
        if (Element.ValueKind != JsonValueKind.Array)
        {
            throw Fail($"expected an array, found {Describe(Element)}");
        }

        var path = Path;
        var source = Source;
        var outsized = Outsized;
        return Element.EnumerateArray().Select((item, i) => new JsonCursor(item, string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]"), source, outsized)).ToList();
    }

    /// <summary>The values of an object's members, each at its member's path.</summary>
    public IReadOnlyList<JsonCursor> Values()
    {
        if (Element.ValueKind != JsonValueKind.Object)
        {
            throw Fail($"expected an object, found {Describe(Element)}");
        }

        var cursor = this;
        return Element.EnumerateObject().Select(member => cursor with { Element = member.Value, Path = cursor.Child(member.Name) }).ToList();
    }

    /// <summary>A string that must be one of <paramref name="names"/> (ignoring case), mapped to its value.</summary>
    public T OneOf<T>(IReadOnlyDictionary<string, T> names)
    {
        var text = String();
        foreach (var (name, value) in names)
        {
            if (string.Equals(name, text, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        var meant = Spelling.Closest(text, names.Keys) is { } close ? $". Did you mean '{close}'?" : string.Empty;
        throw Fail($"'{text}' is not allowed; allowed is {string.Join(", ", names.Keys)}{meant}");
    }

    public AzurePolicyJsonException Fail(string problem) => new(Source, Path, problem);

    private string Child(string name) => Path.Length == 0 ? name : $"{Path}.{name}";

    private static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => $"the string '{element.GetString()}'",
        JsonValueKind.Number => $"the number {element.GetRawText()}",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.True or JsonValueKind.False => element.GetRawText(),
        _ => "nothing",
    };
}
