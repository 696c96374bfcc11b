namespace Simulator.Store.Schema;

/// <summary>What a path holds: nothing yet, an empty database, or a run store of some version.</summary>
/// <param name="IsWal">True when the file is in WAL mode: being recorded, or left so by a recording (see <see cref="RollbackJournal"/>).</param>
internal sealed record FileInspection(string FullPath, FileKind Kind, int Version, bool HasRun, bool IsComplete, bool IsWal = false);
