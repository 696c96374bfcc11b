using NodaTime;

namespace Simulator.Store.Folding;

/// <summary>One phase of a job as its events left it: the last status, when it began and when it ended.</summary>
/// <param name="Status">Null while the phase never moved (a job without this phase).</param>
internal readonly record struct PhaseHistory(string? Status, RowTime Start, RowTime End)
{
    /// <summary>The phase after a change to <paramref name="status"/> at <paramref name="at"/>.</summary>
    /// <remarks>Moving into InProgress starts the phase; any other move (Completed, Failed, Skipped, Cancelled) ends it.</remarks>
    public PhaseHistory Moved(string status, Instant at) =>
        status == "InProgress" ? this with { Status = status, Start = RowTime.Of(at) } : this with { Status = status, End = RowTime.Of(at) };
}
