namespace Simulator.Store.Schema;

/// <summary>What a path holds: nothing yet, an empty database, or a run store of some version.</summary>
internal sealed record FileInspection(string FullPath, FileKind Kind, int Version, bool HasRun, bool IsComplete);
