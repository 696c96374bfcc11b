namespace Simulator.Scenarios.Yaml;

/// <summary>An alias written in a scenario file (<c>*name</c>): where it is, and where the anchor it repeats is.</summary>
/// <param name="Name">The anchor's name, without <c>*</c> or <c>&amp;</c>.</param>
/// <param name="Line">The alias's line (1-based).</param>
/// <param name="Column">The alias's column (1-based).</param>
/// <param name="AnchorLine">The line of the anchor it repeats.</param>
/// <param name="AnchorColumn">The column of the anchor it repeats.</param>
internal readonly record struct YamlAlias(string Name, int Line, int Column, int AnchorLine, int AnchorColumn)
{
    /// <summary>What a mistake reported at this alias adds to its message: the value it repeats, and where in that
    /// value the mistake is when it is not the whole of it.</summary>
    /// <param name="line">The line the mistaken part is written at, inside the anchored value.</param>
    /// <param name="column">Its column.</param>
    public string Note(int line, int column) => (line, column) == (AnchorLine, AnchorColumn)
        ? $" (Written through the alias '*{Name}', which repeats the value anchored '&{Name}' at line {AnchorLine}.)"
        : $" (Written through the alias '*{Name}', which repeats the value anchored '&{Name}' at line {AnchorLine}; this part of it is at line {line}, column {column}.)";
}
