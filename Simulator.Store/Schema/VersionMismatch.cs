namespace Simulator.Store.Schema;

/// <summary>How a file's tables differ from those of the schema version it records (<see cref="VersionTables"/>).</summary>
/// <param name="Actual">The version whose tables the file has, when it has one's.</param>
/// <param name="Found">What was found, in words: "its tables are those of version 5".</param>
internal sealed record VersionMismatch(int? Actual, string Found);
