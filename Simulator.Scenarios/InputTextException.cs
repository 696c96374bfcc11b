using System.Globalization;

namespace Simulator.Scenarios;

/// <summary>An input file holds bytes that are not text in its encoding; where the first of them is, and why.</summary>
/// <remarks>An <see cref="IOException"/>, as the file can't be read as text; catch it first to use its line and column.</remarks>
public sealed class InputTextException(string path, int line, int column, string reason)
    : IOException(string.Create(CultureInfo.InvariantCulture, $"{path}:{line}:{column}: {reason}"))
{
    public string Path { get; } = path;

    /// <summary>The line of the first byte that can't be read, from 1.</summary>
    public int Line { get; } = line;

    /// <summary>Its column, from 1, counting the characters before it on its line.</summary>
    public int Column { get; } = column;

    /// <summary>What is wrong, without the location: the bytes, and the way out.</summary>
    public string Reason { get; } = reason;
}
