namespace Simulator.Scenarios.Yaml;

/// <summary>What a field of a scenario file takes: the kinds a YAML tag written on its value must fit (<see cref="YamlTags"/>).</summary>
[Flags]
internal enum YamlValueKind
{
    /// <summary>Text: a name, a time, a duration, a word of a list.</summary>
    Text = 1,

    /// <summary>A whole number.</summary>
    WholeNumber = 2,

    /// <summary>A number, whole or not.</summary>
    Number = 4,

    /// <summary>True or false.</summary>
    Boolean = 8,

    /// <summary>A mapping of keys to values.</summary>
    Mapping = 16,

    /// <summary>A list.</summary>
    List = 32,
}
