namespace Simulator.Scenarios.Parsing;

/// <summary>What a name a scenario refers to stands for.</summary>
internal enum NameStatus
{
    /// <summary>The file defines it.</summary>
    Defined,

    /// <summary>The file tries to define it (or something that could be it), and that definition has a mistake already reported.</summary>
    Broken,

    /// <summary>Nothing in the file defines it: a mistake of the reference.</summary>
    Undefined,
}
