using System.Text.Json;

namespace Simulator.Store;

/// <summary>A field of the store's JSON that holds something other than the name of one of its enum's members (a number, say): what it holds, and a name that belongs there.</summary>
/// <remarks>
/// The serializer fills in <see cref="JsonException.Path"/> (<c>$.Verb</c>), so that a refusal can name the field as
/// well as the cell; its own words ("could not be converted to ActionVerb") name neither what was found nor a way out.
/// </remarks>
internal sealed class JsonNameException(string found, string example)
    : JsonException($"Found {found}, expected a name, such as '{example}'.")
{
    /// <summary>What the field holds, as a person is told it: "the number 3".</summary>
    public string Found { get; } = found;

    /// <summary>A name that belongs there: the enum's first member.</summary>
    public string Example { get; } = example;
}
